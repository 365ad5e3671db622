// SPDX-License-Identifier: Apache-2.0
// Every command that writes a ledger or a bulletin takes -o - and --format, with one set of rules:
// text formats stream to standard output, a workbook goes there as bytes into a pipe and is refused
// on a terminal.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct StandardOutputTests {
    static let ledger = Fixtures.example("tongren-2021/ledger.csv")
    static let progress = Fixtures.example("tongren-2021/ledger-with-progress.csv")
    static let roster = Fixtures.example("tongren-2021/roster.txt")
    static let notice = Fixtures.example("notice-2022/notice.txt")

    /// Whether standard output holds a zip archive (an .xlsx workbook).
    static func isWorkbook(_ run: Run) -> Bool { run.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    @Test func convertWritesAnyFormatToStandardOutput() throws {
        let csv = try taizhang("convert", Self.ledger, "-o", "-", "--format", "csv")
        #expect(csv.status == 0 && csv.stdout.contains("序号"))
        let workbook = try taizhang("convert", Self.ledger, "-o", "-", "--format", "xlsx")
        #expect(workbook.status == 0 && Self.isWorkbook(workbook), "\(workbook.stderr)")
        #expect(workbook.stderr.contains("写入：标准输出"))
    }

    @Test func extractTakesFormatAndStandardOutput() throws {
        let tsv = try taizhang("extract", Self.notice, "-o", "-", "--format", "tsv")
        #expect(tsv.status == 0 && tsv.stdout.contains("\t"), "\(tsv.stderr)")
        let json = try taizhang("extract", Self.notice, "-o", "-")
        #expect(json.status == 0 && json.stdout.hasPrefix("{"))
        let workbook = try taizhang("extract", Self.notice, "-o", "-", "--format", "xlsx")
        #expect(workbook.status == 0 && Self.isWorkbook(workbook))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let named = try taizhang("extract", Self.notice, "-o", folder.file("ledger.data"), "--format", "csv")
        #expect(named.status == 0)
        #expect(try String(contentsOfFile: folder.file("ledger.data"), encoding: .utf8).contains("序号"))
        let both = try taizhang("extract", Self.notice, "-o", "-", "--score", Self.notice, "--lang", "en")
        #expect(both.status == 2 && both.stderr.contains("-o - and --score both write to standard output"))
    }

    @Test func templateTakesFormatAndStandardOutput() throws {
        let workbook = try taizhang("template", "-o", "-")
        #expect(workbook.status == 0 && Self.isWorkbook(workbook))
        let csv = try taizhang("template", "-o", "-", "--format", "csv", "--lang", "en")
        #expect(csv.status == 2 && csv.stderr.contains("A template is written as an .xlsx file."))
    }

    @Test func mergeWritesItsWorkbookToStandardOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try taizhang("split", Self.ledger, "--roster", Self.roster, "-o", folder.file("下发"), "-q").status == 0)
        let merged = try taizhang("merge", Self.ledger, folder.file("下发"), "--roster", Self.roster, "-o", "-")
        #expect(merged.status == 0 && Self.isWorkbook(merged), "\(merged.stderr)")
        let clash = try taizhang("merge", Self.ledger, folder.file("下发"), "-o", "-", "--format", "json")
        #expect(clash.status == 2 && clash.stderr.contains("--format json"))
    }

    @Test func reportTakesFormatAndStandardOutput() throws {
        let html = try taizhang("report", Self.progress, "--as-of", "2021-11-30", "-o", "-", "--format", "html")
        #expect(html.status == 0 && html.stdout.contains("<html"), "\(html.stderr)")
        let json = try taizhang("report", Self.progress, "--as-of", "2021-11-30", "-o", "-")
        #expect(json.status == 0 && json.stdout.contains("\"tasks\""))
        let workbook = try taizhang("report", Self.progress, "--as-of", "2021-11-30", "-o", "-", "--format", "xlsx")
        #expect(workbook.status == 0 && Self.isWorkbook(workbook))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let named = try taizhang(
            "report", Self.progress, "--as-of", "2021-11-30", "-o", folder.file("bulletin.out"), "--format", "html")
        #expect(named.status == 0)
        #expect(try String(contentsOfFile: folder.file("bulletin.out"), encoding: .utf8).contains("<html"))
    }

    /// On a terminal a workbook is refused with advice, and nothing is written (script(1) gives the
    /// command a terminal).
    @Test(arguments: [
        ["convert", ledger, "-o", "-", "--format", "xlsx"], ["template", "-o", "-"],
        ["report", progress, "-o", "-", "--format", "xlsx"],
    ])
    func aWorkbookIsRefusedOnATerminal(arguments: [String]) throws {
        let command = ([Fixtures.taizhangBinary] + arguments + ["--lang", "en"])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(printed.contains("An .xlsx output cannot go to a terminal"), "\(printed)")
        #expect(!printed.contains("PK"))
    }

    @Test func splitSaysWhyItTakesNeither() throws {
        let help = try taizhang("split", "--help")
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("split takes neither -o - nor --format"))
    }
}
