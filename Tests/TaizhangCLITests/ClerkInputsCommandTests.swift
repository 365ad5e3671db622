// SPDX-License-Identifier: Apache-2.0
// The files clerks really send, through the binary: .xls from WPS or old Excel, web exports named
// .xls, WPS .et, and documents named as workbooks, one by one and in a folder of returned sheets.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct ClerkInputsCommandTests {
    @Test func anXLSConvertsToTheSameJSONAsItsCSV() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("convert", Fixtures.path("xls/tongren-libreoffice.xls"), "-o", folder.file("t.json"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("任务 48 项"))
        let fromCSV = try taizhang("convert", Fixtures.example("tongren-2021/ledger.csv"), "-o", folder.file("c.json"))
        #expect(fromCSV.status == 0)
        let json = try String(contentsOfFile: folder.file("t.json"), encoding: .utf8)
        let csvJSON = try String(contentsOfFile: folder.file("c.json"), encoding: .utf8)
        func withoutSources(_ text: String) -> [String] {
            text.split(separator: "\n").filter { line in
                !["\"file\"", "\"sheet\"", "\"row\"", "\"line\""].contains { line.contains($0) }
            }
            .map(String.init)
        }
        let differing = zip(withoutSources(json), withoutSources(csvJSON)).filter { $0.0 != $0.1 }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(withoutSources(json).count == withoutSources(csvJSON).count)
    }

    /// An .xls is checked and parsed from one private copy in the temporary folder, gone when the
    /// run ends; a temporary folder that cannot take it is named, with what to do.
    @Test func anXLSIsReadFromACopyThatLeavesNoTrace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xls = Fixtures.path("xls/tongren-libreoffice.xls")
        let read = try taizhang("info", xls, environment: ["TMPDIR": folder.path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let missing = folder.file("没有这个文件夹")
        let refused = try taizhang("info", xls, environment: ["TMPDIR": missing])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("临时文件夹 \(missing)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("TMPDIR"))
    }

    /// Two offices' ledgers pasted one under the other in one sheet: every task is kept, and the
    /// second title is named as the start of another ledger; a header repeated at a page break
    /// (no title above it) is not.
    @Test func twoLedgersStackedInOneSheetAreNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let header = "序号,重点任务,责任单位,配合单位,完成时限\n"
        let stacked = try folder.write(
            "两份.csv",
            Array(
                ("某市2021年重点任务台账\n" + header
                    + "1,任务甲,市财政局,,12月底前\n2,任务乙,市教育局,,长期\n\n某县2021年重点任务台账\n" + header
                    + "1,任务丙,县财政局,,12月底前\n2,任务丁,县教育局,,长期\n").utf8))
        let run = try taizhang("validate", stacked)
        #expect(run.stdout.contains("第6行“某县2021年重点任务台账”下面又是一行表头"), "\(run.stdout)")
        #expect(run.stdout.contains("[stacked-ledgers]"))
        let json = try taizhang("convert", stacked, "-o", "-", "--format", "json")
        #expect(["任务甲", "任务乙", "任务丙", "任务丁"].allSatisfy { json.stdout.contains($0) })
        let pageBreak = try folder.write(
            "分页.csv",
            Array(
                ("某市2021年重点任务台账\n" + header
                    + "一、改革\n1,任务甲,市财政局,,12月底前\n" + header + "2,任务乙,市教育局,,长期\n").utf8))
        let printed = try taizhang("validate", pageBreak)
        #expect(!printed.stdout.contains("stacked-ledgers"), "\(printed.stdout)")
        #expect(printed.status == 0)
    }

    @Test func aWebExportNamedXLSConvertsToAWorkbookAndXLSIsNeverWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("convert", Fixtures.path("html/export-gb2312-rowspan.xls"), "-o", folder.file("台账.xlsx"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("台账.xlsx")))
        let refused = try taizhang(
            "convert", Fixtures.path("xls/tongren-libreoffice.xls"), "-o", folder.file("copy.xls"))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("只能读取、不能写出 .xls"))
        #expect(try folder.contents() == ["台账.xlsx"])
    }

    @Test func documentsNamedAsWorkbooksSayWhatTheyAreAndWhatToDo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let docx = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Fixtures.path("notices/tongren-notice-libreoffice.docx"))))
        let cases: [(String, [UInt8], String)] = [
            ("notice.xlsx", docx, "这是 Word 文档（.docx），不是表格。如果是通知，请用 taizhang extract"),
            ("scan.xls", Array("%PDF-1.5\n%\u{E2}\u{E3}\n".utf8), "这是 PDF 文件"),
            ("old.xls", CompoundFileBuilder.build(streams: [("WordDocument", [0xEC, 0xA5])]), "旧版 Word 文档（.doc）"),
            ("wps.et", Array("not a workbook at all\n".utf8), "这是 WPS 表格文件（.et）"),
        ]
        for (name, bytes, words) in cases {
            let path = try folder.write(name, bytes)
            let run = try taizhang("info", path)
            #expect(run.status == 2, "\(name)")
            #expect(run.stderr.contains(words), "\(name): \(run.stderr)")
            let english = try taizhang("info", path, "--lang", "en")
            #expect(
                !english.stderr.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                "\(name): \(english.stderr)")
        }
        let encrypted = try taizhang("info", Fixtures.path("foreign/encrypted-password-1234.xlsx"))
        #expect(encrypted.stderr.contains("工作簿设有打开密码"))
        let ods = try taizhang("info", Fixtures.path("foreign/ledger-opendocument.ods"))
        #expect(ods.stderr.contains("另存为 Excel 工作簿（.xlsx）"))
    }

    @Test func aFolderWithXLSETAndHTMLReportsEveryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/tongren-libreoffice.xls"))))
        try folder.write("甲局.xls", xls)
        try folder.write("乙局.et", xls)
        try folder.write("丙局.et", Array("KSOFT".utf8) + [UInt8](repeating: 0x1F, count: 600))
        try folder.write(
            "丁局.xls",
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("html/export-gb2312-rowspan.xls")))))
        try folder.write(
            "戊局.html",
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("html/excel-html-no-charset.xls")))))
        try folder.write(
            "己局.ods",
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("foreign/ledger-opendocument.ods")))))
        let run = try taizhang("validate", folder.path, "--as-of", "2021-06-30")
        #expect(run.status == 1)
        for name in ["甲局.xls", "乙局.et", "丁局.xls", "戊局.html"] {
            #expect(run.stdout.contains("\(name)：通过"), "\(name): \(run.stdout)")
        }
        #expect(run.stdout.contains("丙局.et：有错误"))
        #expect(run.stdout.contains("这是 WPS 表格文件（.et）"))
        #expect(run.stdout.contains("己局.ods：有错误"))
        #expect(run.stdout.contains("共 6 个文件：4 个通过，2 个有错误"))
    }
}

/// Hostile files in the new formats: each refused with a clear error in under 2 s and 256 MB.
@Suite(.serialized)
struct HostileLegacyFileTests {
    static let cases: [(name: String, bytes: @Sendable () -> [UInt8], words: String)] = [
        ("nested.html", { Array(String(repeating: "<table><tr><td>", count: 5_000).utf8) }, "表格嵌套层数超出上限"),
        (
            "colspan-bomb.xls",
            {
                Array(
                    ("<table><tr>" + String(repeating: "<td colspan=1000>x</td>", count: 4_000) + "</tr></table>").utf8)
            }, "表格列数超出上限"
        ),
        (
            "rowspan-bomb.xls",
            {
                Array(
                    ("<table>"
                        + String(repeating: "<tr><td rowspan=65534 colspan=1000>x</td><td>y</td></tr>", count: 20_000)
                        + "</table>").utf8)
            }, "超出上限"
        ),
        (
            "declared-grid.xls",
            {
                let bof = CompoundFileBuilder.record(
                    0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
                let eof = CompoundFileBuilder.record(0x000A)
                let sheet = bof + CompoundFileBuilder.record(0x0200, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]) + eof
                func globals(_ offset: Int) -> [UInt8] {
                    let position = (0..<4).map { UInt8((offset >> (8 * $0)) & 0xFF) }
                    return bof + CompoundFileBuilder.record(0x0085, position + [0, 0, 1, 0, 0x41]) + eof
                }
                let stream = globals(globals(0).count) + sheet
                return CompoundFileBuilder.build(streams: [("Workbook", stream)])
            }, "工作表声明的单元格数超出上限"
        ),
        (
            "merge-bomb.xml",
            {
                let rows = String(
                    repeating: "<Row><Cell ss:MergeAcross=\"16383\"><Data ss:Type=\"String\">x</Data></Cell></Row>",
                    count: 1_000)
                return Array(
                    ("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                        + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"S\"><Table>\(rows)"
                        + "</Table></Worksheet></Workbook>").utf8)
            }, "表格单元格数超出上限"
        ),
    ]

    @Test(arguments: cases.map(\.name)) func refusedQuicklyInBoundedMemory(_ name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let entry = try #require(HostileLegacyFileTests.cases.first { $0.name == name })
        let path = try folder.write(name, entry.bytes())
        let run = try measuredTaizhang(["info", path])
        #expect(run.status == 2, "\(name): \(run.stderr)")
        #expect(run.stderr.contains(entry.words), "\(name): \(run.stderr)")
        #expect(run.seconds < 2, "\(name) took \(run.seconds) s")
        #expect(run.peakMegabytes < 256, "\(name) peaked at \(run.peakMegabytes) MB")
    }
}
