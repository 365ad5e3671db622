// SPDX-License-Identifier: Apache-2.0
// Table recognition shared by every reader: title rows, header, section rows, tasks, footer.

import TaizhangModel
import TaizhangText

/// What the decoder made of a sheet.
public struct DecodedLedger: Sendable {
    /// The ledger's heading facts (title, year, 文号, extra columns); its body holds the sections
    /// and tasks only when a ``LedgerTreeBuilder`` collected them from the events.
    public var ledger: Ledger
    /// What the decoder noticed: header problems, blank and ragged rows.
    public var findings: [Finding]
    /// The header row's number, when one was found.
    public var headerRow: Int?
    /// The header's columns, when one was found.
    public var columns: ColumnMap?
    /// The sheet's name, for workbooks.
    public var sheetName: String?
    /// How many tasks the sheet has.
    public var taskCount: Int
    /// How many section rows the sheet has.
    public var sectionCount: Int

    /// Creates an outcome, for events that come from elsewhere than the decoder.
    public init(
        ledger: Ledger, findings: [Finding] = [], headerRow: Int? = nil, columns: ColumnMap? = nil,
        sheetName: String? = nil, taskCount: Int, sectionCount: Int
    ) {
        self.ledger = ledger
        self.findings = findings
        self.headerRow = headerRow
        self.columns = columns
        self.sheetName = sheetName
        self.taskCount = taskCount
        self.sectionCount = sectionCount
    }
}

/// Turns the rows of any sheet into ledger events (LEDGER-SPEC §2).
///
/// Rows are consumed one at a time and each becomes at most one ``LedgerEvent``; the decoder keeps
/// a few title rows and the open section headings, never the sheet or its tasks. Up to several title rows may stand above the
/// header, which is the first row naming at least the sequence and key-task fields. After it, a
/// row whose sequence is a Chinese numeral and that names no department opens a section, and so
/// does a row whose only text is a numbered heading ("二 深化医疗保障制度改革", merged across).
/// Blank rows and rows of "——" are skipped; a footer ("填报人：…") ends the table.
public struct LedgerDecoder {
    /// How to decode.
    public struct Options: Sendable {
        /// The ledger year, when the title has none or the user says otherwise.
        public var year: Int?
        /// Creates options.
        public init(year: Int? = nil) {
            self.year = year
        }
    }

    private enum Phase {
        case preamble
        /// A header was found; the next row may be the second line of a two-level header.
        case header(ColumnMap, row: SheetRow, findings: [Finding])
        case table(ColumnMap)
        case footer
    }

    private let file: String
    private let sheetName: String?
    private let options: Options
    private var inheritance: MergeInheritance
    private var phase = Phase.preamble
    private var headingLines: [String] = []
    private var headerRow: Int?
    private var findings: [Finding] = []
    private var pendingBlankRows: [SheetRow] = []
    /// The open sections, outermost first, with the rank of their numeral's style.
    private var openSections: [(rank: Int, heading: SectionHeading)] = []
    /// The last row read when it was a heading without a number: with the header printed again
    /// right under it, it is the title of a second ledger stacked in the sheet.
    private var unnumberedHeading: (row: SheetRow, title: String)?
    private var year: Int?
    private var columns: ColumnMap?
    private let onEvent: (LedgerEvent) -> Void
    private var interpretations: InterpretationCache
    /// The headings above the next task, kept until a section opens or closes.
    private var sectionPath: [SectionHeading]?
    private var taskCount = 0
    private var sectionCount = 0
    /// The number of the last row inside the table.
    private var previousRow: Int?
    /// At most this many skipped row numbers in a row count as blank rows (a gap of thousands is
    /// a sheet with something far below, not thousands of findings).
    static let skippedRowLimit = 100

    /// Creates a decoder for one sheet.
    ///
    /// - Parameters:
    ///   - file: the file as the user named it, for locations.
    ///   - sheetName: the sheet's name in a workbook.
    ///   - merges: the sheet's merged ranges; vertically merged cells pass their value down.
    ///   - options: the ledger year and other choices.
    ///   - onEvent: receives the header, each section and each task as they are decoded.
    public init(
        file: String, sheetName: String? = nil, merges: [CellRange] = [], options: Options = Options(),
        onEvent: @escaping (LedgerEvent) -> Void
    ) {
        self.file = file
        self.sheetName = sheetName
        self.options = options
        self.inheritance = MergeInheritance(merges: merges)
        self.year = options.year
        self.onEvent = onEvent
        self.interpretations = InterpretationCache(year: options.year)
    }

    /// Decodes a whole sheet held in memory into a ledger with its sections and tasks.
    public static func decode(_ sheet: Sheet, options: Options = Options()) -> DecodedLedger {
        let tree = LedgerTreeBuilder()
        var decoder = LedgerDecoder(file: sheet.file, sheetName: sheet.name, merges: sheet.merges, options: options) {
            tree.receive($0)
        }
        for row in sheet.rows { decoder.consume(row) }
        return tree.collected(decoder.finish())
    }

    /// Takes the next row of the sheet; rows must come in order.
    public mutating func consume(_ row: SheetRow) {
        if !row.uncachedFormulas.isEmpty {
            let cells = row.uncachedFormulas.prefix(8).map { SourceLocation.columnLetters($0 + 1) + String(row.number) }
            note(
                Finding(
                    .uncachedFormula, at: location(row: row, column: row.uncachedFormulas[0]),
                    arguments: ["cells": cells.joined(separator: ", ")]))
        }
        var row = row
        let inherited = inheritance.apply(to: &row)
        switch phase {
        case .preamble:
            consumePreamble(row)
        case .header(let columns, let headerRow, let headerFindings):
            var refinedFindings: [Finding] = []
            if let refined = columns.refined(
                by: row, at: location(row: headerRow), report: { refinedFindings.append($0) })
            {
                // 责任单位 merged over 牵头单位 | 配合单位: the second line names the columns.
                startTable(refined, row: headerRow, findings: refinedFindings)
                previousRow = row.number
                return
            }
            startTable(columns, row: headerRow, findings: headerFindings)
            consumeTableRow(row, columns: columns, inherited: inherited)
        case .table(let columns):
            consumeTableRow(row, columns: columns, inherited: inherited)
        case .footer:
            break
        }
    }

    /// Ends the sheet and returns the ledger with everything noticed.
    public mutating func finish() -> DecodedLedger {
        if case .header(let columns, let row, let headerFindings) = phase {
            startTable(columns, row: row, findings: headerFindings)
        }
        if case .preamble = phase {
            note(Finding(.headerNotFound, at: location(row: nil)))
        } else if taskCount == 0 {
            note(Finding(.noTasks, at: SourceLocation(file: file, sheet: sheetName, row: headerRow)))
        }
        return DecodedLedger(
            ledger: heading, findings: findings, headerRow: headerRow, columns: columns,
            sheetName: sheetName, taskCount: taskCount, sectionCount: sectionCount)
    }

    /// The ledger's heading facts as known from the title rows and the header.
    private var heading: Ledger {
        Ledger(
            title: headingLines.first,
            subtitle: headingLines.dropFirst().first,
            year: year,
            documentNumber: headingLines.lazy.compactMap(DocumentNumber.find).first,
            extraColumns: columns?.extras.map(\.title) ?? []
        )
    }

    /// Tells what the reader noticed about the file before its rows (it is kept with the findings).
    public mutating func report(_ finding: Finding) {
        note(finding)
    }

    /// Keeps a finding for the outcome and tells the sinks at once, in row order.
    private mutating func note(_ finding: Finding) {
        findings.append(finding)
        onEvent(.finding(finding))
    }

    private func location(row: SheetRow?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheetName, row: row?.number, column: column.map { $0 + 1 }, line: row?.line)
    }

    // MARK: - Above the header

    private mutating func consumePreamble(_ row: SheetRow) {
        var headerFindings: [Finding] = []
        if let columns = ColumnMap.recognize(row, at: location(row: row), report: { headerFindings.append($0) }) {
            phase = .header(columns, row: row, findings: headerFindings)
            return
        }
        // A title or subtitle row: its distinct non-empty text (a merged title stands in one cell).
        let texts = row.cells.map(CellText.clean).filter { !$0.isEmpty }
        guard headingLines.count < 3, let first = texts.first else { return }
        headingLines.append(texts.count == 1 ? first : texts.joined(separator: " "))
    }

    /// The table starts under its header: its findings, then the header event.
    private mutating func startTable(_ columns: ColumnMap, row: SheetRow, findings headerFindings: [Finding]) {
        headerFindings.forEach { note($0) }
        phase = .table(columns)
        self.columns = columns
        headerRow = row.number
        previousRow = row.number
        if year == nil {
            year = headingLines.lazy.compactMap(LedgerYear.find).first
            interpretations = InterpretationCache(year: year)
        }
        let optional: Set<LedgerField> = [.progress, .status, .remarks]
        onEvent(
            .header(
                LedgerHeader(
                    heading: heading, columns: columns,
                    optionalFields: optional.filter { columns[$0] != nil }, row: row,
                    source: location(row: row), carriesIdentifiers: columns.identifier != nil)))
    }

    // MARK: - The table

    private mutating func consumeTableRow(_ row: SheetRow, columns: ColumnMap, inherited: Set<Int>) {
        // A workbook leaves empty rows out of its XML: the row numbers it skips are blank rows too.
        if let previous = previousRow, row.number > previous + 1, row.line == nil {
            for number in (previous + 1)..<min(row.number, previous + 1 + LedgerDecoder.skippedRowLimit) {
                pendingBlankRows.append(SheetRow(number: number, cells: []))
            }
        }
        previousRow = row.number
        let values = row.cells.map(CellText.clean)
        var nonEmpty: [Int] = []
        nonEmpty.reserveCapacity(values.count)
        for index in values.indices where !CellText.isPlaceholder(values[index]) { nonEmpty.append(index) }
        if nonEmpty.isEmpty {
            pendingBlankRows.append(row)
            return
        }
        // The header printed again at a page break (a sheet pasted from a printout): not a task.
        // Under a heading without a number it starts a second ledger, which the clerk should know.
        if columns.repeatsHeader(values) {
            if let title = unnumberedHeading {
                note(Finding(.stackedLedgers, at: location(row: title.row), arguments: ["title": title.title]))
                unnumberedHeading = nil
            }
            return
        }
        unnumberedHeading = nil
        if isFooter(values, nonEmpty: nonEmpty) {
            phase = .footer
            pendingBlankRows.removeAll()
            return
        }
        for blank in pendingBlankRows {
            note(Finding(.blankRow, at: location(row: blank)))
        }
        pendingBlankRows.removeAll()
        let sequence = SequenceNumber(values[safe: columns[.sequence] ?? 0])
        if let heading = sectionHeading(values, nonEmpty: nonEmpty, columns: columns, row: row) {
            open(heading, row: row)
            if heading.sequence.isEmpty { unnumberedHeading = (row, heading.title) }
            return
        }
        appendTask(
            values, sequence: columns[.sequence] == nil ? .empty : sequence, columns: columns, row: row,
            inherited: inherited)
    }

    private static let footerPrefixes = [
        "填报人", "填表人", "联系人", "联系电话", "审核人", "审核：", "负责人", "单位负责人",
        "制表人", "填报日期", "填表日期", "分管领导", "签字", "盖章", "注：", "注:", "说明：",
    ]

    private static let foldedFooterPrefixes = footerPrefixes.map(\.halfWidthFolded)
    private static let footerInitials = Set(foldedFooterPrefixes.compactMap(\.unicodeScalars.first))

    private func isFooter(_ values: [String], nonEmpty: [Int]) -> Bool {
        guard nonEmpty.count <= 4, let first = nonEmpty.first,
            let initial = values[first].unicodeScalars.first, LedgerDecoder.footerInitials.contains(initial)
        else { return false }
        let text = values[first].halfWidthFolded
        return LedgerDecoder.foldedFooterPrefixes.contains { text.hasPrefix($0) }
    }

    /// The heading of a section row, or `nil` for a task row (``SectionRow``).
    private func sectionHeading(_ values: [String], nonEmpty: [Int], columns: ColumnMap, row: SheetRow)
        -> SectionHeading?
    {
        let assignsWork = [LedgerField.lead, .cooperating, .deadline].contains { field in
            columns[field].map(nonEmpty.contains) ?? false
        }
        return SectionRow.heading(
            values, sequenceColumn: columns[.sequence] ?? 0, assignsWork: assignsWork, place: location(row: row))
    }

    /// Opens a section, closing the open ones of the same or a deeper rank, and says so.
    private mutating func open(_ heading: SectionHeading, row: SheetRow) {
        let rank = heading.sequence.style?.rank ?? 1
        while let last = openSections.last, last.rank >= rank { openSections.removeLast() }
        openSections.append((rank, heading))
        sectionPath = nil
        sectionCount += 1
        onEvent(.section(heading, depth: openSections.count, row: row))
    }

    private mutating func appendTask(
        _ values: [String], sequence: SequenceNumber, columns: ColumnMap, row: SheetRow, inherited: Set<Int>
    ) {
        func text(_ field: LedgerField) -> String { columns[field].map { values[safe: $0] } ?? "" }

        if let sectionColumn = columns[.section], let name = CellText.value(values[safe: sectionColumn]) {
            openSectionFromColumn(name, row: row)
        }
        let (lead, cooperating) = departments(values, columns: columns)

        var extra: [String: String] = [:]
        for column in columns.extras {
            if let value = CellText.value(values[safe: column.column]) { extra[column.title] = value }
        }
        if values.count > columns.width {
            let beyond = values.indices.filter { $0 >= columns.width && !CellText.isPlaceholder(values[$0]) }
            if !beyond.isEmpty {
                let letters = beyond.map { SourceLocation.columnLetters($0 + 1) }
                for (column, letter) in zip(beyond, letters) { extra[letter] = values[column] }
                // The message names a few cells and counts the rest: a row of 20,000 cells is one line.
                let named =
                    letters.prefix(8).joined(separator: ", ") + (letters.count > 8 ? " … (\(letters.count))" : "")
                note(Finding(.raggedRow, at: location(row: row), arguments: ["cells": named]))
            }
        }

        var inheritedFields: Set<LedgerField> = []
        if !inherited.isEmpty {
            for (field, column) in columns.columns where inherited.contains(column) {
                inheritedFields.insert(field)
            }
        }
        let task = LedgerTask(
            sequence: sequence,
            text: text(.task),
            lead: lead,
            cooperating: cooperating,
            deadline: interpretations.deadline(text(.deadline)),
            progress: CellText.value(text(.progress)),
            status: CellText.value(text(.status)),
            remarks: CellText.value(text(.remarks)),
            extra: extra,
            inherited: inheritedFields,
            source: location(row: row),
            id: columns.identifier.flatMap { CellText.value(values[safe: $0]) }
        )
        if sectionPath == nil { sectionPath = openSections.map(\.heading) }
        taskCount += 1
        onEvent(.task(TaskEntry(sectionPath: sectionPath ?? [], task: task), row: row))
    }

    /// The lead and cooperating names of a row. Names marked "▲" or "（牵头）" lead, and where a
    /// lead cell marks some names, its unmarked ones cooperate.
    private mutating func departments(_ values: [String], columns: ColumnMap) -> (lead: [String], cooperating: [String])
    {
        let leadCell = interpretations.departments(columns[.lead].map { values[safe: $0] } ?? "")
        var cooperatingCell = interpretations.departments(columns[.cooperating].map { values[safe: $0] } ?? "")
        if let other = columns.otherResponsible {
            let others = interpretations.departments(values[safe: other])
            cooperatingCell = DepartmentCell(
                mentions: others.mentions + cooperatingCell.mentions,
                names: others.names + cooperatingCell.names,
                hasMarks: others.hasMarks || cooperatingCell.hasMarks)
        }
        guard leadCell.hasMarks || cooperatingCell.hasMarks else { return (leadCell.names, cooperatingCell.names) }
        var lead = leadCell.mentions
        var cooperating = cooperatingCell.mentions
        if lead.contains(where: \.isMarkedLead), lead.contains(where: { !$0.isMarkedLead }) {
            cooperating = lead.filter { !$0.isMarkedLead } + cooperating
            lead = lead.filter(\.isMarkedLead)
        }
        if cooperating.contains(where: \.isMarkedLead) {
            lead += cooperating.filter(\.isMarkedLead)
            cooperating = cooperating.filter { !$0.isMarkedLead }
        }
        return (lead.map(\.name), cooperating.map(\.name))
    }

    /// A 所属板块 column: a new value opens a top-level section of that name.
    private mutating func openSectionFromColumn(_ name: String, row: SheetRow) {
        let title = SectionHeadingParser.title(name)
        if openSections.first?.heading.title == title { return }
        let sequence = SectionHeadingParser.split(name)?.sequence ?? .empty
        openSections.removeAll()
        open(SectionHeading(sequence: sequence, title: title, source: location(row: row)), row: row)
    }
}

extension Array where Element == String {
    /// The element at an index, or "" past the end.
    subscript(safe index: Int) -> String {
        index >= 0 && index < count ? self[index] : ""
    }
}
