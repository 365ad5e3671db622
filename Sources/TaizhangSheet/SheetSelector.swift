// SPDX-License-Identifier: Apache-2.0
// Choosing a workbook's sheet as a clerk names it with --sheet: by name, loosely, or by position.

import TaizhangModel

/// Finds the sheet a `--sheet` value names, for every workbook reader.
public enum SheetSelector {
    /// The 0-based position of the sheet named `selector`: its exact name, then the name ignoring
    /// case and surrounding spaces, then a 1-based index.
    ///
    /// - Throws: ``LedgerReadError`` `sheet-not-found`, listing the sheets there are.
    public static func position(of selector: String, in names: [String], file: String) throws(LedgerReadError) -> Int {
        let wanted = selector.trimmingLedgerWhitespace().lowercased()
        if let found = names.firstIndex(of: selector)
            ?? names.firstIndex(where: { $0.trimmingLedgerWhitespace().lowercased() == wanted })
        {
            return found
        }
        if let index = Int(selector), names.indices.contains(index - 1) { return index - 1 }
        throw LedgerReadError(
            .sheetNotFound, at: SourceLocation(file: file),
            arguments: ["sheet": selector, "available": MessageCatalog.list(names)])
    }
}
