// SPDX-License-Identifier: Apache-2.0
// Passing the value of a vertically merged cell down to every row it spans.

/// Fills the cells a vertical merge covers with the value of its top-left cell.
///
/// A lead or time-limit cell merged over three rows belongs to all three (LEDGER-SPEC §2).
/// Horizontal merges (a title or section row across the table) need nothing: the value already
/// stands in the row's first cell. Rows must come in order; the work per row is proportional to
/// the merges open on it, not to all the sheet's merges.
struct MergeInheritance: Sendable {
    private var upcoming: [CellRange]
    private var nextUpcoming = 0
    private var open: [(range: CellRange, value: String)] = []

    init(merges: [CellRange]) {
        upcoming = merges.filter(\.isVertical).sorted { $0.firstRow < $1.firstRow }
    }

    /// Fills the row's merged cells and returns the 0-based columns whose value was inherited.
    mutating func apply(to row: inout SheetRow) -> Set<Int> {
        open.removeAll { $0.range.lastRow < row.number }
        var inherited: Set<Int> = []
        for (range, value) in open {
            let column = range.firstColumn - 1
            while row.cells.count <= column { row.cells.append("") }
            if row.cells[column].isEmpty {
                row.cells[column] = value
                inherited.insert(column)
            }
        }
        while nextUpcoming < upcoming.count, upcoming[nextUpcoming].firstRow <= row.number {
            let range = upcoming[nextUpcoming]
            if range.firstRow == row.number {
                open.append((range, row[range.firstColumn - 1]))
            }
            nextUpcoming += 1
        }
        return inherited
    }
}
