// SPDX-License-Identifier: Apache-2.0
// Reading a ledger table attached to a notice: its rows as tasks, cells a copy merged restored.

import TaizhangModel
import TaizhangSheet
import TaizhangText

/// Reads the attached ledger table (序号 | 重点工作 | 责任单位 | 配合单位 | 时限) of a notice.
///
/// A row with as many cells as the header reads them by the header's columns, in any order. A
/// copy out of a PDF merges neighbouring cells when a cell wraps ("市卫生健康局 市财政局\t市发展和改革局
/// 12月底" is two responsible units, one cooperating unit and a time limit in two cells), and a
/// stacked copy leaves empty cells out; such rows are read after the task text in order: the time
/// limit is the tail of the last cell, from the first word that reads as a time limit; what stands
/// before it in that cell cooperates, and then every cell before it is responsible; when the last
/// cell is only a time limit, a row with separate responsible and cooperating cells reads them as
/// such, and a row whose units share one cell splits it at "——" if there is one, else the first
/// unit leads and the others cooperate. Such guessed rows carry a doubt. Units marked ▲ or ★ (or
/// "（牵头）") lead. A row that names nobody (or says 同上) takes the departments of the row above,
/// as a merged cell does.
struct TableExtractor {
    let file: String
    let year: Int?

    /// The table's title (the line above its header), header line and tasks; `nil` without a table.
    func extract(_ lines: [NoticeLine]) -> (title: String?, header: Int, tasks: [ExtractedTask], notes: [LineDoubt])? {
        guard let table = FlattenedTable(lines, file: file) else { return nil }
        // The title is the line above the header, past a note in brackets ("（标★的为牵头单位）").
        let title = lines[..<table.headerIndex].last { line in
            !line.text.isEmpty && !line.text.contains("\t") && !(line.text.hasPrefix("（") || line.text.hasPrefix("("))
        }?.text
        // The table's own title may name the year when the notice's does not ("某市2021年…台账").
        let parser = DeadlineParser(year: year ?? title.flatMap { LedgerYear.find(in: $0.filter { $0 != " " }) })
        var tasks: [ExtractedTask] = []
        var notes: [LineDoubt] = []
        var path: [SectionHeading] = []
        var previous: LedgerTask?
        let columns = table.columns
        // "排在第一位的为牵头单位" stated above the table: in a cell of several units the first leads.
        let firstLeads = lines[..<table.headerIndex].contains { DepartmentClause.statesConvention($0.text) }
        for row in table.rows {
            let cells = row.cells
            let place = SourceLocation(file: file, line: row.line)
            if let heading = sectionHeading(cells, place: place) {
                path = [heading]
                previous = nil
                continue
            }
            let sequence = SequenceNumber(cells[0])
            guard sequence.isWellFormed, cells.count >= 2 else {
                // A row with words but no number is no task; say so rather than drop it.
                if cells.contains(where: { !$0.isEmpty }) {
                    notes.append(LineDoubt(line: row.line, sequence: "", reason: "table-row-without-number"))
                }
                continue
            }
            var assignment: Assignment
            var deadline: String
            var doubts: [String] = []
            var text = cells[1]
            var departmentCells = Array(cells.dropFirst(2))
            if cells.count == columns.width, columns[.sequence] == 0, table.layout != .cellPerLine {
                // A row as wide as the header goes by its columns.
                text = cells[columns[.task] ?? 1]
                departmentCells = [columns[.lead], columns.otherResponsible, columns[.cooperating]].compactMap { $0 }
                    .map { cells[$0] }
                (assignment, deadline, doubts) = byColumns(cells, columns, parser: parser)
            } else if table.layout == .cellPerLine || columns[.task] != 1 {
                // Cells left out or over two lines, or text columns before the task's: read by kind.
                (text, departmentCells, assignment, deadline, doubts) = byKinds(cells, columns, parser: parser)
            } else {
                // The usual order with cells merged by a copy.
                (assignment, deadline, doubts) = departmentsAndDeadline(departmentCells, parser: parser)
            }
            if firstLeads, assignment.lead.count > 1, !hasMarks(departmentCells) {
                assignment = Assignment(
                    lead: [assignment.lead[0]], cooperating: Array(assignment.lead.dropFirst()) + assignment.cooperating
                )
            }
            var inherited: Set<LedgerField> = []
            let namesNobody = departmentCells.allSatisfy { $0.isEmpty || $0 == "同上" || isDeadline($0, parser: parser) }
            if assignment.isEmpty, namesNobody, let previous {
                // A sub-item under a merged department cell takes the departments of the item above.
                assignment = Assignment(lead: previous.lead, cooperating: previous.cooperating)
                inherited = [.lead, .cooperating]
                doubts.append("inherited-departments")
            }
            let task = LedgerTask(
                sequence: sequence, text: TableExtractor.withoutMarkup(text), lead: assignment.lead,
                cooperating: assignment.cooperating, deadline: parser.parse(deadline), inherited: inherited,
                source: place)
            tasks.append(ExtractedTask(sectionPath: path, task: task, doubts: doubts))
            previous = task
        }
        return (title, lines[table.headerIndex].number, tasks, notes)
    }

    /// A row whose cells do not line up with the header, read by what each cell holds: text cells
    /// first (the task is the one standing where the header's task column stands among its text
    /// columns), then department cells, then the time limit; cells after it are remarks.
    private func byKinds(
        _ cells: [String], _ columns: ColumnMap, parser: DeadlineParser
    ) -> (text: String, departments: [String], assignment: Assignment, deadline: String, doubts: [String]) {
        let body = Array(cells.dropFirst())
        let deadlineIndex = body.indices.first { $0 > 0 && isDeadline(body[$0], parser: parser) }
        let before = deadlineIndex.map { Array(body[..<$0]) } ?? body
        let firstDepartment = before.indices.first { $0 > 0 && isDepartmentCell(before[$0]) } ?? before.count
        let texts = Array(before[..<firstDepartment])
        let departments = Array(before[firstDepartment...])
        let departmentStart =
            [columns[.lead], columns.otherResponsible, columns[.cooperating], columns[.deadline]]
            .compactMap { $0 }.min() ?? columns.width
        let place = max(0, (columns[.task] ?? 1) - 1)
        var text = texts.last ?? ""
        if texts.count == departmentStart - 1, place < texts.count {
            text = texts[place]
        } else if texts.count > departmentStart - 1, place < texts.count {
            // The task's text went over several lines.
            text = texts[place...].joined()
        }
        let deadline = deadlineIndex.map { body[$0] } ?? ""
        if hasMarks(departments) { return (text, departments, marked(departments), deadline, []) }
        if columns[.cooperating] != nil, departments.count > 1 {
            let lead = units(departments[0])
            let cooperating = unique(departments.dropFirst().flatMap(units)).filter { !lead.contains($0) }
            return (text, departments, Assignment(lead: lead, cooperating: cooperating), deadline, ["merged-cells"])
        }
        return (text, departments, Assignment(lead: unique(departments.flatMap(units))), deadline, [])
    }

    /// A cell naming units only (no figures: "新建中小学3所" is work), or saying nobody ("——", 同上).
    private func isDepartmentCell(_ cell: String) -> Bool {
        if CellText.isPlaceholder(cell) || cell == "同上" { return true }
        guard !cell.contains(where: \.isNumber) else { return false }
        let names = DepartmentClause.names(cell.filter { !"▲★△☆".contains($0) })
        return !names.isEmpty && names.allSatisfy(DepartmentClause.looksLikeUnit)
    }

    /// A full row read by its header: 牵头单位, 责任单位 beside it, 配合单位, 完成时限.
    ///
    /// A time-limit cell that starts with other words ("—— 12月底", "市财政局 12月底") took them from
    /// the cell before it: units there cooperate.
    private func byColumns(
        _ cells: [String], _ columns: ColumnMap, parser: DeadlineParser
    ) -> (Assignment, String, [String]) {
        var deadline = columns[.deadline].map { cells[$0] } ?? ""
        var shifted: [String] = []
        let words = deadline.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if words.count > 1, let start = words.firstIndex(where: { isDeadline($0, parser: parser) }), start > 0 {
            shifted = words[..<start].flatMap(units)
            deadline = words[start...].joined()
        }
        let lead = columns[.lead].map { cells[$0] } ?? ""
        let others = [columns.otherResponsible, columns[.cooperating]].compactMap { $0 }.map { cells[$0] }
        let doubts = shifted.isEmpty ? [] : ["merged-cells"]
        if hasMarks([lead] + others) {
            return (marked([lead] + others + shifted), deadline, doubts)
        }
        let leads = units(lead)
        return (
            Assignment(
                lead: leads, cooperating: unique(others.flatMap(units) + shifted).filter { !leads.contains($0) }),
            deadline, doubts
        )
    }

    /// "一 | 推进公立医院高质量发展 | | |" or "二 深化医疗保障制度改革 | | | |" (``SectionRow``: the
    /// test sheets use), where nothing stands after the title's cell.
    private func sectionHeading(_ cells: [String], place: SourceLocation) -> SectionHeading? {
        SectionRow.heading(
            cells, sequenceColumn: 0, assignsWork: cells.dropFirst(2).contains { !$0.isEmpty },
            acceptsUnnumbered: false, place: place)
    }

    /// The departments and time limit of a row's cells after 重点工作, and the doubts about them.
    func departmentsAndDeadline(
        _ cells: [String], parser: DeadlineParser
    ) -> (Assignment, String, [String]) {
        var cells = cells
        while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        guard let lastCell = cells.last else { return (Assignment(), "", []) }
        if hasMarks(cells) {
            var deadline = ""
            if isDeadline(lastCell, parser: parser) {
                deadline = lastCell
                cells.removeLast()
            }
            return (marked(cells), deadline, [])
        }
        let words = lastCell.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        let start = words.firstIndex { isDeadline($0, parser: parser) }
        let deadline = start.map { words[$0...].joined() } ?? ""
        let before = start.map { Array(words[..<$0]) } ?? words
        let earlier = Array(cells.dropLast())
        if start == nil {
            // No time limit: the cells are responsible and cooperating in order.
            return (Assignment(lead: units(cells.first ?? ""), cooperating: cells.dropFirst().flatMap(units)), "", [])
        }
        if !before.isEmpty {
            // "市发展和改革局 12月底", "—— 12月底": the last cell holds the cooperating units too.
            let lead = unique(earlier.flatMap(units))
            let shifted = earlier.count != 1
            return (
                Assignment(lead: lead, cooperating: units(before.joined(separator: " "))), deadline,
                shifted || earlier.isEmpty ? ["merged-cells"] : []
            )
        }
        switch earlier.count {
        case 0:
            return (Assignment(), deadline, [])
        case 1:
            // Responsible and cooperating units share one cell.
            let words = earlier[0].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
            if let dash = words.firstIndex(where: CellText.isPlaceholder) {
                return (
                    Assignment(
                        lead: units(words[..<dash].joined(separator: " ")),
                        cooperating: units(words[(dash + 1)...].joined(separator: " "))), deadline, []
                )
            }
            let all = units(earlier[0])
            return (Assignment.firstLeads(all), deadline, all.count > 1 ? ["merged-cells"] : [])
        default:
            return (Assignment(lead: units(earlier[0]), cooperating: earlier.dropFirst().flatMap(units)), deadline, [])
        }
    }

    /// Whether some unit is marked as a lead: "▲市卫健局", "★市财政局", "市医保局（牵头）".
    private func hasMarks(_ cells: [String]) -> Bool {
        cells.contains { cell in DepartmentList.split(cell).contains(where: \.isMarkedLead) }
    }

    /// Units marked as leads (▲, ★, "（牵头）") lead and the others cooperate; "▲A、B，C、D" (the
    /// mark opening a group parted from the rest by "，") makes the whole group lead.
    private func marked(_ cells: [String]) -> Assignment {
        let joined = cells.filter { !$0.isEmpty }.joined(separator: "，")
        let groups = joined.split(whereSeparator: { $0 == "，" || $0 == "," }).map(String.init)
        var assignment = Assignment()
        for (index, group) in groups.enumerated() {
            let mentions = DepartmentList.split(group)
            let groupLeads =
                index == 0 && groups.count > 1 && mentions.first?.isMarkedLead == true
                && mentions.dropFirst().allSatisfy { !$0.isMarkedLead }
            for mention in mentions {
                for name in DepartmentClause.names(mention.name) {
                    if groupLeads || mention.isMarkedLead {
                        assignment.lead.append(name)
                    } else {
                        assignment.cooperating.append(name)
                    }
                }
            }
        }
        assignment.lead = unique(assignment.lead)
        assignment.cooperating = unique(assignment.cooperating).filter { !assignment.lead.contains($0) }
        return assignment
    }

    private func isDeadline(_ word: String, parser: DeadlineParser) -> Bool {
        guard !CellText.isPlaceholder(word), !DepartmentClause.looksLikeUnit(word) else { return false }
        let kind = parser.parse(word).kind
        return kind != .unparsed && kind != .none
    }

    /// The unit names of a cell: placeholders and stray fragments ("标", a wrapped character) left out.
    private func units(_ text: String) -> [String] {
        text == "同上" ? [] : unique(DepartmentClause.names(text).filter { $0.count >= 2 })
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The text without HTML left from a web page (`<p>`, `</p>`, `<br>`).
    static func withoutMarkup(_ text: String) -> String {
        var result = text
        for tag in ["<p>", "</p>", "<P>", "</P>", "<br>", "<br/>", "<br />", "&nbsp;"] {
            result = result.replacingAll(tag, with: tag == "&nbsp;" ? " " : "")
        }
        return result.trimmingLedgerWhitespace()
    }
}
