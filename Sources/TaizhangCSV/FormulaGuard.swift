// SPDX-License-Identifier: Apache-2.0
// Guarding CSV cells against formula injection, and taking the guard off when reading back.

/// Keeps spreadsheet programs from running a cell as a formula (OWASP "CSV injection").
///
/// A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
/// leading apostrophe, which Excel and WPS show as text. Ordinary text, "——" included, is left
/// alone. Reading strips exactly that apostrophe again, so a ledger written and read back is
/// unchanged.
public enum FormulaGuard {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it should be written.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }

    /// The cell as written by ``guarded(_:)``, apostrophe removed.
    public static func unguard(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, triggers.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
