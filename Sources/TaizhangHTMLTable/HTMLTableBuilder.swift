// SPDX-License-Identifier: Apache-2.0
// Laying out HTML tables as grids: cells placed past the rowspans above them, spans made merges.

import TaizhangModel
import TaizhangSheet

/// Builds every table of a document as rows of text and merged ranges.
enum HTMLTableBuilder {
    /// A table laid out as a sheet's rows.
    struct Table {
        /// The non-empty rows, numbered from 1 by the table's rows.
        var rows: [SheetRow] = []
        /// The ranges of cells with rowspan or colspan.
        var merges: [CellRange] = []
    }

    /// A table being read.
    private struct Open {
        var grid: [[String]] = []
        var occupied: [Int: Set<Int>] = [:]
        var merges: [CellRange] = []
        var cell: String?
        var cellPosition = (row: 0, column: 0)
        var cellCount = 0
        var rowOpen = false
    }

    /// The tables of a UTF-8 document, in the order they close (inner ones before outer ones).
    static func tables(in utf8: [UInt8], file: String, limits: HTMLReadLimits) throws(LedgerReadError) -> [Table] {
        var tokenizer = HTMLTokenizer(utf8: utf8)
        var stack: [Open] = []
        var done: [Table] = []
        while let token = tokenizer.next() {
            switch token {
            case .open("table", _, _):
                guard stack.count < limits.maxTableDepth else {
                    throw LedgerReadError(.limitExceeded, at: SourceLocation(file: file), arguments: [
                        "what": "表格嵌套层数", "whatEnglish": "The nesting of tables", "limit": String(limits.maxTableDepth),
                        "part": "<table>",
                    ])
                }
                stack.append(Open())
            case .close("table"):
                guard var table = stack.popLast() else { continue }
                closeCell(&table)
                done.append(finish(table))
            case .open("tr", _, _):
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
                stack[stack.count - 1].grid.append([])
                stack[stack.count - 1].rowOpen = true
            case .close("tr"):
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
                stack[stack.count - 1].rowOpen = false
            case .open(let name, let rowspan, let colspan) where name == "td" || name == "th":
                guard !stack.isEmpty else { continue }
                try openCell(&stack[stack.count - 1], rowspan: rowspan, colspan: colspan, file: file, limits: limits)
            case .close(let name) where name == "td" || name == "th":
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
            case .open(let name, _, _) where name == "br":
                append("\n", to: &stack)
            case .close(let name) where ["p", "div", "li"].contains(name):
                append("\n", to: &stack)
            case .text(let text):
                append(collapsed(text), to: &stack)
            default:
                break
            }
        }
        while var table = stack.popLast() {
            closeCell(&table)
            done.append(finish(table))
        }
        return done
    }

    private static func openCell(
        _ table: inout Open, rowspan: Int, colspan: Int, file: String, limits: HTMLReadLimits
    ) throws(LedgerReadError) {
        closeCell(&table)
        if !table.rowOpen || table.grid.isEmpty {
            table.grid.append([])
            table.rowOpen = true
        }
        let row = table.grid.count - 1
        var column = table.grid[row].count
        let taken = table.occupied[row] ?? []
        while taken.contains(column) { column += 1 }
        // HTML caps colspan at 1,000 and rowspan at 65,534; 0 means "to the end": read as 1.
        let rows = min(max(rowspan, 1), 65_534)
        let columns = min(max(colspan, 1), 1_000)
        table.cellCount += rows * columns
        guard table.cellCount <= limits.maxCells else {
            throw LedgerReadError(.limitExceeded, at: SourceLocation(file: file), arguments: [
                "what": "表格单元格数", "whatEnglish": "The cells of the table", "limit": String(limits.maxCells), "part": "<table>",
            ])
        }
        for below in row..<row + rows {
            for right in column..<column + columns where below > row || right > column {
                table.occupied[below, default: []].insert(right)
            }
        }
        if rows > 1 || columns > 1 {
            table.merges.append(CellRange(firstRow: row + 1, firstColumn: column + 1,
                                          lastRow: row + rows, lastColumn: column + columns))
        }
        table.cellPosition = (row, column)
        table.cell = ""
    }

    private static func closeCell(_ table: inout Open) {
        guard let text = table.cell else { return }
        let (row, column) = table.cellPosition
        while table.grid[row].count < column { table.grid[row].append("") }
        let cleaned = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimming(" ") }
            .joined(separator: "\n")
            .trimming("\n")
        if table.grid[row].count == column { table.grid[row].append(cleaned) } else { table.grid[row][column] = cleaned }
        table.cell = nil
    }

    private static func append(_ text: String, to stack: inout [Open]) {
        guard !stack.isEmpty, stack[stack.count - 1].cell != nil else { return }
        stack[stack.count - 1].cell! += text
    }

    /// White space as a browser shows it: runs of spaces, tabs, line ends (and no-break spaces) as
    /// one space; a line end between two Chinese characters (a page's source wrapped mid-sentence)
    /// as nothing, as CSS Text 3 has it.
    private static func collapsed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            var hasLineEnd = false
            while end < scalars.count, isSpace(scalars[end]) {
                hasLineEnd = hasLineEnd || scalars[end] == "\n" || scalars[end] == "\r"
                end += 1
            }
            let betweenWide = hasLineEnd && result.last.map(isWide) == true && end < scalars.count && isWide(scalars[end])
            if !betweenWide { result.append(" ") }
            index = end
        }
        return String(result)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{00A0}"
    }

    /// CJK ideographs and full-width punctuation, between which a line end is no space.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0xF900...0xFAFF).contains(scalar.value)
    }

    private static func finish(_ table: Open) -> Table {
        var result = Table()
        let rowCount = table.grid.count
        for (index, cells) in table.grid.enumerated() where cells.contains(where: { !$0.isEmpty }) {
            var trimmed = cells
            while trimmed.last?.isEmpty == true { trimmed.removeLast() }
            result.rows.append(SheetRow(number: index + 1, cells: trimmed))
        }
        result.merges = table.merges.map { range in
            var range = range
            range.lastRow = min(range.lastRow, max(rowCount, range.firstRow))
            return range
        }
        return result
    }
}

extension String {
    fileprivate func trimming(_ character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
