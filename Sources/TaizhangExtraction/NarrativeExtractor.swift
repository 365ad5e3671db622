// SPDX-License-Identifier: Apache-2.0
// Reading the numbered tasks of a notice's text: headings, task paragraphs, and who does each.

import TaizhangModel
import TaizhangText

/// Reads the narrative part of a notice as sections and tasks.
///
/// Every numbered line starts a block; the lines after it that carry no number continue its text
/// (a PDF copy wraps paragraphs mid-sentence) until a blank-separated paragraph that starts a new
/// thought, a department line, or the next number. A block is a section heading when its text is
/// short, has no "。", and the next block is numbered one level deeper; otherwise it is a task. A
/// heading in the wrong style ("七、" among "（六）" tasks) that continues the tasks' count and
/// reads as a task is taken as one. The departments are the block's "责任单位：/配合单位：" lines
/// or its trailing parenthesis; a "列在第一位的为牵头单位，下同" convention holds from where it is stated.
struct NarrativeExtractor {
    let file: String

    private struct Block {
        var number: NumberedLine
        var line: Int
        var text: String
        var labels: [(label: DepartmentClause.Label, names: String)] = []
        var closed = false
    }

    func extract(_ lines: [NoticeLine]) -> [ExtractedTask] {
        let blocks = self.blocks(lines)
        var tasks: [ExtractedTask] = []
        var path: [(rank: Int, heading: SectionHeading)] = []
        var firstLeads = false
        var taskStyle: SequenceNumber.Style?
        var lastTaskValue = 0
        for (index, block) in blocks.enumerated() {
            let next = blocks.dropFirst(index + 1).first
            let place = SourceLocation(file: file, line: block.line)
            var style = block.number.style
            var doubts: [String] = []
            let isHeading = isHeadingText(block.text) && block.labels.isEmpty
                && (next.map { $0.number.style.rank > block.number.style.rank } ?? false)
            if !isHeading, let taskStyle, style != taskStyle, block.number.value == lastTaskValue + 1,
               block.text.contains("。") {
                // "七、加强…。" among "（六）" tasks: a task whose number was typed in the wrong style.
                doubts.append("heading-style")
                style = taskStyle
            }
            if isHeading {
                let rank = block.number.style.rank
                path.removeAll { $0.rank >= rank }
                path.append((rank, SectionHeading(sequence: block.number.sequence, title: block.text, source: place)))
                continue
            }
            taskStyle = style
            lastTaskValue = block.number.value
            var text = block.text
            var assignment = Assignment()
            if !block.labels.isEmpty {
                let (labelled, slip) = assign(block.labels, firstLeads: firstLeads)
                assignment = labelled
                if slip { doubts.append("label-slip") }
            } else if let clause = DepartmentClause.trailingParenthesis(text, firstLeads: firstLeads) {
                text = clause.text
                assignment = clause.assignment
                if clause.setsConvention { firstLeads = true }
            }
            if assignment.isEmpty { doubts.append("no-departments") }
            let task = LedgerTask(
                sequence: block.number.sequence, text: text, lead: assignment.lead,
                cooperating: assignment.cooperating, deadline: .none, source: place)
            tasks.append(ExtractedTask(sectionPath: path.map(\.heading), task: task, doubts: doubts))
        }
        return tasks
    }

    /// The numbered blocks of the text.
    private func blocks(_ lines: [NoticeLine]) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var lastLabel: Int?
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
            lastLabel = nil
        }
        for line in lines {
            let text = line.text
            if text.isEmpty || text.contains("\t") || NarrativeExtractor.isDebris(text) { continue }
            if let number = NumberedLine(text) {
                close()
                current = Block(number: number, line: line.number, text: number.rest)
                continue
            }
            guard current != nil else { continue }
            if let (label, names) = DepartmentClause.labelLine(text) {
                current?.labels.append((label, names))
                lastLabel = (current?.labels.count ?? 1) - 1
                continue
            }
            if let label = lastLabel, let labels = current?.labels, !labels[label].names.hasSuffix("。"),
               text.count <= 20, DepartmentClause.names(text).allSatisfy(DepartmentClause.looksLikeUnit) {
                // "人力资源" / "和社会保障局": a department line wrapped mid-name.
                current?.labels[label].names += text
                continue
            }
            guard let block = current, block.labels.isEmpty, !block.closed else {
                close()
                continue
            }
            if endsParagraph(block.text) {
                // A new paragraph after a finished one is no part of the task (closing remarks).
                current?.closed = true
                close()
                continue
            }
            current?.text += text
        }
        close()
        return blocks.filter { !$0.text.isEmpty }
    }

    /// Whether a block's text ends where a paragraph ends: with "。" or a department parenthesis.
    private func endsParagraph(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "。" || last == "）" || last == ")" || last == "！" || last == "；"
    }

    private func isHeadingText(_ text: String) -> Bool {
        !text.contains("。") && text.count <= 40
    }

    /// The lead and cooperating units of 责任单位/配合单位 lines; a block whose lines all say
    /// 配合单位 (a slip of the notice) takes its first line as the lead.
    private func assign(
        _ labels: [(label: DepartmentClause.Label, names: String)], firstLeads: Bool
    ) -> (Assignment, Bool) {
        var assignment = Assignment()
        let hasLead = labels.contains { $0.label != .cooperating }
        let hasExplicitLead = labels.contains { $0.label == .lead }
        for (index, entry) in labels.enumerated() {
            let names = DepartmentClause.names(entry.names)
            switch entry.label {
            case .lead:
                assignment.lead += names
            case .responsible:
                if hasExplicitLead {
                    assignment.cooperating += names
                } else if firstLeads {
                    let split = Assignment.firstLeads(names)
                    assignment.lead += split.lead
                    assignment.cooperating += split.cooperating
                } else {
                    assignment.lead += names
                }
            case .cooperating:
                if !hasLead, index == 0, labels.count > 1 {
                    assignment.lead += names
                } else {
                    assignment.cooperating += names
                }
            }
        }
        return (assignment, !hasLead && labels.count > 1)
    }

    /// Lines a web page or a print adds around the notice.
    static func isDebris(_ text: String) -> Bool {
        let debris = ["扫一扫在手机打开当前页", "打印", "关闭窗口", "浏览次数", "字体：", "字体:", "分享到", "Baidu",
                      "政府信息公开", "政策文件", "【打印", "【关闭", "来源:", "来源：", "发布时间"]
        return text.hasPrefix("•") || debris.contains { text.hasPrefix($0) } || text == "附件"
    }
}
