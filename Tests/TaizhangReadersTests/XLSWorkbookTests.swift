// SPDX-License-Identifier: Apache-2.0
// Reading .xls workbooks as clerks receive them: LibreOffice-saved files, hidden sheets, merged
// two-level headers, dates, WPS's .et, and the broken or hostile ones.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
@testable import TaizhangXLS
@testable import TaizhangFileKind

@Suite struct XLSWorkbookTests {
    @Test func ledgerSavedAsXLSByLibreOfficeReadsAsItsCSV() throws {
        let xls = try LedgerFile(Fixtures.path("xls/tongren-libreoffice.xls")).read()
        let csv = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read()
        #expect(xls.format == .xls)
        #expect(xls.sheetName == "tongren-libreoffice")
        #expect(xls.ledger.taskCount == 48)
        #expect(xls.ledger.withoutSources == csv.ledger.withoutSources)
        #expect(
            xls.ledger.entries.first?.task.source
                == SourceLocation(
                    file: Fixtures.path("xls/tongren-libreoffice.xls"), sheet: "tongren-libreoffice", row: 4))
    }

    @Test func hiddenSheetMergesAndDatesAsTheClerkSeesThem() throws {
        let workbook = try XLSWorkbook(path: Fixtures.path("xls/merged-header-dates-hidden-sheet.xls"))
        #expect(workbook.sheets.map(\.name) == ["名录", "台账"])
        #expect(workbook.sheets.map(\.isHidden) == [true, false])
        let sheet = try workbook.readSheet(workbook.sheets[1])
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(sheet.rows[0].cells == ["某市2021年重点工作台账"])
        #expect(sheet.rows[1].cells == ["序号", "重点工作", "责任单位", "", "完成时限", "备注"])
        #expect(sheet.rows[2].cells == ["", "", "牵头单位", "配合单位"])
        #expect(
            sheet.rows[3].cells == [
                "1", "完善公立医院党委会议和院长办公会议议事规则", "市卫生健康局", "市财政局、市医疗保障局",
                "2021-10-31", "已完成",
            ])
        #expect(sheet.rows[4].cells == ["2", "推进紧密型县域医共体建设", "", "市人力资源和社会保障局", "2021-12-31"])
        #expect(sheet.rows[5].cells == ["3", "落实药品集中带量采购", "市医疗保障局", "", "长期坚持", "3.5"])
        let expected: Set<CellRange> = [
            CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 6),
            CellRange(firstRow: 2, firstColumn: 1, lastRow: 3, lastColumn: 1),
            CellRange(firstRow: 2, firstColumn: 2, lastRow: 3, lastColumn: 2),
            CellRange(firstRow: 2, firstColumn: 3, lastRow: 2, lastColumn: 4),
            CellRange(firstRow: 2, firstColumn: 5, lastRow: 3, lastColumn: 5),
            CellRange(firstRow: 2, firstColumn: 6, lastRow: 3, lastColumn: 6),
            CellRange(firstRow: 4, firstColumn: 3, lastRow: 5, lastColumn: 3),
        ]
        #expect(Set(sheet.merges) == expected)
    }

    @Test func theVisibleLedgerSheetIsChosenAndAMergedLeadReachesEveryRow() throws {
        let result = try LedgerFile(Fixtures.path("xls/merged-header-dates-hidden-sheet.xls")).read()
        #expect(result.sheetName == "台账")
        let second = result.ledger.entries.first(where: { $0.task.sequence.raw == "2" })?.task
        #expect(second?.lead == ["市卫生健康局"])
        #expect(second?.deadline.due == CalendarDate(year: 2021, month: 12, day: 31))
        // The two-level header (责任单位 over 牵头单位 | 配合单位) gives every task its cooperating units.
        #expect(result.ledger.entries.map(\.task.sequence.raw) == ["1", "2", "3"])
        #expect(result.ledger.entries.first?.task.cooperating == ["市财政局", "市医疗保障局"])
        #expect(result.findings.isEmpty)
        let hidden = try LedgerFile(
            Fixtures.path("xls/merged-header-dates-hidden-sheet.xls"),
            options: LedgerReadOptions(sheet: "名录")
        ).read()
        #expect(hidden.sheetName == "名录")
        #expect(!hidden.foundHeader)
    }

    @Test func aWPSFileThatIsBIFFReadsAndOneThatIsNotIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/tongren-libreoffice.xls"))))
        let et = try folder.write("台账.et", xls)
        #expect(try LedgerFile(et).read().ledger.taskCount == 48)
        let wps = try folder.write(
            "新台账.et", Array("KSOFT WPS ET\u{0}\u{1}\u{2}".utf8) + [UInt8](repeating: 0xEE, count: 600))
        #expect(
            throws: LedgerReadError(
                .wpsSpreadsheet, at: SourceLocation(file: wps), arguments: ["reason": "not-a-compound-file"])
        ) {
            try XLSWorkbook(path: wps)
        }
    }

    @Test func brokenAndHostileFilesGiveErrorsNotCrashes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/tongren-libreoffice.xls"))))
        func code(_ bytes: [UInt8], _ name: String = "x.xls") -> LedgerReadError.Code? {
            let path = try? folder.write(name, bytes)
            do {
                _ = try LedgerFile(path ?? "").read()
                return nil
            } catch {
                return error.code
            }
        }
        for cut in [600, 4096, xls.count / 2] {
            #expect(code(Array(xls.prefix(cut))) == .damagedWorkbook, "cut at \(cut)")
        }
        #expect(code(xls.enumerated().map { $0.offset > 1536 && $0.offset % 7 == 0 ? 0xFF : $0.element }) != nil)
        var state: UInt32 = 2_463_534_242
        let noise = (0..<3000).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
        #expect(code(noise) == .damagedWorkbook)
        #expect(code([]) == .emptyFile)
        let word = CompoundFileBuilder.build(streams: [("WordDocument", [0xEC, 0xA5])])
        #expect(code(word) == .legacyWordDocument)
    }

    @Test func aPasswordRecordIsRefusedWithAdvice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
        let stream =
            bof + CompoundFileBuilder.record(0x002F, [0x01, 0x00] + [UInt8](repeating: 0, count: 52))
            + CompoundFileBuilder.record(0x000A)
        let path = try folder.write("加密.xls", CompoundFileBuilder.build(streams: [("Workbook", stream)]))
        #expect(throws: LedgerReadError(.encryptedWorkbook, at: SourceLocation(file: path))) {
            try XLSWorkbook(path: path)
        }
        #expect(BIFFStructure(stream: stream)?.isEncrypted == true)
    }

    @Test func sheetStatesAndMergesComeFromTheRecords() {
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
        func boundSheet(at offset: Int, hidden: Bool, name: String) -> [UInt8] {
            let position = (0..<4).map { UInt8((offset >> (8 * $0)) & 0xFF) }
            return CompoundFileBuilder.record(
                0x0085, position + [hidden ? 1 : 0, 0, UInt8(name.utf8.count), 0] + Array(name.utf8))
        }
        let eof = CompoundFileBuilder.record(0x000A)
        let merged = CompoundFileBuilder.record(0x00E5, [2, 0, 0, 0, 0, 0, 0, 0, 4, 0, 1, 0, 2, 0, 2, 0, 2, 0])
        let dimensions = CompoundFileBuilder.record(0x0200, [0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 5, 0, 0, 0])
        let sheetOne = bof + dimensions + merged + eof
        func globals(_ first: Int, _ second: Int) -> [UInt8] {
            bof + boundSheet(at: first, hidden: true, name: "名录") + boundSheet(at: second, hidden: false, name: "B")
                + eof
        }
        let first = globals(0, 0).count
        let stream = globals(first, first + sheetOne.count) + sheetOne + bof + eof
        let structure = BIFFStructure(stream: stream)
        #expect(structure?.sheets.map(\.isHidden) == [true, false])
        #expect(
            structure?.sheets.first?.merges == [
                CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5),
                CellRange(firstRow: 2, firstColumn: 3, lastRow: 3, lastColumn: 3),
            ])
        #expect(structure?.declaredCells == 50)
        // Every prefix of the stream parses or is refused, and never reads past its end.
        for cut in 0..<stream.count { _ = BIFFStructure(stream: Array(stream.prefix(cut))) }
    }

    /// Found by the xls-biff fuzz target: FreeXL sized a sheet 136,183,820 rows by no column, and
    /// the row loop took 40 s to read nothing.
    @Test func aSheetWithRowsButNoColumnsIsReadAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stream = try [UInt8](
            Data(
                contentsOf: URL(
                    fileURLWithPath:
                        Fixtures.path("fuzz/xls-biff/sheet-of-136-million-rows-and-no-column.bin"))))
        let path = try folder.write("fuzzed.xls", CompoundFileBuilder.build(streams: [("Workbook", stream)]))
        let workbook = try XLSWorkbook(path: path)
        #expect(workbook.sheets.count == 2)
        let start = ContinuousClock.now
        #expect(try workbook.readSheet(workbook.sheets[1]).rows.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    /// Found by the xls-biff fuzz target: a shared string whose extension data runs past the
    /// table made FreeXL 1.0.6 read from a wild address (SEGV). Such tables are refused first.
    @Test func sharedStringsFreeXLWouldReadPastAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stream = try [UInt8](
            Data(
                contentsOf: URL(
                    fileURLWithPath:
                        Fixtures.path("fuzz/xls-biff/shared-string-skip-past-its-records.bin"))))
        let path = try folder.write("fuzzed.xls", CompoundFileBuilder.build(streams: [("Workbook", stream)]))
        #expect(
            throws: LedgerReadError(
                .damagedWorkbook, at: SourceLocation(file: path),
                arguments: ["reason": "shared-strings-beyond-records"])
        ) {
            try XLSWorkbook(path: path)
        }
        // A table whose second string claims 4 GB of extension data, and one whose text runs on
        // over three records, are refused; the fixtures' real tables are not.
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
        let wild =
            bof
            + CompoundFileBuilder.record(
                0x00FC,
                [
                    2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0x41,
                    1, 0, 0x04, 0xFF, 0xFF, 0xFF, 0xFF, 0x42,
                ])
        #expect(BIFFStructure(stream: wild)?.hasUnsafeSharedStrings == true)
        let long =
            bof
            + CompoundFileBuilder.record(
                0x00FC, [1, 0, 0, 0, 1, 0, 0, 0, 0x10, 0x27, 0] + [UInt8](repeating: 0x41, count: 100))
            + CompoundFileBuilder.record(0x003C, [0] + [UInt8](repeating: 0x41, count: 100))
            + CompoundFileBuilder.record(0x003C, [0] + [UInt8](repeating: 0x41, count: 9_800))
        #expect(BIFFStructure(stream: long)?.hasUnsafeSharedStrings == true)
        for fixture in ["tongren-libreoffice", "merged-header-dates-hidden-sheet"] {
            let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/\(fixture).xls"))))
            let real = try #require(CompoundFile(source: ByteSource(bytes: xls))?.stream(named: "Workbook"))
            #expect(BIFFStructure(stream: real)?.hasUnsafeSharedStrings == false)
        }
    }

    /// Found by the xls fuzz target: a sheet sized 6 × 6 by its DIMENSIONS record, then again by an
    /// empty one, which FreeXL 1.0.6 reads from the previous record's leftovers as 143,720,453 ×
    /// 45,863; it refused that grid, kept the old one with the new size, and freed wild pointers
    /// while giving up. A sheet sized twice is refused first.
    @Test func aSheetFreeXLWouldSizeTwiceIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fuzzed = try [UInt8](
            Data(
                contentsOf: URL(
                    fileURLWithPath: Fixtures.path("fuzz/xls/sheet-sized-again-by-an-empty-dimensions-record.bin"))))
        let path = try folder.write("fuzzed.xls", fuzzed)
        #expect(
            throws: LedgerReadError(
                .damagedWorkbook, at: SourceLocation(file: path),
                arguments: ["reason": "sheet-sized-twice"])
        ) {
            try XLSWorkbook(path: path)
        }
        // Records count for the sheet whose BOUNDSHEET offset the BOF after an EOF stands at, an
        // embedded chart's included, as FreeXL counts them; a substream no sheet points at is none's.
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x10, 0x00] + [UInt8](repeating: 0, count: 12))
        let chartBOF = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x20, 0x00] + [UInt8](repeating: 0, count: 12))
        let eof = CompoundFileBuilder.record(0x000A)
        let dimensions = CompoundFileBuilder.record(0x0200, [0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 6, 0, 0, 0])
        func stream(_ sheet: [UInt8], at offset: Int? = nil) -> [UInt8] {
            let globalsLength = bof.count + 4 + 10 + eof.count
            let position = offset ?? globalsLength
            let boundSheet = CompoundFileBuilder.record(
                0x0085, (0..<4).map { UInt8((position >> (8 * $0)) & 0xFF) } + [0, 0, 2, 0, 0x41, 0x42])
            return bof + boundSheet + eof + sheet
        }
        let once = stream(bof + dimensions + eof)
        #expect(BIFFStructure(stream: once)?.unsafeSheetSize == nil)
        let again = stream(bof + dimensions + CompoundFileBuilder.record(0x0200) + eof)
        #expect(BIFFStructure(stream: again)?.unsafeSheetSize == .sizedTwice)
        let chart = stream(bof + dimensions + chartBOF + dimensions + eof + eof)
        #expect(BIFFStructure(stream: chart)?.unsafeSheetSize == .sizedTwice)
        let nobodys = stream(bof + dimensions + dimensions + eof, at: 4_096)
        #expect(BIFFStructure(stream: nobodys)?.unsafeSheetSize == nil)
        let written = try folder.write("twice.xls", CompoundFileBuilder.build(streams: [("Workbook", again)]))
        #expect(throws: LedgerReadError.self) { try XLSWorkbook(path: written) }
        for fixture in ["tongren-libreoffice", "merged-header-dates-hidden-sheet"] {
            let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/\(fixture).xls"))))
            let real = try #require(CompoundFile(source: ByteSource(bytes: xls))?.stream(named: "Workbook"))
            #expect(BIFFStructure(stream: real)?.unsafeSheetSize == nil)
        }
    }

    /// The same FreeXL 1.0.6 flaw without DIMENSIONS (found reading its source): two unsized
    /// sheets, the second with a cell at row 4,097, column 4,096. FreeXL gives it a grid of
    /// 4,096 × 4,095 at the first sheet's turn, then refuses 4,097 × 4,096 at its own and frees
    /// past the first grid. A sheet whose cells span more than FreeXL's largest grid is refused.
    @Test func anUnsizedSheetFreeXLWouldOutgrowIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x10, 0x00] + [UInt8](repeating: 0, count: 12))
        let eof = CompoundFileBuilder.record(0x000A)
        func number(row: Int, column: Int) -> [UInt8] {
            CompoundFileBuilder.record(
                0x0203,
                [UInt8(row & 0xFF), UInt8(row >> 8), UInt8(column & 0xFF), UInt8(column >> 8)] + [0, 0]
                    + [0, 0, 0, 0, 0, 0, 0xF0, 0x3F])
        }
        func boundSheet(at offset: Int, _ name: UInt8) -> [UInt8] {
            CompoundFileBuilder.record(0x0085, (0..<4).map { UInt8((offset >> (8 * $0)) & 0xFF) } + [0, 0, 1, 0, name])
        }
        func workbook(lastCell: (row: Int, column: Int)) -> [UInt8] {
            let first = bof + number(row: 0, column: 0) + eof
            let second = bof + number(row: lastCell.row, column: lastCell.column) + eof
            let globals = bof.count + 2 * boundSheet(at: 0, 0x41).count + eof.count
            return bof + boundSheet(at: globals, 0x41) + boundSheet(at: globals + first.count, 0x42) + eof + first
                + second
        }
        let outgrown = workbook(lastCell: (4_096, 4_095))
        #expect(BIFFStructure(stream: outgrown)?.unsafeSheetSize == .cellsBeyondLargestGrid)
        let path = try folder.write("outgrown.xls", CompoundFileBuilder.build(streams: [("Workbook", outgrown)]))
        #expect(
            throws: LedgerReadError(
                .damagedWorkbook, at: SourceLocation(file: path),
                arguments: ["reason": "cells-beyond-largest-grid"])
        ) {
            try XLSWorkbook(path: path)
        }
        // The largest real sheet, 65,536 rows by 256 columns, fits FreeXL's largest grid.
        #expect(BIFFStructure(stream: workbook(lastCell: (65_535, 255)))?.unsafeSheetSize == nil)
    }

    @Test func limitsRefuseHugeFilesAndSheetsBeforeFreeXLHoldsThem() {
        let path = Fixtures.path("xls/tongren-libreoffice.xls")
        #expect(throws: LedgerReadError.self) { try XLSWorkbook(path: path, limits: XLSReadLimits(maxFileBytes: 1000)) }
        do {
            _ = try XLSWorkbook(path: path, limits: XLSReadLimits(maxCells: 10))
            Issue.record("a sheet of 51 × 5 cells passed a limit of 10")
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(MessageCatalog().render(error).contains("工作表声明的单元格数超出上限（10）"))
        }
    }
}
