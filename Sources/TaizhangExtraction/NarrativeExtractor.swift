// SPDX-License-Identifier: Apache-2.0
// Reading the numbered items of a notice's text: headings, tasks, and who does each.

import TaizhangModel
import TaizhangText

/// Reads the narrative part of a notice as sections and tasks.
///
/// Every numbered line starts an item (items a page ran together are split first, ``RunOnItems``);
/// the lines after it that carry no number continue its text (a PDF copy wraps paragraphs
/// mid-sentence); paragraphs after a finished one are the item's when a department line, a clause
/// or another item follows them, and closing remarks after the last item. Levels come from the document itself: a kind of number
/// met for the first time opens a deeper level, one met before returns to its level. An item whose
/// next item is deeper is a heading; any other item is a task, except a short title with no
/// departments at a level where headings stand. A number typed in the wrong style ("七、" among
/// "（六）" tasks) that continues a deeper count is read at that level.
///
/// Departments: the clauses in the item's text (each clause closes one task, so an item with several
/// clauses gives several tasks), label lines after it (persons and time limits apart), or a clause
/// on a line of its own, which also goes to the items before it in its group that have none. A
/// heading's departments go to its tasks that name none. Items of 总体要求/基本原则/保障措施… that
/// name none are not tasks (a finding says so).
struct NarrativeExtractor {
    let file: String
    var year: Int?

    private struct Block {
        var number: NumberedLine
        var line: Int
        var text: String
        var labels: [(label: DepartmentLabel, names: String)] = []
        /// A department clause standing on its own line after the item.
        var after: (assignment: Assignment, convention: Bool)?
        var deadline = ""
        /// Whether a line after the numbered one continues the text.
        var continued = false
        /// Paragraphs after the item's own, kept until it is clear whether they are the item's.
        var held: [String] = []
        var doubts: [String] = []
    }

    /// The tasks of the text, and the numbered lines that became no task and are not headings.
    func extract(_ lines: [NoticeLine]) -> (tasks: [ExtractedTask], notes: [LineDoubt]) {
        var notes: [LineDoubt] = []
        var blocks = self.blocks(lines, notes: &notes)
        // "（列第一位的为牵头单位）" on a line of its own holds for the items after it.
        let conventionLine = lines.first { line in
            line.text.count <= 60 && NumberedLine(line.text) == nil && DepartmentClause.statesConvention(line.text)
        }?.number
        let levels = self.levels(&blocks)
        let headingKinds = Set(
            blocks.indices.filter { levels[$0 + 1 < blocks.count ? $0 + 1 : $0] > levels[$0] }
                .map { blocks[$0].number.kind })
        let parser = DeadlineParser(year: year)
        var tasks: [ExtractedTask] = []
        var path: [(level: Int, heading: SectionHeading, assignment: Assignment?)] = []
        var pending: [Int] = []
        var pendingLevel = -1
        var firstLeads = false
        for (index, block) in blocks.enumerated() {
            let level = levels[index]
            let place = SourceLocation(file: file, line: block.line)
            let hasChildren = index + 1 < blocks.count && levels[index + 1] > level
            path.removeAll { $0.level >= level }
            if level != pendingLevel {
                pending.removeAll()
                pendingLevel = level
            }
            if let line = conventionLine, block.line > line { firstLeads = true }
            let text = hasChildren ? block.text : body(of: block, followed: index + 1 < blocks.count)
            var clauses = DepartmentClause.clauses(in: text, firstLeads: &firstLeads)
            if clauses.isEmpty, block.labels.isEmpty, block.after == nil,
                let closing = DepartmentClause.closingSentence(in: text, firstLeads: firstLeads),
                closing.range.lowerBound > text.startIndex
            {
                clauses = [closing]
            }
            if let after = block.after, after.convention { firstLeads = true }
            let labelled = block.labels.isEmpty ? nil : DepartmentClause.assign(block.labels, firstLeads: firstLeads)
            let standing = labelled.map(\.assignment) ?? block.after?.assignment
            if hasChildren {
                let title = Self.withoutClauses(text, clauses).trimmingCharacters(of: "。；;，, ")
                let heading = SectionHeading(sequence: block.number.sequence, title: title, source: place)
                path.append((level, heading, clauses.first?.assignment ?? standing))
                pending.removeAll()
                continue
            }
            let segments = Self.segments(text, clauses: clauses)
            let assigns = !clauses.isEmpty || standing != nil
            let hasBody = text.count > block.text.count
            if !assigns, headingKinds.contains(block.number.kind), isHeadingText(block.text),
                !hasBody || Self.isGeneralTitle(block.text)
            {
                // "一、总体要求" followed by plain paragraphs: a heading with no numbered items under it.
                // A title with a body of its own at that level ("（三）加强宣传" + paragraph) is a task.
                notes.append(
                    LineDoubt(line: block.line, sequence: block.number.sequence.raw, reason: "heading-without-items"))
                pending.removeAll()
                continue
            }
            for (offset, segment) in segments.enumerated() {
                var assignment = segment.assignment ?? Assignment()
                var doubts = block.doubts
                var inherited: Set<LedgerField> = []
                if segment.assignment == nil, offset == segments.count - 1, let standing {
                    assignment = standing
                    if let labelled, labelled.slip { doubts.append("label-slip") }
                    if segments.count == 1 {
                        // One clause after a group of items serves all of them that name nobody.
                        for earlier in pending
                        where tasks[earlier].task.lead.isEmpty && tasks[earlier].task.cooperating.isEmpty {
                            tasks[earlier].task.lead = assignment.lead
                            tasks[earlier].task.cooperating = assignment.cooperating
                            tasks[earlier].doubts.removeAll { $0 == "no-departments" }
                        }
                    }
                }
                if assignment.isEmpty, let parent = path.last(where: { $0.assignment != nil })?.assignment {
                    assignment = parent
                    inherited = [.lead, .cooperating]
                    doubts.append("inherited-departments")
                }
                if assignment.isEmpty { doubts.append("no-departments") }
                let task = LedgerTask(
                    sequence: block.number.sequence, text: segment.text, lead: assignment.lead,
                    cooperating: assignment.cooperating,
                    deadline: parser.parse(block.deadline.isEmpty ? assignment.deadline : block.deadline),
                    inherited: inherited,
                    source: place)
                tasks.append(ExtractedTask(sectionPath: path.map(\.heading), task: task, doubts: doubts))
            }
            if assigns { pending.removeAll() } else { pending.append(tasks.count - 1) }
        }
        return leavingOutGeneralItems(tasks, notes: notes)
    }

    // MARK: - Items

    /// The numbered items of the text.
    private func blocks(_ lines: [NoticeLine], notes: inout [LineDoubt]) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var lastLabel: Int?
        var last: [MarkerKind: Int] = [:]
        var lastMajor: Int?
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
            lastLabel = nil
        }
        /// A label or a clause line after held paragraphs: they were the item's.
        func keepHeld() {
            guard let block = current else { return }
            current?.text = joined(block.text, block.held)
            current?.held = []
        }
        var attachments = false
        for line in lines {
            if line.text.isEmpty || line.text.contains("\t") { continue }
            // "附件：1.某市重点任务清单" / "2.某市重点项目表": titles of attachments, no tasks.
            if line.text.hasPrefix("附件") {
                attachments = true
            } else if attachments, let number = NumberedLine(line.text), isHeadingText(number.rest) {
                notes.append(LineDoubt(line: line.number, sequence: number.sequence.raw, reason: "attachment-title"))
                continue
            } else {
                attachments = false
            }
            if NarrativeExtractor.isDebris(line.text) { continue }
            let pieces = RunOnItems.split(DepartmentLabel.unbracketed(line.text), last: last)
            for (offset, text) in pieces.enumerated() {
                if let number = NumberedLine(text)?.reading(last: last, lastMajor: lastMajor) {
                    close()
                    current = Block(number: number, line: line.number, text: number.rest)
                    if number.glued { current?.doubts.append("number-before-figure") }
                    if offset > 0 { current?.doubts.append("run-on-items") }
                    last[number.kind] = number.value
                    if let major = number.major { lastMajor = major }
                    continue
                }
                guard current != nil else { continue }
                if let groups = DepartmentClause.labelGroups(text) {
                    // "牵头单位：A 配合单位：B" may share a line; persons are skipped.
                    keepHeld()
                    lastLabel = nil
                    for (label, value) in groups {
                        switch label {
                        case .person:
                            lastLabel = nil
                        case .deadline:
                            current?.deadline = value.replacingAll("、", with: "")
                            lastLabel = nil
                        case .lead, .responsible, .cooperating:
                            current?.labels.append((label, value))
                            lastLabel = (current?.labels.count ?? 1) - 1
                        }
                    }
                    continue
                }
                if let label = lastLabel, let labels = current?.labels, !labels[label].names.hasSuffix("。"),
                    text.count <= 20, DepartmentClause.names(text).allSatisfy(DepartmentClause.looksLikeUnit)
                {
                    // "人力资源" / "和社会保障局": a department line wrapped mid-name.
                    current?.labels[label].names += text
                    continue
                }
                if current?.after == nil, let clause = standingClause(text) {
                    keepHeld()
                    current?.after = clause
                    continue
                }
                guard let block = current, block.labels.isEmpty, block.after == nil else {
                    close()
                    continue
                }
                if let paragraph = block.held.last, !endsParagraph(paragraph), !isShortTitle(paragraph) {
                    current?.held[block.held.count - 1] += text
                } else if !block.held.isEmpty || endsParagraph(block.text)
                    || (!block.continued && isShortTitle(block.text))
                {
                    // A new paragraph after a finished one or after a title on its own line: whose it
                    // is depends on what follows (see `body(of:followed:)`).
                    current?.held.append(text)
                } else {
                    current?.text += text
                    current?.continued = true
                }
            }
        }
        close()
        return blocks.filter { block in
            if !block.text.isEmpty || !block.labels.isEmpty { return true }
            notes.append(LineDoubt(line: block.line, sequence: block.number.sequence.raw, reason: "empty-item"))
            return false
        }
    }

    /// An item's text with the paragraphs held after it: all but short titles when another item
    /// follows, else (closing remarks) those up to the last that assigns work.
    private func body(of block: Block, followed: Bool) -> String {
        let paragraphs = block.held.filter { !isShortTitle($0) }
        if followed { return joined(block.text, paragraphs) }
        var convention = false
        guard
            let end = paragraphs.lastIndex(where: { !DepartmentClause.clauses(in: $0, firstLeads: &convention).isEmpty }
            )
        else {
            return block.text
        }
        return joined(block.text, Array(paragraphs[...end]))
    }

    /// An item's title or first paragraph and the paragraphs after it; a title on its own line
    /// ("加强队伍建设") gets the "。" it lacks.
    private func joined(_ head: String, _ paragraphs: [String]) -> String {
        guard !paragraphs.isEmpty else { return head }
        return head + (isShortTitle(head) ? "。" : "") + paragraphs.joined()
    }

    /// "（责任单位：市直各有关单位、各县（市、区）人民政府）" or "市发改委牵头，市财政局配合。" alone on its line.
    private func standingClause(_ text: String) -> (assignment: Assignment, convention: Bool)? {
        guard let first = text.first, "（(【".contains(first) else {
            guard text.count <= 80, let closing = DepartmentClause.closingSentence(in: text, firstLeads: false),
                closing.range.lowerBound == text.startIndex
            else { return nil }
            return (closing.assignment, closing.setsConvention)
        }
        var convention = false
        let clauses = DepartmentClause.clauses(in: text, firstLeads: &convention)
        guard let clause = clauses.first, clauses.count == 1, clause.range.lowerBound == text.startIndex,
            text[clause.range.upperBound...].allSatisfy({ "。；; ".contains($0) })
        else { return nil }
        return (clause.assignment, clause.setsConvention)
    }

    /// The level of each item, from the order in which the notice uses its kinds of numbers.
    private func levels(_ blocks: inout [Block]) -> [Int] {
        var stack: [MarkerKind] = []
        var lastValue: [MarkerKind: Int] = [:]
        var levels: [Int] = []
        for index in blocks.indices {
            let number = blocks[index].number
            var kind = number.kind
            let readsAsTask =
                blocks[index].text.contains("。") || !blocks[index].labels.isEmpty || blocks[index].after != nil
            if readsAsTask, let position = stack.firstIndex(of: kind), position < stack.count - 1,
                number.value != (lastValue[kind] ?? 0) + 1,
                let deeper = stack[(position + 1)...].last(where: { (lastValue[$0] ?? -1) + 1 == number.value })
            {
                // "七、" among "（六）" items: the count of the deeper level goes on, so it is one of them.
                kind = deeper
                blocks[index].doubts.append("heading-style")
            }
            if let position = stack.firstIndex(of: kind) {
                stack.removeSubrange((position + 1)...)
            } else {
                stack.append(kind)
            }
            lastValue[kind] = number.value
            levels.append(stack.count - 1)
        }
        return levels
    }

    /// An item's text cut at its clauses: each clause closes the text before it; a clause at the
    /// very start serves the text after it; text after a clause that cut a sentence ("…工作（牵头
    /// 单位：X），确保…") goes on with the task before; other text after the last clause is a task
    /// of its own when it is a sentence, else it joins the last one.
    private static func segments(
        _ text: String, clauses: [DepartmentClause.Found]
    ) -> [(text: String, assignment: Assignment?)] {
        var segments: [(text: String, assignment: Assignment?)] = []
        var leading: Assignment?
        var cursor = text.startIndex
        func merge(_ assignment: Assignment, into other: Assignment?) -> Assignment {
            guard var other else { return assignment }
            other.lead += assignment.lead
            other.cooperating += assignment.cooperating
            if other.deadline.isEmpty { other.deadline = assignment.deadline }
            return other
        }
        /// Whether text after a clause carries on the sentence the clause cut.
        func carriesOn(_ raw: Substring) -> Bool {
            guard let first = raw.trimmingLedgerWhitespace().first, let last = segments.last?.text.last else {
                return false
            }
            return "，,、".contains(first) && !"。；;！？".contains(last)
        }
        for clause in clauses {
            let raw = text[cursor..<clause.range.lowerBound]
            let piece = String(raw).trimmingLedgerWhitespace().trimmingLeading(of: "。；;，,、")
            if piece.trimmingCharacters(of: "。；;，,、 \u{3000}").isEmpty {
                if segments.isEmpty {
                    leading = merge(clause.assignment, into: leading)
                } else {
                    // Two clauses side by side ("（牵头单位：A）（配合单位：B）") assign one task.
                    segments[segments.count - 1].assignment = merge(
                        clause.assignment, into: segments[segments.count - 1].assignment)
                }
            } else if carriesOn(raw) {
                segments[segments.count - 1].text += "，" + piece
                segments[segments.count - 1].assignment = merge(
                    clause.assignment, into: segments[segments.count - 1].assignment)
            } else {
                segments.append((piece, clause.assignment))
            }
            cursor = clause.range.upperBound
        }
        let raw = text[cursor...]
        let rest = String(raw).trimmingLedgerWhitespace().trimmingLeading(of: "。；;，,、")
        if !rest.trimmingCharacters(of: "。；;，,、 ").isEmpty {
            if carriesOn(raw) {
                segments[segments.count - 1].text += "，" + rest
            } else if segments.isEmpty || rest.count >= 8 {
                segments.append((rest, leading))
                leading = nil
            } else {
                segments[segments.count - 1].text += rest
            }
        }
        if segments.isEmpty { segments.append(("", leading)) }
        return segments
    }

    private static func withoutClauses(_ text: String, _ clauses: [DepartmentClause.Found]) -> String {
        var result = text
        for clause in clauses.reversed() { result.removeSubrange(clause.range) }
        return result.trimmingLedgerWhitespace()
    }

    /// Whether a block's text ends where a paragraph ends: with "。" or a department parenthesis.
    private func endsParagraph(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "。" || last == "）" || last == ")" || last == "！" || last == "；"
    }

    /// "总体要求", "加强组织领导": a title on its own line, too short to have been wrapped.
    private func isShortTitle(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 16 && !text.contains { "。，,；;、：:".contains($0) }
    }

    private func isHeadingText(_ text: String) -> Bool {
        let body = text.trimmingCharacters(of: "。 ")
        return !body.contains("。") && body.count <= 40
    }

    // MARK: - General parts

    private static let generalTitles = [
        "总体要求", "指导思想", "基本原则", "工作原则", "主要目标", "工作目标", "发展目标", "总体目标", "工作要求", "保障措施",
        "组织保障", "组织实施", "实施步骤", "适用范围", "有关要求", "其他事项", "进度安排", "时间安排",
    ]

    /// Whether a heading names a general part of a notice ("总体要求", "保障措施和工作要求"), or,
    /// with `exactly`, whether an item's title is one ("基本原则。坚持…", not "组织实施好重大项目").
    static func isGeneralTitle(_ title: String, exactly: Bool = false) -> Bool {
        let head = title.split(whereSeparator: { "。，,：:".contains($0) }).first.map(String.init) ?? title
        return head.count <= 12 && generalTitles.contains { exactly ? head == $0 : head.contains($0) }
    }

    /// Items of a general part (总体要求, 基本原则, 保障措施…) that name no department: not tasks
    /// (../shared/notices/real/README.md); each is a finding naming its line.
    private func leavingOutGeneralItems(
        _ tasks: [ExtractedTask], notes: [LineDoubt]
    ) -> (tasks: [ExtractedTask], notes: [LineDoubt]) {
        var notes = notes
        let kept = tasks.filter { task in
            let named = !task.task.lead.isEmpty || !task.task.cooperating.isEmpty
            let general =
                task.sectionPath.contains { NarrativeExtractor.isGeneralTitle($0.title) }
                || NarrativeExtractor.isGeneralTitle(task.task.text, exactly: true)
            guard !named, general else { return true }
            notes.append(
                LineDoubt(line: task.task.source?.line ?? 0, sequence: task.task.sequence.raw, reason: "general-item"))
            return false
        }
        return (kept, notes.sorted { $0.line < $1.line })
    }

    /// Lines a web page or a print adds around the notice.
    static func isDebris(_ text: String) -> Bool {
        let debris = [
            "扫一扫在手机打开当前页", "打印", "关闭窗口", "浏览次数", "字体：", "字体:", "分享到", "Baidu",
            "政府信息公开", "政策文件", "【打印", "【关闭", "来源:", "来源：", "发布时间",
        ]
        return text.hasPrefix("•") || debris.contains { text.hasPrefix($0) } || text == "附件" || isPageNumber(text)
    }

    /// "— 3 —", "-12-", "第 3 页": a page number printed between the lines of a paragraph.
    static func isPageNumber(_ text: String) -> Bool {
        let core = text.filter { !"—－-–第页共 \u{3000}".contains($0) }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy(\.isNumber) && core.count < text.count
    }
}

extension String {
    /// Characters of `set` removed from the start.
    func trimmingLeading(of set: String) -> String {
        String(drop { set.contains($0) }).trimmingLedgerWhitespace()
    }
}
