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
            text.split(separator: "\n").filter { line in !["\"file\"", "\"sheet\"", "\"row\"", "\"line\""].contains { line.contains($0) } }
                .map(String.init)
        }
        let differing = zip(withoutSources(json), withoutSources(csvJSON)).filter { $0.0 != $0.1 }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(withoutSources(json).count == withoutSources(csvJSON).count)
    }

    @Test func aWebExportNamedXLSConvertsToAWorkbookAndXLSIsNeverWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("convert", Fixtures.path("html/export-gb2312-rowspan.xls"), "-o", folder.file("台账.xlsx"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("台账.xlsx")))
        let refused = try taizhang("convert", Fixtures.path("xls/tongren-libreoffice.xls"), "-o", folder.file("copy.xls"))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("只能读取、不能写出 .xls"))
        #expect(try folder.contents() == ["台账.xlsx"])
    }

    @Test func documentsNamedAsWorkbooksSayWhatTheyAreAndWhatToDo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let docx = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("notices/tongren-notice-libreoffice.docx"))))
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
            #expect(!english.stderr.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): \(english.stderr)")
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
        try folder.write("丁局.xls", try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("html/export-gb2312-rowspan.xls")))))
        try folder.write("戊局.html", try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("html/excel-html-no-charset.xls")))))
        try folder.write("己局.ods", try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("foreign/ledger-opendocument.ods")))))
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
