// SPDX-License-Identifier: Apache-2.0
// Encodings clerks' files come in, and the errors for files that are not CSV at all.

import Foundation
import Testing
import TaizhangCSV
import TaizhangModel
import TaizhangTestSupport

private let sample = "同仁市2021年台账\r\n序号,重点任务,责任单位\r\n1,\"加强党建，打造“清廉”医院\",市卫生健康局\r\n"
private let expectedCells = [["同仁市2021年台账"], ["序号", "重点任务", "责任单位"], ["1", "加强党建，打造“清廉”医院", "市卫生健康局"]]

private func encode(_ text: String, _ encoding: String) -> [UInt8] {
    switch encoding {
    case "UTF-8": return Array(text.utf8)
    case "UTF-8 BOM": return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case "UTF-16LE BOM": return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case "UTF-16BE BOM": return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case "UTF-16LE": return text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    default: return CSVWriterTests.gb18030(text)
    }
}

struct CSVReaderTests {
    @Test(arguments: ["UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GB18030"])
    func detectsEncodings(encoding: String) throws {
        let document = try CSVReader.read(bytes: encode(sample, encoding), file: "x.csv")
        #expect(document.sheet.rows.map(\.cells) == expectedCells)
        #expect(document.encoding.description == encoding)
    }

    @Test func readsExcelUnicodeText() throws {
        let text = sample.replacingOccurrences(of: ",", with: "\t")
        let document = try CSVReader.read(bytes: encode(text, "UTF-16LE BOM"), file: "x.txt")
        #expect(document.delimiter == 0x09)
        #expect(document.sheet.rows.map(\.cells) == expectedCells)
    }

    @Test func detectsUTF16WithoutAMark() throws {
        let text = "a,b\r\nhello,world\r\n序号,1\r\n"
        let document = try CSVReader.read(bytes: encode(text, "UTF-16LE"), file: "x.csv")
        #expect(document.encoding.name == "UTF-16LE")
        #expect(document.sheet.rows.map(\.cells) == [["a", "b"], ["hello", "world"], ["序号", "1"]])
    }

    @Test func readsGBKFilesWithCharactersBeyondGB2312() throws {
        let text = "序号,姓名\n1,朱镕基\n2,𠀀\n"
        let document = try CSVReader.read(bytes: CSVWriterTests.gb18030(text), file: "x.csv")
        #expect(document.sheet.rows.map(\.cells) == [["序号", "姓名"], ["1", "朱镕基"], ["2", "𠀀"]])
    }

    @Test func numbersRowsByRecordAndKeepsTheirLines() throws {
        let document = try CSVReader.read(bytes: Array("h\n\"a\nb\"\nc\n".utf8), file: "x.csv")
        #expect(document.sheet.rows.map(\.number) == [1, 2, 3])
        #expect(document.sheet.rows.map(\.line) == [1, 2, 4])
    }

    @Test func honoursAnEncodingOverride() throws {
        let document = try CSVReader.read(
            bytes: [0x61, 0x2C, 0xE6, 0xF8, 0xE5, 0x0A], file: "x.csv",
            options: CSVReadOptions(encoding: "CP1252"))
        #expect(document.sheet.rows.map(\.cells) == [["a", "æøå"]])
    }

    // MARK: - Bad input

    private func readError(_ bytes: [UInt8], encoding: String? = nil) -> LedgerReadError? {
        do {
            _ = try CSVReader.read(bytes: bytes, file: "bad.csv", options: CSVReadOptions(encoding: encoding))
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesAnEmptyFile() {
        #expect(readError([])?.code == .emptyFile)
    }

    @Test func refusesAWorkbookNamedAsCSV() {
        #expect(readError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])?.code == .workbookAsText)
        #expect(readError([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])?.code == .damagedWorkbook)
    }

    @Test func refusesBinaryContentAndSaysWhere() {
        let error = readError(Array("a,b\nc,d\n".utf8) + [0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D])
        #expect(error?.code == .notText)
        #expect(error?.location.line == 3)
    }

    @Test func namesTheLineOfAnInvalidByte() {
        // Line 3 ends in a lone GB18030 lead byte: valid neither as UTF-8 nor as GB18030.
        let error = readError(Array("a,b\n1,2\n4,5,".utf8) + [0xE6, 0xF8, 0xE5])
        #expect(error?.code == .invalidEncoding)
        #expect(error?.location.line == 3)
        #expect(error?.arguments["encoding"] == "GB18030")
    }

    /// A UTF-8 ledger with one damaged byte is named as such, by line, rather than read as GB18030
    /// (every Chinese cell garbled and no header found).
    @Test func aDamagedByteInUTF8TextIsNamedNotReadAsGB18030() {
        let text = Array("序号,重点任务,责任单位,配合单位,完成时限\n1,完善医疗保障制度,市医疗保障局,,12月底\n".utf8)
        let error = readError(text + Array("2,".utf8) + [0xE4, 0xB8] + Array(",市财政局,,6月底\n".utf8))
        #expect(error?.code == .invalidEncoding)
        #expect(error?.location.line == 3)
        #expect(error?.arguments["encoding"] == "UTF-8")
        #expect(error?.arguments["bytes"] == "E4 B8 2C E5")
    }

    /// Rows of three-byte characters past the first megabyte, so chunk boundaries fall inside characters.
    private func longUTF8Ledger(rows: Int) -> [UInt8] {
        var text = "序号,重点任务,责任单位\n"
        for row in 1...rows { text += "\(row),完善医疗保障制度推进分级诊疗,市卫生健康局\n" }
        return Array(text.utf8)
    }

    @Test func aCharacterCutByAChunkBoundaryIsReadWhole() throws {
        var bytes = longUTF8Ledger(rows: 30_000)
        // A title as long as it takes for the first megabyte to end inside a character.
        var title = Array("台账\n".utf8)
        while (title + bytes)[1 << 20] & 0xC0 != 0x80 { title.insert(0x78, at: 0) }
        bytes = title + bytes
        let document = try CSVReader.read(bytes: bytes, file: "long.csv")
        #expect(document.sheet.rows.count == 30_002)
        #expect(document.sheet.rows.allSatisfy { $0.cells.allSatisfy { !$0.contains("\u{FFFD}") } })
        #expect(document.sheet.rows.last?.cells == ["30000", "完善医疗保障制度推进分级诊疗", "市卫生健康局"])
    }

    /// Cells are checked as they are made; a fault past the first megabyte is still named by its
    /// line, its bytes and its offset in the file, and no row after it is read.
    @Test func aFaultPastTheFirstMegabyteIsPlacedExactly() {
        var bytes = longUTF8Ledger(rows: 30_000)
        // A byte UTF-8 never uses, put between two characters of the last row's task.
        var damaged = bytes.count - 20
        while bytes[damaged] & 0xC0 == 0x80 { damaged -= 1 }
        bytes.insert(0xFF, at: damaged)
        let line = bytes[..<damaged].filter { $0 == 0x0A }.count + 1
        let error = readError(bytes)
        #expect(error?.code == .invalidEncoding)
        #expect(error?.location.line == line)
        #expect(error?.arguments["offset"] == String(damaged))
        #expect(error?.arguments["bytes"]?.hasPrefix("FF ") == true)
    }

    /// A copy cut off inside a quoted cell and inside a character: the fault is named, as it was
    /// when every chunk was checked before it was split, not only the open quote.
    @Test func aFaultInACellLeftOpenIsNamedBeforeTheOpenQuote() {
        // Enough Chinese before the fault for the file to be told as UTF-8, not GB18030.
        let error = readError(Array("序号,重点任务\n1,\"完善医疗保障制度推进分级诊疗".utf8) + [0xE5, 0xA5])
        #expect(error?.code == .invalidEncoding)
        #expect(error?.arguments["bytes"] == "E5 A5")
        #expect(readError(Array("序号,重点任务\n1,\"完善".utf8))?.code == .unterminatedQuote)
    }

    @Test func namesTheLineOfInvalidUTF8WhenToldItIsUTF8() {
        let error = readError(Array("ok\nok\n".utf8) + [0xFF], encoding: "utf-8")
        #expect(error?.code == .invalidEncoding)
        #expect(error?.location.line == 3)
    }

    @Test func refusesAnUnknownEncodingName() {
        #expect(readError(Array("a".utf8), encoding: "KLINGON-8")?.code == .unknownEncoding)
    }

    @Test func reportsAnUnclosedQuoteWithItsLine() {
        let error = readError(Array("a,b\n1,\"oops\n2,3\n".utf8))
        #expect(error?.code == .unterminatedQuote)
        #expect(error?.location.line == 2)
    }

    @Test func reportsAMissingFile() {
        #expect(throws: LedgerReadError(.fileNotFound, at: SourceLocation(file: "/no/such/file.csv"))) {
            try CSVReader.read(path: "/no/such/file.csv")
        }
    }

    /// A vertical tab or a stray control character pasted from Word does not make a file binary:
    /// the text is read and the writer reports the characters it removes.
    @Test func aFewControlCharactersStayText() throws {
        let text = "某市2021年台账\n序号,重点任务,责任单位,配合单位,完成时限\n1,任务\u{01}带控制\u{0B}符,市财政局,,10月底\n"
        let document = try CSVReader.read(bytes: Array(text.utf8), file: "c.csv")
        #expect(document.sheet.rows[2].cells[1] == "任务\u{01}带控制\u{0B}符")
        #expect(throws: LedgerReadError.self) {
            try CSVReader.read(bytes: Array(repeating: 0x01, count: 64) + Array("a,b\n".utf8), file: "b.csv")
        }
    }
}
