// SPDX-License-Identifier: Apache-2.0
// Which sheet of a workbook holds the ledger, for every workbook format.

import TaizhangModel

/// Chooses a workbook's ledger sheet: the first visible sheet whose first rows hold a ledger
/// header, else the first visible one (hidden sheets only when asked for by name).
public enum LedgerSheetChooser {
    /// How many rows of a sheet are looked at for a header.
    public static let headerSearchRows = 30

    /// The chosen sheet's position (`nil` when the workbook has no sheet), and the other visible
    /// sheets whose first rows hold a ledger header too.
    ///
    /// - Parameters:
    ///   - count: how many sheets there are.
    ///   - isHidden: whether a sheet is hidden.
    ///   - file: the file, for locations.
    ///   - readRows: reads a sheet's rows into the callback until it answers `false`.
    public static func choose(
        count: Int, isHidden: (Int) -> Bool, file: String,
        readRows: (Int, (SheetRow) -> Bool) throws(LedgerReadError) -> Void
    ) throws(LedgerReadError) -> (chosen: Int?, others: [Int]) {
        let visible = (0..<count).filter { !isHidden($0) }
        var ledgers: [Int] = []
        for index in visible {
            var seen = 0
            var found = false
            try readRows(index) { row in
                seen += 1
                found = ColumnMap.recognize(row, at: SourceLocation(file: file), report: { _ in }) != nil
                return !found && seen < headerSearchRows
            }
            if found { ledgers.append(index) }
        }
        guard let first = ledgers.first else { return (visible.first ?? (count > 0 ? 0 : nil), []) }
        return (first, Array(ledgers.dropFirst()))
    }

    /// The `other-ledger-sheets` note of a choice, when other sheets hold a ledger.
    public static func note(chosen: String, others: [String], file: String) -> [Finding] {
        guard !others.isEmpty else { return [] }
        return [
            Finding(
                .otherLedgerSheets, at: SourceLocation(file: file, sheet: chosen),
                arguments: ["sheet": chosen, "sheets": MessageCatalog.list(others)])
        ]
    }
}
