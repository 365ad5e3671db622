// SPDX-License-Identifier: Apache-2.0
// The departments a notice names for a task, in each convention notices use (LEDGER-SPEC §3).

import Foundation
import TaizhangModel
import TaizhangText

/// Who leads and who cooperates, as a notice states it.
struct Assignment: Equatable {
    var lead: [String] = []
    var cooperating: [String] = []

    var isEmpty: Bool { lead.isEmpty && cooperating.isEmpty }

    /// The first name leads, the others cooperate ("列在第一位的为牵头单位").
    static func firstLeads(_ names: [String]) -> Assignment {
        Assignment(lead: Array(names.prefix(1)), cooperating: Array(names.dropFirst()))
    }
}

/// Reads department clauses: "责任单位：…" lines and trailing parentheses such as
/// "（市医保局、市卫生健康委、市财政局等按职责分工负责）".
enum DepartmentClause {
    /// The label of a department line, and whether it names the lead.
    enum Label: Equatable {
        case lead, responsible, cooperating
    }

    private static let labels: [(String, Label)] = [
        ("牵头单位", .lead), ("牵头部门", .lead), ("责任单位", .responsible), ("责任部门", .responsible),
        ("主责单位", .responsible), ("配合单位", .cooperating), ("配合部门", .cooperating), ("协办单位", .cooperating),
        ("参与单位", .cooperating), ("协同单位", .cooperating),
    ]

    /// A line "责任单位：市卫生健康局、财政局" as its label and the names text after the colon.
    static func labelLine(_ text: String) -> (label: Label, names: String)? {
        for (word, label) in labels where text.hasPrefix(word) {
            var rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "\u{3000}" }
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            rest = rest.dropFirst()
            return (label, String(rest).trimmingLedgerWhitespace())
        }
        return nil
    }

    /// The names of a list: split on 、，,；; and spaces, "等…" cut off, placeholders dropped.
    static func names(_ text: String) -> [String] {
        var names: [String] = []
        for name in DepartmentList.names(text) {
            // "市卫生健康委等市医改领导小组成员单位": both are named; "市财政局等" is one.
            let parts = name.split(separator: "等", omittingEmptySubsequences: true).map(String.init)
            for part in parts where !part.isEmpty && !names.contains(part) { names.append(part) }
        }
        return names
    }

    /// The trailing department parenthesis of a task's text, and the text without it.
    ///
    /// Recognised when the last bracketed group ends the paragraph (a "。" after it is allowed) and
    /// says who is responsible: it holds 负责 or a unit label, or it is a list of unit names.
    /// `firstLeads` is the convention in force ("列在第一位的为牵头单位"); a parenthesis that
    /// states it (with "下同") turns it on for the tasks after.
    static func trailingParenthesis(
        _ text: String, firstLeads: Bool
    ) -> (text: String, assignment: Assignment, setsConvention: Bool)? {
        var body = Substring(text)
        while let last = body.last, last == "。" || last == "；" || last == " " { body = body.dropLast() }
        guard let last = body.last, last == "）" || last == ")" else { return nil }
        var depth = 0
        var open: Substring.Index?
        var index = body.index(before: body.endIndex)
        while true {
            let character = body[index]
            if character == "）" || character == ")" { depth += 1 }
            if character == "（" || character == "(" {
                depth -= 1
                if depth == 0 { open = index; break }
            }
            if index == body.startIndex { break }
            index = body.index(before: index)
        }
        guard let open else { return nil }
        let inner = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
        guard let (assignment, convention) = parse(inner, firstLeads: firstLeads) else { return nil }
        return (String(body[..<open]).trimmingLedgerWhitespace(), assignment, convention)
    }

    /// The assignment a parenthesis states, or `nil` when it is not about departments.
    static func parse(_ inner: String, firstLeads: Bool) -> (Assignment, Bool)? {
        var content = inner.trimmingLedgerWhitespace()
        let statesConvention = content.contains("列在第一位的为牵头单位") || content.contains("排在第一位的为牵头单位")
            || content.contains("第一个为牵头单位")
        for phrase in ["列在第一位的为牵头单位", "排在第一位的为牵头单位", "第一个为牵头单位", "下同"] {
            content = content.replacingAll(phrase, with: "")
        }
        // Labelled parts: "牵头单位：A；配合单位：B", "责任单位：A、B".
        let segments = content.split(whereSeparator: { $0 == "；" || $0 == ";" || $0 == "。" }).map(String.init)
        var assignment = Assignment()
        var labelled = false
        for segment in segments {
            let trimmed = segment.trimmingLedgerWhitespace().trimmingCharacters(of: "，,、")
            guard let (label, text) = labelLine(trimmed) else { continue }
            labelled = true
            let names = self.names(stripDuty(text))
            switch label {
            case .lead: assignment.lead += names
            case .cooperating: assignment.cooperating += names
            case .responsible:
                if firstLeads || statesConvention {
                    let split = Assignment.firstLeads(names)
                    assignment.lead += split.lead
                    assignment.cooperating += split.cooperating
                } else {
                    assignment.lead += names
                }
            }
        }
        if labelled { return (assignment, statesConvention) }
        // "市医保局、市卫生健康委、市财政局等按职责分工负责": the first leads, the rest cooperate.
        guard content.contains("负责") || content.contains("牵头") else {
            let names = self.names(content)
            guard !names.isEmpty, names.allSatisfy(looksLikeUnit) else { return nil }
            return (Assignment.firstLeads(names), statesConvention)
        }
        var marked: [String] = []
        var rest = stripDuty(content)
        if let range = rest.range(of: "牵头") {
            // "市财政局牵头，市人社局配合": the part before 牵头 leads.
            marked = names(String(rest[..<range.lowerBound]))
            rest = String(rest[range.upperBound...]).replacingAll("配合", with: "")
        }
        let names = self.names(rest)
        // With "负责" stated, most names must read as units ("遂宁海关" need not).
        let all = marked + names
        guard !all.isEmpty, all.filter(looksLikeUnit).count * 2 >= all.count else { return nil }
        if !marked.isEmpty { return (Assignment(lead: marked, cooperating: names), statesConvention) }
        return (Assignment.firstLeads(names), statesConvention)
    }

    /// The text without the duty wording: "按职责分工负责", "分别负责", "负责".
    private static func stripDuty(_ text: String) -> String {
        var text = text
        for phrase in ["按职责分工负责", "按照职责分工负责", "按职责负责", "分别负责", "共同负责", "负责"] {
            text = text.replacingAll(phrase, with: "")
        }
        return text
    }

    /// Whether a name looks like an office or a body of them.
    static func looksLikeUnit(_ name: String) -> Bool {
        let endings = ["局", "委", "办", "院", "中心", "政府", "单位", "部门", "机构", "厅", "部", "会", "处", "室", "所", "站",
                       "队", "司", "集团", "公司", "银行", "团", "区", "县", "镇", "乡", "街道", "管委会", "小组", "各成员单位", "海关",
                       "法院", "检察院", "公安", "税务", "支队", "大队", "协会", "联合会", "学校", "医院"]
        return name.count >= 2 && endings.contains { name.hasSuffix($0) }
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    /// Characters of `set` removed from both ends.
    func trimmingCharacters(of set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
