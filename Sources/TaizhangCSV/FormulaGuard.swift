// SPDX-License-Identifier: Apache-2.0
// Guarding CSV cells against formula injection, and taking the guard off when reading back.

/// Keeps spreadsheet programs from running a cell as a formula (OWASP "CSV injection").
///
/// A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
/// leading apostrophe, which Excel and WPS show as text. Ordinary text, "——" included, is left
/// alone. Reading strips exactly that apostrophe again, so a ledger written and read back is
/// unchanged.
public enum FormulaGuard {
    /// The first bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static func isTrigger(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// The cell as it should be written.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.utf8.first, isTrigger(first) else { return cell }
        return "'" + cell
    }

    /// The cell as written by ``guarded(_:)``, apostrophe removed.
    public static func unguard(_ cell: String) -> String {
        var bytes = cell.utf8.makeIterator()
        guard bytes.next() == 0x27, let second = bytes.next(), isTrigger(second) else { return cell }
        return String(cell.dropFirst())
    }
}
