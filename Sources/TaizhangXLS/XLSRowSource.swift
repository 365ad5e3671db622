// SPDX-License-Identifier: Apache-2.0
// The ledger sheet of an .xls workbook as a stream of rows, like every other reader.

import TaizhangModel
import TaizhangSheet

/// One sheet of an .xls (BIFF) workbook, read row by row through FreeXL.
///
/// The sheet is the one asked for (by name or 1-based index, hidden sheets too), or the first
/// visible sheet whose first rows hold a ledger header.
public struct XLSRowSource: SheetRowSource {
    /// The workbook.
    public let workbook: XLSWorkbook
    /// The sheet read.
    public let sheet: XLSWorkbook.SheetInfo
    /// Other visible sheets that hold a ledger too, when the sheet was chosen rather than named.
    public let notes: [Finding]

    /// Opens a workbook and chooses its ledger sheet.
    ///
    /// - Throws: ``LedgerReadError`` when the workbook cannot be opened or has no such sheet.
    public init(path: String, name: String? = nil, sheet selector: String? = nil) throws(LedgerReadError) {
        let workbook = try XLSWorkbook(path: path, name: name)
        self.workbook = workbook
        if let selector {
            sheet = try workbook.sheet(named: selector)
            notes = []
            return
        }
        let chosen = try LedgerSheetChooser.choose(
            count: workbook.sheets.count, isHidden: { workbook.sheets[$0].isHidden }, file: workbook.file
        ) { (index, body) throws(LedgerReadError) in
            try workbook.readRows(of: workbook.sheets[index]) { row in body(row) }
        }
        guard let index = chosen.chosen else {
            throw LedgerReadError(
                .missingPart, at: SourceLocation(file: workbook.file), arguments: ["part": "Worksheet"])
        }
        sheet = workbook.sheets[index]
        notes = LedgerSheetChooser.note(
            chosen: sheet.name, others: chosen.others.map { workbook.sheets[$0].name },
            file: workbook.file)
    }

    public var sheetName: String? { sheet.name }
    public var merges: [CellRange] { sheet.merges }

    public func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        try workbook.readRows(of: sheet) { row in body(row) }
    }
}
