// SPDX-License-Identifier: Apache-2.0
// Which sheet of a workbook holds the ledger, for every workbook format.

import TaizhangModel

/// Chooses a workbook's ledger sheet: the first visible sheet whose first rows hold a ledger
/// header, else the first visible one (hidden sheets only when asked for by name).
public enum LedgerSheetChooser {
    /// How many rows of a sheet are looked at for a header.
    public static let headerSearchRows = 30

    /// The chosen sheet's position, or `nil` when the workbook has no sheet.
    ///
    /// - Parameters:
    ///   - count: how many sheets there are.
    ///   - isHidden: whether a sheet is hidden.
    ///   - file: the file, for locations.
    ///   - readRows: reads a sheet's rows into the callback until it answers `false`.
    public static func choose(
        count: Int, isHidden: (Int) -> Bool, file: String,
        readRows: (Int, (SheetRow) -> Bool) throws(LedgerReadError) -> Void
    ) throws(LedgerReadError) -> Int? {
        let visible = (0..<count).filter { !isHidden($0) }
        for index in visible {
            var seen = 0
            var found = false
            try readRows(index) { row in
                seen += 1
                found = ColumnMap.recognize(row, at: SourceLocation(file: file), report: { _ in }) != nil
                return !found && seen < headerSearchRows
            }
            if found { return index }
        }
        return visible.first ?? (count > 0 ? 0 : nil)
    }
}
