// SPDX-License-Identifier: Apache-2.0
// Where something stands in a file: file, sheet, row, column, and the A1 cell it makes.

/// A place in a ledger file, 1-based as a spreadsheet shows it.
///
/// For a CSV file the row is the record number (a record may span several lines when a quoted
/// cell holds line breaks); ``line`` then gives the physical line the record starts on.
public struct SourceLocation: Sendable, Hashable {
    /// The file as the user named it.
    public var file: String
    /// The sheet name, for workbooks.
    public var sheet: String?
    /// The row, 1-based.
    public var row: Int?
    /// The column, 1-based (A = 1).
    public var column: Int?
    /// The physical line, 1-based, for text files.
    public var line: Int?

    /// Creates a location.
    public init(file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil, line: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.line = line
    }

    /// The A1 reference of the cell, e.g. "C36", when both row and column are known.
    public var cell: String? {
        guard let row, let column else { return nil }
        var bytes = SourceLocation.letterBytes(column)
        bytes += String(row).utf8
        return bytes.withUnsafeBufferPointer { String(knownValidUTF8: $0) }
    }

    /// The same place in another column of the row.
    public func withColumn(_ column: Int?) -> SourceLocation {
        var copy = self
        copy.column = column
        return copy
    }

    /// The letters of a 1-based column number: 1 → "A", 27 → "AA", 16384 → "XFD".
    public static func columnLetters(_ column: Int) -> String {
        letterBytes(column).withUnsafeBufferPointer { String(knownValidUTF8: $0) }
    }

    /// ``columnLetters(_:)`` as ASCII bytes.
    private static func letterBytes(_ column: Int) -> [UInt8] {
        precondition(column > 0, "columns are 1-based")
        // At most three letters for Excel's 16,384 columns, and a few more for any Int.
        var letters: [UInt8] = []
        letters.reserveCapacity(8)
        var remaining = column
        while remaining > 0 {
            letters.append(UInt8(65 + (remaining - 1) % 26))
            remaining = (remaining - 1) / 26
        }
        letters.reverse()
        return letters
    }
}
