// SPDX-License-Identifier: Apache-2.0
// Reading a ledger table attached to a notice: tab-separated rows, cells merged by a PDF copy restored.

import TaizhangModel
import TaizhangSheet
import TaizhangText

/// Finds the attached ledger table (序号 | 重点工作 | 责任单位 | 配合单位 | 时限) and reads its rows.
///
/// Text copied out of a PDF or Word keeps one table row per line with its cells separated by
/// tabs, but merges neighbouring cells when a cell wraps: "市卫生健康局 市财政局\t市发展和改革局 12月底"
/// is two responsible units, one cooperating unit and a time limit in two cells. The rules:
/// the time limit is the tail of the last cell, from the first word that reads as a time limit;
/// what stands before it in that cell cooperates, and then every cell before it is responsible;
/// when the last cell is only a time limit, a row with separate responsible and cooperating cells
/// reads them as such, and a row whose units share one cell splits it at "——" if there is one,
/// else the first unit leads and the others cooperate. Such guessed rows carry a doubt.
struct TableExtractor {
    let file: String
    let year: Int?

    /// The table's title (the line above its header), header line and tasks; `nil` without a table.
    func extract(_ lines: [NoticeLine]) -> (title: String?, header: Int, tasks: [ExtractedTask])? {
        guard let headerIndex = lines.firstIndex(where: isHeader) else { return nil }
        let title = lines[..<headerIndex].last { !$0.text.isEmpty && !$0.text.contains("\t") }?.text
        // The table's own title may name the year when the notice's does not ("某市2021年…台账").
        let parser = DeadlineParser(year: year ?? title.flatMap { LedgerYear.find(in: $0.filter { $0 != " " }) })
        var tasks: [ExtractedTask] = []
        var path: [SectionHeading] = []
        var previous: LedgerTask?
        for line in lines[(headerIndex + 1)...] {
            if line.text.isEmpty { continue }
            guard line.text.contains("\t") else { break }
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false)
                .map { NoticeText.trim(String($0)) }
            let place = SourceLocation(file: file, line: line.number)
            if let heading = sectionHeading(cells, place: place) {
                path = [heading]
                previous = nil
                continue
            }
            let sequence = SequenceNumber(cells[0])
            guard sequence.isWellFormed, cells.count >= 2 else { continue }
            var (assignment, deadline, doubts) = departmentsAndDeadline(Array(cells.dropFirst(2)), parser: parser)
            var inherited: Set<LedgerField> = []
            let namesNobody = cells.dropFirst(2).allSatisfy { $0.isEmpty || isDeadline($0, parser: parser) }
            if assignment.isEmpty, namesNobody, let previous {
                // A sub-item under a merged department cell takes the departments of the item above.
                assignment = Assignment(lead: previous.lead, cooperating: previous.cooperating)
                inherited = [.lead, .cooperating]
                doubts.append("inherited-departments")
            }
            let task = LedgerTask(
                sequence: sequence, text: TableExtractor.withoutMarkup(cells[1]), lead: assignment.lead,
                cooperating: assignment.cooperating, deadline: parser.parse(deadline), inherited: inherited, source: place)
            tasks.append(ExtractedTask(sectionPath: path, task: task, doubts: doubts))
            previous = task
        }
        return (title, lines[headerIndex].number, tasks)
    }

    private func isHeader(_ line: NoticeLine) -> Bool {
        guard line.text.contains("\t") else { return false }
        let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return ColumnMap.recognize(SheetRow(number: line.number, cells: cells), at: SourceLocation(file: file),
                                   report: { _ in }) != nil
    }

    /// "一 | 推进公立医院高质量发展 | | |" or "二 深化医疗保障制度改革 | | | |".
    private func sectionHeading(_ cells: [String], place: SourceLocation) -> SectionHeading? {
        let others = cells.dropFirst(2).allSatisfy(\.isEmpty)
        let sequence = SequenceNumber(cells[0])
        if others, let style = sequence.style, style == .chinese || style == .parenthesizedChinese, cells.count > 1,
           !cells[1].isEmpty {
            return SectionHeading(sequence: sequence, title: cells[1], source: place)
        }
        if cells.dropFirst().allSatisfy(\.isEmpty), let (sequence, title) = SectionHeadingParser.split(cells[0]),
           sequence.style == .chinese || sequence.style == .parenthesizedChinese {
            return SectionHeading(sequence: sequence, title: title, source: place)
        }
        return nil
    }

    /// The departments and time limit of a row's cells after 重点工作, and the doubts about them.
    func departmentsAndDeadline(
        _ cells: [String], parser: DeadlineParser
    ) -> (Assignment, String, [String]) {
        var cells = cells
        while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        guard let lastCell = cells.last else { return (Assignment(), "", []) }
        if cells.joined().contains("▲") { return markedAssignment(cells, parser: parser) }
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
            return (Assignment(lead: lead, cooperating: units(before.joined(separator: " "))), deadline,
                    shifted || earlier.isEmpty ? ["merged-cells"] : [])
        }
        switch earlier.count {
        case 0:
            return (Assignment(), deadline, [])
        case 1:
            // Responsible and cooperating units share one cell.
            let words = earlier[0].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
            if let dash = words.firstIndex(where: CellText.isPlaceholder) {
                return (Assignment(lead: units(words[..<dash].joined(separator: " ")),
                                   cooperating: units(words[(dash + 1)...].joined(separator: " "))), deadline, [])
            }
            let all = units(earlier[0])
            return (Assignment.firstLeads(all), deadline, all.count > 1 ? ["merged-cells"] : [])
        default:
            return (Assignment(lead: units(earlier[0]), cooperating: earlier.dropFirst().flatMap(units)), deadline, [])
        }
    }

    /// "▲A、B，C、D": the marked group before the first comma leads, the units after it cooperate.
    private func markedAssignment(_ cells: [String], parser: DeadlineParser) -> (Assignment, String, [String]) {
        var deadline = ""
        var text = cells
        if let last = text.last, isDeadline(last, parser: parser) {
            deadline = last
            text.removeLast()
        }
        let joined = text.joined(separator: "，")
        let parts = joined.split(maxSplits: 1, whereSeparator: { $0 == "，" || $0 == "," }).map(String.init)
        let lead = units(parts.first?.replacingAll("▲", with: "") ?? "")
        let cooperating = parts.count > 1 ? units(parts[1].replacingAll("▲", with: "")) : []
        return (Assignment(lead: lead, cooperating: cooperating), deadline, [])
    }

    private func isDeadline(_ word: String, parser: DeadlineParser) -> Bool {
        guard !CellText.isPlaceholder(word), !DepartmentClause.looksLikeUnit(word) else { return false }
        let kind = parser.parse(word).kind
        return kind != .unparsed && kind != .none
    }

    /// The unit names of a cell: placeholders and stray fragments ("标", a wrapped character) left out.
    private func units(_ text: String) -> [String] {
        unique(DepartmentClause.names(text).filter { $0.count >= 2 })
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
