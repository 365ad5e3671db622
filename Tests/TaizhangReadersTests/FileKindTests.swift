// SPDX-License-Identifier: Apache-2.0
// What a file really is, whatever its name: the files clerks send, told apart by their bytes.

import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport
@testable import TaizhangFileKind

@Suite struct FileKindTests {
    @Test func realFilesAreToldApartByContent() throws {
        #expect(FileKind.sniff(path: Fixtures.path("xls/tongren-libreoffice.xls")) == .biffWorkbook)
        #expect(FileKind.sniff(path: Fixtures.path("xlsx/tongren-libreoffice.xlsx")) == .workbook)
        #expect(FileKind.sniff(path: Fixtures.path("notices/tongren-notice-libreoffice.docx")) == .wordDocument)
        #expect(FileKind.sniff(path: Fixtures.path("foreign/encrypted-password-1234.xlsx")) == .encryptedWorkbook)
        #expect(FileKind.sniff(path: Fixtures.path("foreign/ledger-opendocument.ods")) == .openDocumentSpreadsheet)
        #expect(FileKind.sniff(path: Fixtures.path("html/export-gb2312-rowspan.xls")) == .html)
        #expect(FileKind.sniff(path: Fixtures.path("html/excel-html-no-charset.xls")) == .html)
        #expect(FileKind.sniff(path: Fixtures.example("tongren-2021/ledger-gb18030.csv")) == .text)
        #expect(FileKind.sniff(path: "/nonexistent/file.xls") == nil)
        // A FIFO is never opened (opening one blocks until something writes to it), nor a folder.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.file("pipe.xls"), 0o600) == 0)
        #expect(FileKind.sniff(path: folder.file("pipe.xls")) == nil)
        #expect(FileKind.sniff(path: folder.path) == nil)
    }

    @Test func documentsAndOtherFormatsAreNamed() {
        #expect(FileKind.sniff(bytes: []) == .empty)
        #expect(FileKind.sniff(bytes: Array("%PDF-1.7\n%âãÏÓ\n".utf8)) == .pdf)
        let word97 = CompoundFileBuilder.build(streams: [("WordDocument", [0xEC, 0xA5]), ("1Table", [])])
        #expect(FileKind.sniff(bytes: word97) == .legacyWordDocument)
        let unknown = CompoundFileBuilder.build(streams: [("PowerPoint Document", [1, 2, 3])])
        #expect(FileKind.sniff(bytes: unknown) == .otherCompoundFile)
        let numbers = Array("PK\u{3}\u{4}".utf8) + [UInt8](repeating: 0, count: 26) + Array("Index/Document.iwa".utf8)
        #expect(FileKind.sniff(bytes: numbers) == .numbersDocument)
        let excel2003XML = Array(
            """
            <?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="台账"/></Workbook>
            """.utf8)
        #expect(FileKind.sniff(bytes: excel2003XML) == .spreadsheetXML)
        #expect(FileKind.sniff(bytes: Array("\u{FEFF}  <!DOCTYPE HTML><TABLE><TR><TD>1".utf8)) == .html)
        #expect(FileKind.sniff(bytes: Array("<p>序号</p>,任务\n".utf8)) == .text)
        #expect(FileKind.sniff(bytes: [0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x13]) == .binary)
        #expect(FileKind.sniff(bytes: Array("序号\t任务\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) == .text)
    }

    @Test func everyForeignKindHasAnErrorWithAdvice() {
        let catalog = MessageCatalog(language: .chinese)
        let cases: [(FileKind, String)] = [
            (.encryptedWorkbook, "打开密码"), (.wordDocument, "taizhang extract"), (.legacyWordDocument, "另存为 .docx"),
            (.openDocumentSpreadsheet, "另存为 Excel 工作簿（.xlsx）"), (.numbersDocument, "导出为"),
            (.pdf, "Excel 原件"), (.damagedCompoundFile, "已损坏"),
            (.otherCompoundFile, "另存为 .xlsx"), (.empty, "空的"),
        ]
        for (kind, words) in cases {
            let error = kind.unreadableError(file: "x")
            #expect(error != nil)
            if let error { #expect(catalog.render(error).contains(words), "\(kind): \(catalog.render(error))") }
            if let error {
                #expect(!MessageCatalog(language: .english).render(error).contains { $0.isChineseIdeograph })
            }
        }
        for kind in [FileKind.text, .binary, .workbook, .biffWorkbook, .html, .spreadsheetXML] {
            #expect(kind.unreadableError(file: "x") == nil)
        }
    }

    @Test func compoundFileChainsThatLoopOrBreakEndQuickly() {
        let looping = CompoundFileBuilder.build(
            streams: [("Workbook", [UInt8](repeating: 7, count: 8192))], cyclic: true)
        let file = CompoundFile(source: ByteSource(bytes: looping))
        #expect(file?.contains("Workbook") == true)
        // The chain runs back on itself before 8,192 bytes are read: no stream, and no hang.
        #expect(file?.stream(named: "Workbook") == nil)
        let whole = CompoundFileBuilder.build(streams: [("Workbook", [UInt8](repeating: 7, count: 5000))])
        #expect(CompoundFile(source: ByteSource(bytes: whole))?.stream(named: "workbook")?.count == 5000)
        #expect(CompoundFile(source: ByteSource(bytes: Array(whole.prefix(1000)))) == nil)
        #expect(FileKind.sniff(bytes: Array(whole.prefix(1000))) == .damagedCompoundFile)
    }
}

extension Character {
    /// Whether the character is a CJK ideograph (a Chinese word left in an English message).
    var isChineseIdeograph: Bool {
        unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
