// SPDX-License-Identifier: Apache-2.0
// Checking values in Swift before they reach libxlsxwriter, which crashes on some bad ones.

import TaizhangModel

/// The limits of the workbook format, checked before any C call.
enum WorkbookChecks {
    /// Rows in a sheet.
    static let maximumRows = 1_048_576
    /// Columns in a sheet.
    static let maximumColumns = 16_384
    /// Characters of a data validation's input message, and of its title.
    static let maximumInputMessage = 255
    static let maximumInputTitle = 32

    /// Refuses a sheet name Excel would not accept.
    static func checkSheetName(_ name: String, path: String) throws(LedgerWriteError) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        if name.isEmpty || name.count > 31 || name.contains(where: forbidden.contains) || name.hasPrefix("'")
            || name.hasSuffix("'")
        {
            throw LedgerWriteError(
                .valueOutOfRange, path: path,
                arguments: [
                    "quantity": "sheet-name", "value": name,
                    "allowed": "1–31",
                ]
            )
        }
    }

    /// Refuses a row past the last row of a sheet.
    static func checkRow(_ row: Int, path: String) throws(LedgerWriteError) {
        guard row >= maximumRows else { return }
        throw LedgerWriteError(
            .valueOutOfRange, path: path,
            arguments: ["quantity": "rows", "value": String(row + 1), "allowed": "≤ 1048576"]
        )
    }

    /// Refuses more columns than a sheet has, or a width Excel does not allow.
    static func checkColumns(_ widths: [Double], path: String) throws(LedgerWriteError) {
        if widths.count + 1 > maximumColumns {
            throw LedgerWriteError(
                .valueOutOfRange, path: path,
                arguments: ["quantity": "columns", "value": String(widths.count), "allowed": "≤ 16383"]
            )
        }
        if let bad = widths.first(where: { !(0...255).contains($0) || $0.isNaN }) {
            throw LedgerWriteError(
                .valueOutOfRange, path: path,
                arguments: ["quantity": "column-width", "value": String(bad), "allowed": "0–255"]
            )
        }
    }

    /// A cell's text without the control characters Excel cannot hold, refused when it is longer
    /// than a cell holds (for sheets that report no findings, such as a bulletin's).
    static func cellText(_ text: String, sheet: String, row: Int, column: Int, path: String) throws(LedgerWriteError)
        -> String
    {
        let clean = CellTextSanitizer.clean(text).text
        guard CellTextSanitizer.isTooLong(clean) else { return clean }
        throw LedgerWriteError(
            .cellTooLong, path: path,
            arguments: [
                "sheet": sheet, "cell": SourceLocation.columnLetters(column + 1) + String(row + 1),
                "row": String(row + 1),
                "length": String(clean.utf16.count),
            ])
    }

    /// A date Excel can hold (1900-03-01 to 9999-12-31), or `nil`.
    static func excelDate(_ date: CalendarDate?) -> CalendarDate? {
        guard let date, (1900...9999).contains(date.year), (1...12).contains(date.month), (1...31).contains(date.day),
            date.year > 1900 || date.month > 2
        else { return nil }
        return date
    }

    /// Text cut to at most `limit` characters, for messages with a fixed maximum.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
