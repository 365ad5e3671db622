// SPDX-License-Identifier: Apache-2.0
// What each fuzz target does with one input: the readers as a clerk's file reaches them.

import Foundation
import TaizhangExtraction
import TaizhangFileKind
import TaizhangIO
import TaizhangModel
import TaizhangText
import TaizhangTestSupport

/// The fuzz targets: each takes the bytes of one input and runs it through a reader. Any error
/// the reader throws is a good outcome; only a crash, a hang or runaway memory is a finding.
public enum FuzzTargets {
    /// A target: its name, what it covers, the fixtures its seed corpus is made from, and its body.
    public struct Target: Sendable {
        /// The name `scripts/fuzz` takes.
        public let name: String
        /// What it reads.
        public let summary: String
        /// Globs of seed files, relative to the package root (`scripts/fuzz` copies them).
        public let seeds: [String]
        /// Runs one input.
        public let run: @Sendable ([UInt8]) -> Void
    }

    /// Every target, by name.
    public static let all: [Target] = [
        Target(
            name: "csv", summary: "CSV/TSV text of any encoding, through LedgerFile and the decoder",
            seeds: ["Examples/tongren-2021/*.csv", "Tests/Fixtures/html/*.xls"]
        ) { readLedger($0, named: "input.csv") },
        Target(
            name: "xlsx-zip", summary: "an .xlsx file as bytes: the zip container, then every part",
            seeds: ["Tests/Fixtures/xlsx/*.xlsx", "Tests/Fixtures/foreign/*"]
        ) { readLedger($0, named: "input.xlsx") },
        Target(
            name: "xlsx-xml", summary: "the worksheet XML of an otherwise valid workbook",
            seeds: ["Tests/Fixtures/xlsx/*.xlsx:xl/worksheets/sheet1.xml"], run: readWorksheetXML),
        Target(
            name: "xls", summary: "an .xls file: compound file, BIFF records, FreeXL",
            seeds: ["Tests/Fixtures/xls/*.xls"]
        ) { readLedger($0, named: "input.xls") },
        Target(
            name: "xls-biff", summary: "the BIFF Workbook stream of an otherwise valid .xls: records, FreeXL",
            seeds: ["Tests/Fixtures/xls/*.xls:Workbook"], run: readWorkbookStream),
        Target(
            name: "xml2003", summary: "an Excel 2003 XML Spreadsheet named .xls",
            seeds: ["Tests/Fixtures/xml2003/*.xls"]
        ) { readLedger($0, named: "input.xls") },
        Target(
            name: "html", summary: "an HTML table export named .xls: charset, tags, spans",
            seeds: ["Tests/Fixtures/html/*.xls", "Tests/Fixtures/notices/*.html"]
        ) { readLedger($0, named: "input.html") },
        Target(
            name: "notice", summary: "a notice's text, through the table and narrative extractors",
            seeds: ["../shared/notices/*.txt"], run: extractNotice),
        Target(
            name: "roster", summary: "a department roster file, then a lookup in it",
            seeds: ["Examples/tongren-2021/roster.txt"], run: loadRoster),
        Target(
            name: "schema", summary: "a ledger schema JSON file",
            seeds: ["Templates/*.json"], run: loadSchema),
    ]

    /// The target with a name.
    public static func named(_ name: String) -> Target? {
        all.first { $0.name == name }
    }

    // MARK: - Bodies

    private static func readLedger(_ bytes: [UInt8], named name: String) {
        Scratch.withFile(bytes, as: name) { _ = try? LedgerFile($0).read() }
    }

    private static func readWorksheetXML(_ bytes: [UInt8]) {
        let parts = WorkbookBuilder.parts(sheetXML: "").map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bytes) : $0 }
        Scratch.withPath("input-sheet.xlsx") { path in
            guard (try? WorkbookBuilder.zip(parts, to: path)) != nil else { return }
            _ = try? LedgerFile(path).read()
        }
    }

    private static func readWorkbookStream(_ bytes: [UInt8]) {
        // The test builder holds streams of up to about 60 KB.
        let file = CompoundFileBuilder.build(streams: [("Workbook", Array(bytes.prefix(60_000)))])
        readLedger(file, named: "input-biff.xls")
    }

    /// A seed's part: a stream of a compound file ("Workbook"), or `nil` when there is none.
    public static func part(_ name: String, of bytes: [UInt8]) -> [UInt8]? {
        CompoundFile(source: ByteSource(bytes: bytes))?.stream(named: name)
    }

    private static func extractNotice(_ bytes: [UInt8]) {
        Scratch.withFile(bytes, as: "notice.txt") { _ = try? NoticeExtractor.extract(path: $0, from: .table) }
    }

    private static func loadRoster(_ bytes: [UInt8]) {
        Scratch.withFile(bytes, as: "roster.txt") { path in
            guard let roster = try? RosterFile.load(path) else { return }
            _ = roster.match("市保障局")
        }
    }

    private static func loadSchema(_ bytes: [UInt8]) {
        Scratch.withFile(bytes, as: "schema.json") { _ = try? SchemaFile.load($0) }
    }
}

/// Where inputs are written for readers that take paths.
///
/// Every input gets a file of its own in the temporary folder, removed when its reader is done:
/// the regression tests run targets in parallel, and a reader must never meet a file another
/// input wrote over. Nothing is left behind, not even a folder.
enum Scratch {
    /// Runs `body` on a fresh temporary path ending in `name`, then removes whatever is there.
    static func withPath(_ name: String, _ body: (String) -> Void) {
        let path = NSTemporaryDirectory() + "taizhang-fuzz-" + UUID().uuidString + "-" + name
        defer { try? FileManager.default.removeItem(atPath: path) }
        body(path)
    }

    /// Writes `bytes` to a fresh file ending in `name`, runs `body` on its path, then removes it.
    static func withFile(_ bytes: [UInt8], as name: String, _ body: (String) -> Void) {
        withPath(name) { path in
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            body(path)
        }
    }
}
