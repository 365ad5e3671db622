// SPDX-License-Identifier: Apache-2.0
// Hostile workbooks, made by the test itself: each fails with a clear error in under 2 s and 256 MB.

import Foundation
import Testing
import TaizhangTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A run of the binary with its cost: wall time and the child's peak resident memory.
struct MeasuredRun {
    var status: Int32
    var stderr: String
    var seconds: Double
    var peakMegabytes: Double
}

func measuredTaizhang(_ arguments: [String]) throws -> MeasuredRun {
    let errorPath = NSTemporaryDirectory() + "taizhang-stderr-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: errorPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([Fixtures.taizhangBinary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawn(&pid, Fixtures.taizhangBinary, &actions, nil, argv, environ) == 0 else {
        throw WorkbookBuilder.BuildError(message: "spawn failed")
    }
    // Linux carries this test process's own peak into a spawned child's ru_maxrss, so the child's
    // peak is sampled from /proc (VmHWM) while it runs; ru_maxrss counts only when it exceeds our
    // own peak, which only the child can have caused.
    var ownUsage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &ownUsage)
    var sampled: Double?
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
        if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        {
            sampled = max(sampled ?? 0, kilobytes)
        }
        usleep(1_000)
    }
    let inherited = usage.ru_maxrss > ownUsage.ru_maxrss ? Double(usage.ru_maxrss) : 0
    let peakKilobytes = max(sampled ?? 0, inherited)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    // A process killed by a signal reports 128 + the signal, as a shell does, so a crash is never "0".
    let signal = status & 0x7F
    let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return MeasuredRun(
        status: exitStatus, stderr: stderr, seconds: seconds,
        peakMegabytes: peakKilobytes / 1024)
}

@Suite(.serialized)
struct HostileWorkbookTests {
    static let header = [["序号", "重点任务", "责任单位", "配合单位", "完成时限"], ["1", "t", "A", "", ""]]

    /// Each case: a file name, how to make it, and the words the error must contain.
    static let cases: [(String, String)] = [
        ("not-a-zip.xlsx", "不是 zip 格式"),
        ("truncated.xlsx", "工作簿已损坏或不完整"),
        ("broken-compound-file.xlsx", "工作簿已损坏或不完整（复合文档被截断或已损坏）"),
        ("sheet-sized-twice.xls", "工作簿已损坏或不完整（有工作表的尺寸被记录了两次）"),
        ("zip-bomb.xlsx", "压缩比超出上限"),
        ("billion-laughs.xlsx", "含有 DOCTYPE 或实体声明"),
        ("external-entity.xlsx", "含有 DOCTYPE 或实体声明"),
        ("column-beyond-xfd.xlsx", "单元格引用“XFE1”无效"),
        ("row-beyond-limit.xlsx", "单元格引用“1048577”无效"),
        ("shared-string-out-of-range.xlsx", "不存在的第99个共享字符串"),
        ("invalid-utf8.xlsx", "的 XML 无效"),
        ("too-many-entries.xlsx", "压缩包条目数超出上限"),
        ("deep-nesting.xlsx", "XML 嵌套层数超出上限"),
        ("empty.xlsx", "文件是空的"),
        ("shared-strings-doctype.xlsx", "部件“xl/sharedStrings.xml”含有 DOCTYPE"),
        ("shared-strings-bomb.xlsx", "压缩比超出上限"),
    ]

    static func make(_ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.file(name)
        let valid = WorkbookBuilder.parts(sheetXML: WorkbookBuilder.sheet(rows: header))
        func replacing(_ part: String, with xml: String) -> [(String, [UInt8])] {
            valid.map { $0.0 == part ? ($0.0, Array(xml.utf8)) : $0 }
        }
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        switch name {
        case "not-a-zip.xlsx":
            try folder.write(name, Array("序号,重点任务\n1,这其实是 CSV\n".utf8))
        case "truncated.xlsx":
            let whole = try WorkbookBuilder.zip(valid, to: folder.file("whole.xlsx"))
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: whole)))
            try folder.write(name, Array(bytes.prefix(bytes.count / 2)))
        case "broken-compound-file.xlsx":
            try folder.write(
                name, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        case "zip-bomb.xlsx":
            // 64 MB of one byte inflating from about 64 KB: far beyond any worksheet's ratio.
            let bomb = Array("<worksheet \(main)><sheetData>".utf8) + [UInt8](repeating: 0x20, count: 64 << 20)
            try WorkbookBuilder.zip(valid.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bomb) : $0 }, to: path)
        case "billion-laughs.xlsx":
            var entities = "<!ENTITY l0 \"lol\">"
            for level in 1...9 {
                entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
            }
            try WorkbookBuilder.zip(
                replacing(
                    "xl/worksheets/sheet1.xml",
                    with: """
                        <?xml version="1.0"?><!DOCTYPE worksheet [\(entities)]><worksheet \(main)><sheetData><row r="1">\
                        <c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>
                        """), to: path)
        case "external-entity.xlsx":
            try WorkbookBuilder.zip(
                replacing(
                    "xl/workbook.xml",
                    with: """
                        <?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
                        <workbook \(main)><sheets><sheet name="&x;" sheetId="1" r:id="rId1" \
                        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>
                        """), to: path)
        case "column-beyond-xfd.xlsx":
            try WorkbookBuilder.zip(
                replacing(
                    "xl/worksheets/sheet1.xml",
                    with: """
                        <worksheet \(main)><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>
                        """), to: path)
        case "row-beyond-limit.xlsx":
            try WorkbookBuilder.zip(
                replacing(
                    "xl/worksheets/sheet1.xml",
                    with: """
                        <worksheet \(main)><dimension ref="A1:XFD1048576"/><sheetData><row r="1048577"><c><v>1</v></c></row>\
                        </sheetData></worksheet>
                        """), to: path)
        case "shared-string-out-of-range.xlsx":
            try WorkbookBuilder.zip(
                WorkbookBuilder.parts(
                    sheetXML: """
                        <worksheet \(main)><sheetData><row r="1"><c r="B1" t="s"><v>99</v></c></row></sheetData></worksheet>
                        """, sharedStrings: ["only one"]), to: path)
        case "invalid-utf8.xlsx":
            let bytes =
                Array("<worksheet \(main)><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".utf8)
                + [0xC3, 0x28, 0xFF] + Array("</t></is></c></row></sheetData></worksheet>".utf8)
            try WorkbookBuilder.zip(valid.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bytes) : $0 }, to: path)
        case "too-many-entries.xlsx":
            try WorkbookBuilder.zip(
                valid + (0..<10_001).map { ("xl/media/image\($0).bin", []) }, to: path, compress: false)
        case "deep-nesting.xlsx":
            try WorkbookBuilder.zip(
                replacing(
                    "xl/worksheets/sheet1.xml",
                    with: "<worksheet \(main)>"
                        + String(repeating: "<x>", count: 5000) + String(repeating: "</x>", count: 5000)
                        + "</worksheet>"), to: path)
        case "empty.xlsx":
            try folder.write(name, [])
        case "sheet-sized-twice.xls":
            try FileManager.default.copyItem(
                atPath: Fixtures.path("fuzz/xls/sheet-sized-again-by-an-empty-dimensions-record.bin"), toPath: path)
        case "shared-strings-doctype.xlsx":
            var parts = WorkbookBuilder.parts(sheetXML: WorkbookBuilder.sheet(rows: header), sharedStrings: ["x"])
            parts = parts.map {
                $0.0 == "xl/sharedStrings.xml"
                    ? (
                        $0.0,
                        Array(
                            """
                            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst \(main)><si><t>&x;</t></si></sst>
                            """.utf8)
                    ) : $0
            }
            try WorkbookBuilder.zip(parts, to: path)
        case "shared-strings-bomb.xlsx":
            var parts = WorkbookBuilder.parts(sheetXML: WorkbookBuilder.sheet(rows: header), sharedStrings: ["x"])
            let bomb = Array("<sst \(main)><si><t>".utf8) + [UInt8](repeating: 0x41, count: 64 << 20)
            parts = parts.map { $0.0 == "xl/sharedStrings.xml" ? ($0.0, bomb) : $0 }
            try WorkbookBuilder.zip(parts, to: path)
        default:
            Issue.record("no recipe for \(name)")
        }
        return path
    }

    @Test(arguments: cases.map(\.0))
    func failsFastWithAClearError(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try Self.make(name, in: folder)
        let run = try measuredTaizhang(["convert", path, "-o", "-", "--format", "json"])
        let expected = Self.cases.first { $0.0 == name }?.1 ?? "?"
        #expect(run.status == 2, "\(name): \(run.stderr)")
        #expect(run.stderr.hasPrefix(path), "\(name): \(run.stderr)")
        #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
        #expect(run.seconds < 2, "\(name) took \(run.seconds) s")
        #expect(run.peakMegabytes < 256, "\(name) peaked at \(run.peakMegabytes) MB")
    }

    @Test func readsAWholeSheetDimensionWithoutPreallocating() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let sheet = WorkbookBuilder.sheet(rows: Self.header)
            .replacingOccurrences(
                of: "<worksheet \(main)>", with: "<worksheet \(main)><dimension ref=\"A1:XFD1048576\"/>")
        let path = try WorkbookBuilder.zip(WorkbookBuilder.parts(sheetXML: sheet), to: folder.file("dimension.xlsx"))
        let run = try measuredTaizhang(["convert", path, "-o", "-", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.peakMegabytes < 256)
    }
}
