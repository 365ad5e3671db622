// SPDX-License-Identifier: Apache-2.0
// One worksheet of a workbook as a stream of rows: parsed on a second thread while the caller decodes.

import Foundation
import TaizhangModel
import TaizhangSheet

/// The ledger sheet of an .xlsx/.xlsm workbook, read row by row.
///
/// The sheet is the one asked for (by name or 1-based index, hidden sheets too), or the first
/// visible sheet whose first rows hold a ledger header. Merged ranges are listed after the rows in
/// a worksheet, so for sheets up to ``ReadLimits/maxMergePassBytes`` bytes of XML a cheap first pass reads them, and
/// a vertically merged lead or time limit reaches every row it spans. Memory holds a row and the
/// shared strings, never the sheet; `BackgroundRows` parses it on a thread of its own.
public final class XLSXRowSource: SheetRowSource {
    /// The workbook.
    public let workbook: XLSXWorkbook
    /// The sheet read.
    public let sheet: XLSXWorkbook.SheetInfo
    public let merges: [CellRange]
    public var sheetName: String? { sheet.name }
    /// Other visible sheets that hold a ledger too, when the sheet was chosen rather than named.
    public let notes: [Finding]

    /// Opens a workbook and chooses its ledger sheet.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - name: the file as the user named it (defaults to the path).
    ///   - selector: a sheet name or 1-based index; by default the first visible sheet with a ledger header.
    ///   - limits: the bounds on what reading may cost (and the largest sheet whose merged ranges
    ///     are read before its rows, ``ReadLimits/maxMergePassBytes``).
    ///   - fastPath: whether the scanner reads worksheets and shared strings (``XLSXWorkbook``); `false` reads them with expat.
    /// - Throws: ``LedgerReadError`` when the workbook cannot be opened or the sheet is not there.
    public init(
        path: String, name: String? = nil, sheet selector: String? = nil, limits: ReadLimits = ReadLimits(),
        fastPath: Bool = true
    ) throws(LedgerReadError) {
        workbook = try XLSXWorkbook(path: path, name: name, limits: limits, fastPath: fastPath)
        if let selector {
            sheet = try workbook.sheet(named: selector)
            notes = []
        } else {
            (sheet, notes) = try XLSXRowSource.chooseLedgerSheet(in: workbook)
        }
        merges =
            (workbook.declaredSize(of: sheet) ?? 0) <= limits.maxMergePassBytes
            ? try workbook.readMerges(of: sheet) : []
    }

    public func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        try XLSXRowSource.read(sheet, of: workbook, body)
    }

    /// Hands a sheet's rows to `body` until it answers `false`; the parser keeps its callback only
    /// while it reads.
    private static func read(
        _ sheet: XLSXWorkbook.SheetInfo, of workbook: XLSXWorkbook, _ body: (SheetRow) -> Bool
    ) throws(LedgerReadError) {
        let failure: LedgerReadError? = withoutActuallyEscaping(body) { body in
            do throws(LedgerReadError) {
                _ = try workbook.readRows(of: sheet) { row in body(row) }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// The ledger sheet among the worksheets that have a part (``LedgerSheetChooser``).
    private static func chooseLedgerSheet(
        in workbook: XLSXWorkbook
    ) throws(LedgerReadError) -> (XLSXWorkbook.SheetInfo, [Finding]) {
        let candidates = workbook.sheets.filter { $0.part != nil }
        let chosen = try LedgerSheetChooser.choose(
            count: candidates.count, isHidden: { candidates[$0].isHidden }, file: workbook.file
        ) { (index, body) throws(LedgerReadError) in
            try read(candidates[index], of: workbook, body)
        }
        guard let index = chosen.chosen else {
            throw LedgerReadError(
                .missingPart, at: SourceLocation(file: workbook.file), arguments: ["part": "xl/worksheets"])
        }
        let notes = LedgerSheetChooser.note(
            chosen: candidates[index].name, others: chosen.others.map { candidates[$0].name },
            file: workbook.file)
        return (candidates[index], notes)
    }
}
