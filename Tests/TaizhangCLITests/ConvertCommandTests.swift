// SPDX-License-Identifier: Apache-2.0
// The `taizhang` binary as a clerk runs it: outputs, messages, exit statuses 0/1/2.

import Foundation
import Testing
import TaizhangTestSupport

/// What a run of the binary printed and returned.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the binary; `standardInput` names a file to feed it, as a pipe from a script would.
func taizhang(
    _ arguments: String..., in folder: String? = nil, standardInput: String? = nil, environment: [String: String] = [:]
) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Fixtures.taizhangBinary)
    process.arguments = arguments
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    if let standardInput { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: standardInput)) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}

@Suite(.serialized)
struct ConvertCommandTests {
    let example = Fixtures.example("tongren-2021/ledger-gb18030.csv")

    /// An argument error speaks the run's one language.
    @Test func argumentErrorsSpeakOneLanguage() throws {
        let chinese = try taizhang("convert", example, "-o", "x.foo")
        #expect(
            chinese.status == 2 && chinese.stderr.contains("无法从“x.foo”判断输出格式")
                && !chinese.stderr.contains("Cannot tell"))
        let english = try taizhang("convert", example, "-o", "x.foo", "--lang", "en")
        let line = english.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(english.status == 2 && line.contains("Cannot tell the output format"))
        #expect(!line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        let year = try taizhang("info", example, "--year", "3000", "--lang", "en")
        #expect(year.status == 2 && year.stderr.contains("not a plausible year") && !year.stderr.contains("有效"))
    }

    /// Ctrl-C while the output is being written: the half-written temporary file goes, the
    /// destination never appears, the status is 130. The input is a pipe that stays open, so the
    /// run is caught mid-file every time.
    @Test func ctrlCLeavesNoTemporaryFileBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("slow.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.taizhangBinary)
        process.arguments = ["convert", fifo, "-o", folder.file("out.json")]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        writer.write(Data("序号,重点任务,责任单位,配合单位,完成时限\n1,任务,市财政局,,12月底\n".utf8))
        let deadline = Date().addingTimeInterval(20)
        func temporaryFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tmp") }
        }
        while temporaryFiles().isEmpty, Date() < deadline { usleep(20_000) }
        #expect(!temporaryFiles().isEmpty, "the output is being written")
        process.interrupt()
        process.waitUntilExit()
        try writer.close()
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["slow.csv"])
    }

    @Test func convertsToJSONAndSummarises() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("convert", example, "-o", folder.file("t.json"))
        #expect(run.status == 0)
        #expect(run.stderr.contains("（GB18030，逗号分隔）"))
        #expect(run.stderr.contains("任务 48 项，分 7 个部分"))
        let json = try String(contentsOfFile: folder.file("t.json"), encoding: .utf8)
        #expect(json.hasPrefix("{\n  \"title\": \"同仁市2021年综合医改重点工作台账\",\n  \"year\": 2021,"))
    }

    @Test func writesJSONToStandardOutput() throws {
        let run = try taizhang("convert", example, "--format", "json", "-o", "-")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("{\n  \"title\""))
        #expect(run.stdout.hasSuffix("}\n"))
    }

    @Test func speaksEnglishOnRequest() throws {
        let run = try taizhang("convert", example, "--format", "json", "-o", "-", "--lang", "en")
        #expect(run.stderr.contains("48 tasks in 7 sections"))
    }

    @Test func refusesToOverwriteAndLeavesTheFileAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("t.csv", Array("keep me".utf8))
        let run = try taizhang("convert", example, "-o", folder.file("t.csv"))
        #expect(run.status == 2)
        #expect(run.stderr.contains("输出文件已存在，未覆盖。如需覆盖请加 --force。"))
        #expect(try String(contentsOfFile: folder.file("t.csv"), encoding: .utf8) == "keep me")
        let forced = try taizhang("convert", example, "-o", folder.file("t.csv"), "--force")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: folder.file("t.csv"), encoding: .utf8).contains("同仁市"))
    }

    @Test func neverWritesOverItsInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("in.csv", Array("序号,重点任务,责任单位,配合单位,完成时限\n1,t,A,,\n".utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let run = try taizhang("convert", input, "-o", input, "--force")
        #expect(run.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test func namesAMissingFile() throws {
        let run = try taizhang("convert", "no-such.csv", "-o", "-")
        #expect(run.status == 2)
        #expect(run.stderr == "no-such.csv：文件不存在。请检查路径。\n")
    }

    @Test func explainsEmptyBinaryAndMisnamedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases: [(String, [UInt8], String)] = [
            ("empty.csv", [], "文件是空的"),
            ("binary.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "这不是文本文件"),
            // A zip is read as the workbook it is, whatever its name: this one is cut short.
            ("workbook.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "工作簿已损坏或不完整"),
            ("bad-bytes.csv", Array("序号,重点任务\n1,".utf8) + [0xE6, 0xF8, 0xE5], "第2行：含有 GB18030 编码中无效的字节（E5）"),
            ("quote.csv", Array("序号,重点任务\n1,\"open\n".utf8), "第2行：带引号的单元格从这一行开始，但没有结束引号"),
        ]
        for (name, bytes, message) in cases {
            let path = try folder.write(name, bytes)
            let run = try taizhang("convert", path, "-o", "-")
            #expect(run.status == 2, "\(name)")
            #expect(run.stderr.hasPrefix(path), "\(name): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(name): \(run.stderr)")
        }
    }

    @Test func reportsAFileWithoutAHeaderAsAFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("names.csv", Array("姓名,年纪\n张三,20\n".utf8))
        let run = try taizhang("convert", input, "-o", folder.file("out.json"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("错误：\(input)：未找到台账表头"))
        #expect(run.stderr.contains("[header-not-found]"))
        #expect(try folder.contents() == ["names.csv"])
    }

    @Test func readsRaggedRowsAndSaysWhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("ragged.csv", Array("序号,重点任务,责任单位,配合单位,完成时限\n1,t,A\n2,u,B,,,stray\n".utf8))
        let run = try taizhang("convert", input, "-o", "-")
        #expect(run.status == 0)
        #expect(run.stderr.contains("警告：\(input)，第3行：第3行在表头之外还有内容（F）"))
        #expect(run.stdout.contains("\"F\": \"stray\""))
    }

    @Test func mapsUsageErrorsToStatusTwo() throws {
        #expect(try taizhang("convert").status == 2)
        #expect(try taizhang("convert", example, "-o", "out.weird").status == 2)
        #expect(try taizhang("convert", example, "-o", "-", "--year", "99").status == 2)
        #expect(try taizhang("frobnicate").status == 2)
    }

    @Test func printsHelpWithStatusZero() throws {
        let run = try taizhang("convert", "--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("--output-encoding"))
    }
}
