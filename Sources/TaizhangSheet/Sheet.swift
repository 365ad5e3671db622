// SPDX-License-Identifier: Apache-2.0
// A format-neutral grid of cell texts: what every reader produces and the decoder consumes.

import TaizhangModel

/// One row of a sheet: its 1-based number and the text of its cells from column A on.
public struct SheetRow: Sendable, Equatable {
    /// The row number as a spreadsheet shows it (for CSV, the record number).
    public var number: Int
    /// The cells' text, column A first; missing trailing cells are empty.
    public var cells: [String]
    /// The physical line the row starts on, for text files.
    public var line: Int?
    /// The 0-based columns whose cell is a formula saved without its result (a workbook written by a
    /// program that does not calculate): read as empty, and said so.
    public var uncachedFormulas: [Int]

    /// Creates a row.
    public init(number: Int, cells: [String], line: Int? = nil, uncachedFormulas: [Int] = []) {
        self.number = number
        self.cells = cells
        self.line = line
        self.uncachedFormulas = uncachedFormulas
    }

    /// The text of a 0-based column, or "" past the row's end.
    public subscript(column: Int) -> String {
        column < cells.count ? cells[column] : ""
    }
}

/// A rectangle of merged cells, 1-based and inclusive, as "A1:E1" names it.
public struct CellRange: Sendable, Hashable {
    /// The first row.
    public var firstRow: Int
    /// The first column (A = 1).
    public var firstColumn: Int
    /// The last row.
    public var lastRow: Int
    /// The last column.
    public var lastColumn: Int

    /// Creates a range; the corners are put in order.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastRow = max(firstRow, lastRow)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// Whether the range spans more than one row.
    public var isVertical: Bool { lastRow > firstRow }
}

/// A sheet as read from any file: where it came from, its rows, and its merged ranges.
public struct Sheet: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    /// The sheet's name in a workbook; `nil` for CSV.
    public var name: String?
    /// The non-empty rows, in order (a reader may leave empty rows out).
    public var rows: [SheetRow]
    /// Merged ranges, whose value stands in their top-left cell.
    public var merges: [CellRange]

    /// Creates a sheet.
    public init(file: String, name: String? = nil, rows: [SheetRow], merges: [CellRange] = []) {
        self.file = file
        self.name = name
        self.rows = rows
        self.merges = merges
    }
}
