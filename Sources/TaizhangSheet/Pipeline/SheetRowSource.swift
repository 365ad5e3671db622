// SPDX-License-Identifier: Apache-2.0
// The reader interface every format implements: one sheet's rows, streamed, with its merged cells.

import TaizhangModel

/// One sheet of any file format, read row by row.
///
/// CSV, TSV and workbook readers implement it; ``LedgerPipeline`` feeds its rows to the
/// ``LedgerDecoder``. Rows come in order and are not kept, so memory does not grow with the sheet.
public protocol SheetRowSource: SendableMetatype {
    /// The sheet's name in a workbook; `nil` for a text file.
    var sheetName: String? { get }
    /// The merged ranges known before the rows (vertical ones pass their value down).
    var merges: [CellRange] { get }
    /// Reads the rows in order, handing each to `body`, which answers `false` to stop early.
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read; rows before the fault were handed over.
    func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError)
    /// What opening the file showed, told before the rows (other sheets that hold a ledger).
    var notes: [Finding] { get }
}

extension SheetRowSource {
    /// Nothing to tell.
    public var notes: [Finding] { [] }
}

extension Sheet: SheetRowSource {
    public var sheetName: String? { name }

    public func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        for row in rows where !body(row) { return }
    }
}
