// SPDX-License-Identifier: Apache-2.0
// A table copied out of Word, a PDF or a web page as text: its header and rows, whatever parts the cells.

import TaizhangModel
import TaizhangSheet
import TaizhangText

/// A ledger table in a notice's text, with its cells put back.
///
/// Copies part cells in four ways: by tabs (Word, most PDF viewers), by bars ("|", "｜", "│": a
/// table drawn with characters), by runs of spaces (a PDF converter or a web page laid out with
/// spaces; a full-width space counts as a run), or one cell per line (a web page's table cells
/// stacked). The header tells which, and its width how many
/// cells a full row has. A row of stacked cells starts at a line that is only a number; a cell that
/// wrapped onto the next line joins the row's task text.
struct FlattenedTable {
    /// How the cells are parted.
    enum Layout: Equatable {
        case tabs, pipes, spaces, cellPerLine
    }

    /// A row: the line it starts on and its cells.
    struct Row {
        var line: Int
        var cells: [String]
    }

    var layout: Layout
    /// The header's index among the lines, and its columns.
    var headerIndex: Int
    var columns: ColumnMap
    var rows: [Row]

    /// Bars that part cells in a table drawn with characters: ASCII, full-width, box drawing.
    static let pipes: Set<Character> = ["|", "｜", "│", "┃"]

    /// The first ledger table in the lines, or `nil` when there is none.
    init?(_ lines: [NoticeLine], file: String) {
        for index in lines.indices {
            guard let (layout, map, end) = FlattenedTable.header(at: index, in: lines, file: file) else { continue }
            self.layout = layout
            self.headerIndex = index
            self.columns = map
            self.rows =
                layout == .cellPerLine
                ? FlattenedTable.stackedRows(
                    lines[end...], width: map.width, afterDeadline: map[.deadline].map { map.width - 1 - $0 })
                : FlattenedTable.lineRows(lines[end...], layout: layout, header: lines[index])
            return
        }
        return nil
    }

    /// The cells of one line of a tabbed or spaced table.
    static func cells(_ text: String, layout: Layout) -> [String] {
        switch layout {
        case .pipes:
            var cells = text.split(
                omittingEmptySubsequences: false, whereSeparator: { FlattenedTable.pipes.contains($0) }
            )
            .map { String($0).trimmingLedgerWhitespace() }
            // "| 1 | 任务 |": the bars at both ends open and close the row.
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
            return cells
        case .tabs:
            return text.split(separator: "\t", omittingEmptySubsequences: false).map { NoticeText.trim(String($0)) }
        case .spaces:
            return spacedCells(text, indent: 0).map(\.text)
        case .cellPerLine:
            return [text]
        }
    }

    /// The cells of a line laid out with spaces, each with the display column of its middle.
    static func spacedCells(_ text: String, indent: Int) -> [(text: String, center: Int)] {
        var cells: [(text: String, center: Int)] = []
        var current = ""
        var spaces = ""
        var column = indent
        var start = indent
        func finish() {
            let width = NoticeText.displayWidth(current)
            cells.append((current.trimmingLedgerWhitespace(), start + width / 2))
        }
        for character in text {
            if character == " " || character == "\u{3000}" || character == "\u{00A0}" {
                spaces.append(character)
                continue
            }
            if !spaces.isEmpty {
                let gap = NoticeText.displayWidth(spaces)
                if spaces.count >= 2 || spaces.contains("\u{3000}") {
                    finish()
                    current = ""
                    start = column + gap
                } else {
                    current += spaces
                }
                column += gap
                spaces = ""
            }
            current.append(character)
            column += NoticeText.displayWidth(String(character))
        }
        finish()
        return cells
    }

    /// A header row at `index`: tabbed, spaced, or stacked one title a line (at least three).
    private static func header(at index: Int, in lines: [NoticeLine], file: String) -> (Layout, ColumnMap, Int)? {
        let text = lines[index].text
        guard !text.isEmpty else { return nil }
        let layout: Layout = text.contains("\t") ? .tabs : text.contains(where: pipes.contains) ? .pipes : .spaces
        let cells = self.cells(text, layout: layout)
        if cells.count >= 3, let map = recognize(cells, line: lines[index].number, file: file) {
            return (layout, map, index + 1)
        }
        // Stacked titles start with 序号 and run to the first row's number (titles unknown to the
        // header synonyms, such as 民生实事, stay as columns of their own).
        guard cells.count == 1, text.count <= 10, HeaderMatcher.match(text)?.field == .sequence else { return nil }
        var titles: [String] = []
        var end = index
        while end < lines.count, titles.count < 12 {
            let title = lines[end].text
            if title.isEmpty {
                end += 1
                continue
            }
            guard title.count <= 10, !title.contains("\t"), !SequenceNumber(title).isWellFormed else { break }
            titles.append(title)
            end += 1
        }
        guard titles.count >= 3, let map = recognize(titles, line: lines[index].number, file: file) else { return nil }
        return (.cellPerLine, map, end)
    }

    private static func recognize(_ cells: [String], line: Int, file: String) -> ColumnMap? {
        ColumnMap.recognize(SheetRow(number: line, cells: cells), at: SourceLocation(file: file), report: { _ in })
    }

    /// Rows of a tabbed or spaced table, up to the first line that is none of its rows.
    ///
    /// In a spaced table, a line that starts no row continues the row above it (a cell wrapped
    /// onto the next line); each of its cells joins the cell under the header column nearest to it.
    /// A line at the left edge or after a blank line (a signature) ends the table. A spaced row
    /// with cells left empty is spread under the header by the same measure.
    private static func lineRows(_ lines: ArraySlice<NoticeLine>, layout: Layout, header: NoticeLine) -> [Row] {
        let centers = layout == .spaces ? spacedCells(header.text, indent: header.indent).map(\.center) : []
        func column(_ center: Int) -> Int {
            centers.indices.min { abs(centers[$0] - center) < abs(centers[$1] - center) } ?? 0
        }
        var rows: [Row] = []
        var afterBlank = false
        for line in lines {
            if line.text.isEmpty {
                afterBlank = true
                continue
            }
            defer { afterBlank = false }
            if layout == .tabs, !line.text.contains("\t") { break }
            if layout == .pipes, !line.text.contains(where: pipes.contains) { break }
            // "|---|---|": the rule under a header.
            if layout == .pipes, line.text.allSatisfy({ pipes.contains($0) || "-—:： ".contains($0) }) { continue }
            let cells = self.cells(line.text, layout: layout)
            let startsRow = SequenceNumber(cells[0]).isWellFormed
            if cells.count >= 2, startsRow || layout == .tabs || layout == .pipes {
                var row = Row(line: line.number, cells: cells)
                if !centers.isEmpty, cells.count < centers.count {
                    row.cells = Array(repeating: "", count: centers.count)
                    for cell in spacedCells(line.text, indent: line.indent) {
                        row.cells[column(cell.center)] = joined(row.cells[column(cell.center)], cell.text)
                    }
                    if row.cells[0].isEmpty { row.cells = cells }
                }
                rows.append(row)
                continue
            }
            if SectionHeadingParser.split(line.text) != nil {
                rows.append(Row(line: line.number, cells: cells))
                continue
            }
            guard let last = rows.last, last.cells.count >= 2, SequenceNumber(last.cells[0]).isWellFormed else { break }
            if !centers.isEmpty, last.cells.count == centers.count {
                // Continued cells stand indented right under the row; a line at the left edge or
                // after a blank line (a signature, a note) ends the table.
                let placed = spacedCells(line.text, indent: line.indent).map { ($0.text, column($0.center)) }
                guard line.indent > 0, !afterBlank, placed.allSatisfy({ $0.1 > 0 }) else { break }
                for (text, index) in placed { rows[rows.count - 1].cells[index] = joined(last.cells[index], text) }
                continue
            }
            // A task cell wrapped onto a line of its own, while the row's text is unfinished.
            guard cells.count == 1, !last.cells[1].hasSuffix("。") else { break }
            rows[rows.count - 1].cells[1] += line.text
        }
        return rows
    }

    /// A cell and the part of it on the next line: units listed on separate lines are parted by
    /// "、", anything else (a wrapped sentence or name) joins directly.
    private static func joined(_ cell: String, _ more: String) -> String {
        guard !cell.isEmpty else { return more }
        let listed =
            DepartmentClause.looksLikeUnit(cell) && DepartmentClause.looksLikeUnit(more)
            && !cell.hasSuffix("、") && !cell.hasSuffix("，")
        return cell + (listed ? "、" : "") + more
    }

    /// Rows of a table stacked one cell a line: each starts at a line that is only a number.
    /// A row is complete once it holds its time limit and the columns the header has after it
    /// (`afterDeadline`); cells left out when empty and cells over two lines make the count of
    /// lines no guide.
    private static func stackedRows(_ lines: ArraySlice<NoticeLine>, width: Int, afterDeadline: Int?) -> [Row] {
        let parser = DeadlineParser(year: nil)
        func isComplete(_ row: Row) -> Bool {
            let limit = row.cells.indices.first { index in
                guard index > 1, !DepartmentClause.looksLikeUnit(row.cells[index]) else { return false }
                let kind = parser.parse(row.cells[index]).kind
                return kind != .unparsed && kind != .none
            }
            guard let limit, let afterDeadline else { return row.cells.count >= 2 * width }
            return row.cells.count - 1 - limit >= afterDeadline
        }
        var rows: [Row] = []
        var lastNumber = 0
        for line in lines where !line.text.isEmpty {
            let bare = SequenceNumber(line.text)
            // A number starts a row when the count expects it ("2022" in a time-limit cell does not).
            if bare.style == .arabic, let value = bare.value, value == lastNumber + 1 || value == 1 {
                lastNumber = value
                rows.append(Row(line: line.number, cells: [line.text]))
                continue
            }
            if bare.style == .chinese || bare.style == .parenthesizedChinese {
                rows.append(Row(line: line.number, cells: [line.text]))
                continue
            }
            if let (sequence, title) = SectionHeadingParser.split(line.text),
                sequence.style == .chinese || sequence.style == .parenthesizedChinese
            {
                rows.append(Row(line: line.number, cells: [sequence.raw, title]))
                continue
            }
            // Past a full row, a line that starts no row ends the table.
            guard let last = rows.last, !isComplete(last) else { break }
            rows[rows.count - 1].cells.append(line.text)
        }
        return rows
    }
}
