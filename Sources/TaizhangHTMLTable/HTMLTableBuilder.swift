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

    /// A table being read: each row's cells by column (sparse), and through which row each column
    /// is held by a cell above that spans rows.
    private struct Open {
        var rows: [[(column: Int, text: String)]] = []
        var widths: [Int] = []
        var heldThrough: [Int] = []
        var merges: [CellRange] = []
        var cell: String?
        var cellPosition = (row: 0, column: 0)
        var nextColumn = 0
        var gridCells = 0
        var rowOpen = false
    }

    /// The widest a table may be: Excel's 16,384 columns (XFD).
    static let maxColumns = 16_384

    /// The tables of a UTF-8 document, in the order they close (inner ones before outer ones).
    static func tables(in utf8: [UInt8], file: String, limits: HTMLReadLimits) throws(LedgerReadError) -> [Table] {
        func exceeded(_ quantity: String, _ limit: Int) -> LedgerReadError {
            LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file),
                arguments: ["quantity": quantity, "limit": String(limit), "part": "<table>"])
        }
        var tokenizer = HTMLTokenizer(utf8: utf8)
        var stack: [Open] = []
        var done: [Table] = []
        while let token = tokenizer.next() {
            switch token {
            case .open("table", _, _):
                guard stack.count < limits.maxTableDepth else {
                    throw exceeded("table-depth", limits.maxTableDepth)
                }
                stack.append(Open())
            case .close("table"):
                guard var table = stack.popLast() else { continue }
                closeCell(&table)
                done.append(finish(table))
            case .open("tr", _, _):
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
                startRow(&stack[stack.count - 1])
            case .close("tr"):
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
                stack[stack.count - 1].rowOpen = false
            case .open(let name, let rowspan, let colspan) where name == "td" || name == "th":
                guard !stack.isEmpty else { continue }
                closeCell(&stack[stack.count - 1])
                try openCell(
                    &stack[stack.count - 1], rowspan: rowspan, colspan: colspan, limits: limits, exceeded: exceeded)
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

    private static func startRow(_ table: inout Open) {
        table.rows.append([])
        table.widths.append(0)
        table.nextColumn = 0
        table.rowOpen = true
    }

    private static func openCell(
        _ table: inout Open, rowspan: Int, colspan: Int, limits: HTMLReadLimits,
        exceeded: (String, Int) -> LedgerReadError
    ) throws(LedgerReadError) {
        if !table.rowOpen || table.rows.isEmpty { startRow(&table) }
        let row = table.rows.count - 1
        var column = table.nextColumn
        // Step past the columns that cells above still hold with their rowspan.
        while column < table.heldThrough.count, table.heldThrough[column] >= row { column += 1 }
        // HTML caps colspan at 1,000 and rowspan at 65,534; 0 means "to the end": read as 1.
        let rows = min(max(rowspan, 1), 65_534)
        let columns = min(max(colspan, 1), 1_000)
        guard column + columns <= maxColumns else { throw exceeded("table-columns", maxColumns) }
        // Every column a row passes over counts, written or skipped, so neither grid nor work outgrows the limit.
        table.gridCells += column + columns - table.nextColumn
        guard table.gridCells <= limits.maxCells else { throw exceeded("table-cells", limits.maxCells) }
        if rows > 1 {
            if table.heldThrough.count < column + columns {
                table.heldThrough += [Int](repeating: -1, count: column + columns - table.heldThrough.count)
            }
            for held in column..<column + columns {
                table.heldThrough[held] = max(table.heldThrough[held], row + rows - 1)
            }
        }
        if rows > 1 || columns > 1 {
            table.merges.append(
                CellRange(
                    firstRow: row + 1, firstColumn: column + 1,
                    lastRow: row + rows, lastColumn: column + columns))
        }
        table.nextColumn = column + columns
        table.cellPosition = (row, column)
        table.cell = ""
    }

    private static func closeCell(_ table: inout Open) {
        guard let text = table.cell else { return }
        table.cell = nil
        let (row, column) = table.cellPosition
        let cleaned = cleanedCell(text)
        guard !cleaned.isEmpty else { return }
        table.widths[row] = max(table.widths[row], column + 1)
        table.rows[row].append((column, cleaned))
    }

    /// A cell's text: each line trimmed of spaces, blank lines at either end dropped.
    private static func cleanedCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" }) else { return text.trimming(" ") }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimming(" ") }
            .joined(separator: "\n")
            .trimming("\n")
    }

    private static func append(_ text: String, to stack: inout [Open]) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].cell?.append(text)
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
            let betweenWide =
                hasLineEnd && result.last.map(isWide) == true && end < scalars.count && isWide(scalars[end])
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
        for (index, cells) in table.rows.enumerated() where !cells.isEmpty {
            var dense = [String](repeating: "", count: table.widths[index])
            for (column, text) in cells { dense[column] = text }
            result.rows.append(SheetRow(number: index + 1, cells: dense))
        }
        let rowCount = table.rows.count
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
