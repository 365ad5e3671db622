// SPDX-License-Identifier: Apache-2.0
// The departments a notice names for a task, in each convention notices use (LEDGER-SPEC §3).

import Foundation
import TaizhangModel
import TaizhangText

/// Who leads and who cooperates, as a notice states it.
struct Assignment: Equatable {
    var lead: [String] = []
    var cooperating: [String] = []
    /// A time limit stated with the departments ("（牵头单位：X；完成时限：6月底前）").
    var deadline = ""

    var isEmpty: Bool { lead.isEmpty && cooperating.isEmpty }

    /// The first name leads, the others cooperate ("列在第一位的为牵头单位").
    static func firstLeads(_ names: [String]) -> Assignment {
        Assignment(lead: Array(names.prefix(1)), cooperating: Array(names.dropFirst()))
    }
}

/// Reads department clauses wherever a notice puts them: a parenthesis ("（市医保局、市财政局等按
/// 职责分工负责）", "（牵头单位：X，配合单位：Y、Z）", "（X牵头，Y、Z配合）"), or labelled words
/// ("责任单位：A、B。").
///
/// Labels are read by their words (``DepartmentLabel``); unlabelled lists by the role word closing
/// each comma group: 牵头/主办 lead, 配合/参与/协同/协办 cooperate, 负责/落实 are responsible, and a
/// group with no role word takes the next group's. Responsible units all lead, unless the notice
/// says the first listed leads ("列第一位者为牵头单位", which holds onwards) or assigns duties
/// "等按职责分工" (a list closed by 等, its first in charge), or a lead is named beside them (then
/// they cooperate).
enum DepartmentClause {
    /// A clause found in a text: where it stands, what it assigns, whether it states the convention.
    struct Found {
        var range: Range<String.Index>
        var assignment: Assignment
        var setsConvention: Bool
    }

    /// The names of a list: split on 、，,；; and spaces, never inside brackets; "等" tails and role
    /// words cut off, end punctuation stripped, placeholders dropped.
    static func names(_ text: String) -> [String] {
        var names: [String] = []
        for mention in DepartmentList.split(text) {
            for part in splitAtDeng(mention.name).flatMap({ splitAtAnd(clean($0)) }) {
                let name = clean(part)
                if name.count >= 2, !names.contains(name), !CellText.isPlaceholder(name) { names.append(name) }
            }
        }
        return names
    }

    /// "市卫生健康委等市医改领导小组成员单位" names both; "民政部等有关部门和单位" one; "商务部等和各省级
    /// 人民政府" two.
    private static func splitAtDeng(_ name: String) -> [String] {
        guard let range = name.range(of: "等"), name.distance(from: name.startIndex, to: range.lowerBound) >= 2 else {
            return [name]
        }
        let head = String(name[..<range.lowerBound])
        var tail = String(name[range.upperBound...])
        for joiner in ["以及", "和", "及", "与"] where tail.hasPrefix(joiner) {
            tail = String(tail.dropFirst(joiner.count))
            break
        }
        let generic = clean(tail).isEmpty || isGenericTail(clean(tail))
        return generic ? [head] : [head] + splitAtDeng(tail)
    }

    /// "市教育局和市财政局" names two units; "文化和旅游部", "人力资源和社会保障局" and "各县党委和政府"
    /// one: a name is parted at 和/及/与 only where both sides are whole unit names.
    private static func splitAtAnd(_ name: String) -> [String] {
        for joiner in ["以及", "和", "及", "与"] {
            guard let range = name.range(of: joiner) else { continue }
            let left = String(name[..<range.lowerBound])
            let right = String(name[range.upperBound...])
            if left.count >= 3, right.count >= 3, looksLikeUnit(left), looksLikeUnit(right) {
                return [left] + splitAtAnd(right)
            }
        }
        return [name]
    }

    /// "有关部门和单位", "相关部门", "部门": what "等" closes a list with.
    private static func isGenericTail(_ text: String) -> Bool {
        var rest = Substring(text)
        for prefix in ["其他", "有关", "相关", "各"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        return ["部门", "单位", "部门和单位", "部门单位", "单位和部门", "机构", "部门和机构"].contains(String(rest))
    }

    /// A name without end punctuation and role words ("区政务服务局牵头", "市交通委负责落实").
    private static func clean(_ text: String) -> String {
        var name = text.trimmingLedgerWhitespace()
        var changed = true
        while changed {
            changed = false
            name = name.trimmingCharacters(of: "。，,、；;：:.．!！?？ \u{3000}")
            if name.hasPrefix("由"), name.count > 3 {
                // "由市发改委牵头": the preposition is no part of the name.
                name.removeFirst()
                changed = true
            }
            for word in roleWords where name.count >= word.count && name.hasSuffix(word) {
                name.removeLast(word.count)
                changed = true
                break
            }
        }
        return name
    }

    private static let roleWords = [
        "按照职责分工负责", "按职责分工负责", "按职责分工", "按职责负责", "分别负责落实", "分别牵头负责", "负责落实", "牵头落实",
        "配合落实", "分别负责", "共同负责", "分别牵头", "牵头负责", "牵头", "负责", "配合", "落实", "参与", "协同", "协办",
        "协助", "主办", "分别", "共同", "等",
    ]

    // MARK: - A clause's content

    /// The assignment a clause's content states ("牵头单位：A；配合单位：B", "A牵头，B配合",
    /// "A、B负责。列第一位者为牵头单位，下同"), or `nil` when it is not about departments.
    ///
    /// - Parameters:
    ///   - firstLeads: the notice said earlier that the first listed unit leads.
    ///   - needsDuty: a bare list of unit names is not enough (a parenthesis inside the text).
    static func parse(_ content: String, firstLeads: Bool, needsDuty: Bool = false) -> (Assignment, Bool)? {
        var content = content.trimmingLedgerWhitespace()
        let convention = statesConvention(content)
        if convention { content = withoutConvention(content) }
        if let labelled = labelled(content, firstLeads: firstLeads || convention) { return (labelled, convention) }
        guard let roles = unlabelled(content, firstLeads: firstLeads || convention, needsDuty: needsDuty) else {
            return nil
        }
        return (roles, convention)
    }

    /// Whether a clause says the first listed unit leads from here on.
    static func statesConvention(_ text: String) -> Bool {
        text.contains("第一") && text.contains("牵头") && (text.contains("为牵头") || text.contains("是牵头"))
    }

    /// The clause without the sentence stating the convention ("列第一位者为牵头单位，下同").
    private static func withoutConvention(_ text: String) -> String {
        let pieces = depthZeroPieces(text, separators: "。，,；;")
        return pieces.filter { !statesConvention($0.text) && $0.text.trimmingLedgerWhitespace() != "下同" }
            .map(\.text).joined(separator: "，")
    }

    /// "牵头单位：A、B；配合单位：C" (groups parted by ；, ，, 。 or spaces).
    private static func labelled(_ content: String, firstLeads: Bool) -> Assignment? {
        guard let groups = labelGroups(content) else { return nil }
        var assignment = assign(groups, firstLeads: firstLeads).assignment
        assignment.deadline = groups.last { $0.label == .deadline }?.names.replacingAll("、", with: "") ?? ""
        return assignment
    }

    /// The labelled groups of a text that starts with a label: "牵头单位：A 配合单位：B、C" gives
    /// (lead, "A"), (cooperating, "B、C"); `nil` when it does not start with one.
    static func labelGroups(_ content: String) -> [(label: DepartmentLabel, names: String)]? {
        var groups: [(label: DepartmentLabel, names: String)] = []
        for piece in depthZeroPieces(content, separators: "。，,；; \u{3000}") {
            let text = piece.text.trimmingLedgerWhitespace()
            if let (label, value) = DepartmentLabel.line(text) {
                groups.append((label, value))
            } else if !groups.isEmpty {
                groups[groups.count - 1].names += "、" + text
            } else if !text.isEmpty {
                return nil
            }
        }
        return groups.isEmpty ? nil : groups
    }

    /// The lead and cooperating units of labelled groups. 责任单位 beside a 牵头单位 cooperates; groups
    /// that all say 配合单位 (a slip of the notice) take the first as the lead, and say so.
    static func assign(
        _ groups: [(label: DepartmentLabel, names: String)], firstLeads: Bool
    ) -> (assignment: Assignment, slip: Bool) {
        let groups = groups.filter { $0.label != .person && $0.label != .deadline }
        var assignment = Assignment()
        let hasLead = groups.contains { $0.label != .cooperating }
        let hasExplicitLead = groups.contains { $0.label == .lead }
        for (index, group) in groups.enumerated() {
            let names = self.names(group.names)
            let marked = DepartmentList.split(group.names).filter(\.isMarkedLead).flatMap { self.names($0.name) }
            if group.label != .cooperating, !marked.isEmpty {
                // "责任单位：市卫健局（牵头）、市财政局": the marked unit leads.
                assignment.lead += marked
                assignment.cooperating += names.filter { !marked.contains($0) }
                continue
            }
            switch group.label {
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
                if !hasLead, index == 0, groups.count > 1 {
                    assignment.lead += names
                } else {
                    assignment.cooperating += names
                }
            case .person, .deadline:
                break
            }
        }
        assignment.cooperating.removeAll(where: assignment.lead.contains)
        return (assignment, !hasLead && groups.count > 1)
    }

    private enum Role { case lead, responsible, cooperating }

    /// "A牵头，B、C配合", "A会同B负责", "A、B，C按职责分工负责", or a bare list of units.
    private static func unlabelled(_ content: String, firstLeads: Bool, needsDuty: Bool) -> Assignment? {
        var groups: [(role: Role?, names: [String])] = []
        var anyRole = false
        var deadline = ""
        let parser = DeadlineParser(year: nil)
        for piece in depthZeroPieces(content, separators: "，,；;。") {
            let text = piece.text.trimmingLedgerWhitespace()
            if text.isEmpty { continue }
            if role(of: text) == nil, !names(text).contains(where: looksLikeUnit) {
                // "2023年6月底前完成", "长期坚持": a time limit or a remark beside the units, no unit.
                let kind = parser.parse(text).kind
                if kind != .unparsed, kind != .none { deadline = text }
                if groups.contains(where: { $0.role != nil }) || kind != .unparsed { continue }
            }
            if let range = text.range(of: "会同") {
                groups.append((.lead, names(String(text[..<range.lowerBound]))))
                groups.append((.cooperating, names(String(text[range.upperBound...]))))
                anyRole = true
                continue
            }
            let role = self.role(of: text)
            if role != nil { anyRole = true }
            // "A牵头，B配合" in one piece: "区国土分局牵头区规划分局配合" is rare; 牵头 inside splits it.
            if role == .cooperating, let lead = text.range(of: "牵头") {
                groups.append((.lead, names(String(text[..<lead.lowerBound]))))
                groups.append((.cooperating, names(String(text[lead.upperBound...]))))
                continue
            }
            groups.append((role, names(text)))
        }
        let all = groups.flatMap(\.names)
        // "（责任单位）" alone names a column, not a unit.
        guard !all.isEmpty, !all.allSatisfy({ DepartmentLabel(word: $0) != nil }) else { return nil }
        if !anyRole {
            // A bare list: every name must read as a unit.
            guard !needsDuty, all.allSatisfy(looksLikeUnit) else { return nil }
        } else {
            // With a role stated, most names must read as units ("遂宁海关" need not).
            guard all.filter(looksLikeUnit).count * 2 >= all.count else { return nil }
        }
        // A group without a role word takes the role of the next group that has one.
        var pending: Role = .responsible
        for index in groups.indices.reversed() {
            if let role = groups[index].role { pending = role } else { groups[index].role = pending }
        }
        let hasLead = groups.contains { $0.role == .lead }
        var assignment = Assignment()
        var responsible: [String] = []
        for group in groups {
            switch group.role ?? .responsible {
            case .lead: assignment.lead += group.names
            case .cooperating: assignment.cooperating += group.names
            case .responsible:
                if hasLead { assignment.cooperating += group.names } else { responsible += group.names }
            }
        }
        if !responsible.isEmpty {
            // "A、B等按职责分工负责": a list closed by 等 before the duties are shared out names the
            // one in charge first; "A、B按职责分工负责" alone designates nobody, so all lead.
            let duties = content.range(of: "职责分工")
            let byOrder = firstLeads || duties.map { content[..<$0.lowerBound].contains("等") } == true
            let split = byOrder ? Assignment.firstLeads(responsible) : Assignment(lead: responsible)
            assignment.lead += split.lead
            assignment.cooperating = split.cooperating + assignment.cooperating
        }
        assignment.lead = unique(assignment.lead)
        assignment.cooperating = unique(assignment.cooperating).filter { !assignment.lead.contains($0) }
        assignment.deadline = deadline
        return assignment
    }

    private static func role(of text: String) -> Role? {
        let words = text.trimmingCharacters(of: "。，,、；;：: ")
        let cooperating = ["配合", "参与", "协同", "协办", "协助", "配合落实", "参与落实"]
        if cooperating.contains(where: words.hasSuffix) { return .cooperating }
        if ["牵头", "牵头落实", "牵头负责", "主办", "分别牵头"].contains(where: words.hasSuffix) { return .lead }
        if ["负责", "落实", "负责落实"].contains(where: words.hasSuffix) { return .responsible }
        return nil
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// Whether a name looks like an office or a body of them.
    static func looksLikeUnit(_ name: String) -> Bool {
        var name = name
        if name.hasSuffix("）") || name.hasSuffix(")"), let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            // "各乡镇（街道）", "各县（市、区）": the name before the bracket decides.
            name = String(name[..<open])
        }
        let endings = [
            "局", "委", "办", "院", "中心", "政府", "单位", "部门", "机构", "厅", "部", "会", "处", "室", "所", "站",
            "队", "司", "集团", "公司", "银行", "团", "区", "县", "镇", "乡", "街道", "管委会", "小组", "海关",
            "法院", "检察院", "公安", "税务", "协会", "联合会", "学校", "医院", "署", "社", "联", "组", "行", "馆", "台", "村", "社区", "大学", "指挥部",
        ]
        return name.count >= 2 && endings.contains { name.hasSuffix($0) }
    }

    // MARK: - Finding clauses in text

    /// The department clauses of a paragraph, in order: parentheses that assign work (anywhere; a
    /// bare list of units only at the end) and labelled runs ("责任单位：A、B。") up to the next "。".
    /// `firstLeads` is the convention in force; a clause that states it turns it on from there.
    static func clauses(in text: String, firstLeads: inout Bool) -> [Found] {
        var found: [Found] = []
        let characters = Array(text.indices)
        var depth = 0
        var open: String.Index?
        var position = 0
        while position < characters.count {
            let index = characters[position]
            let character = text[index]
            if "（(【".contains(character) {
                if depth == 0 { open = index }
                depth += 1
            } else if "）)】".contains(character) {
                depth = max(0, depth - 1)
                if depth == 0, let start = open {
                    let end = text.index(after: index)
                    let inner = String(text[text.index(after: start)..<index])
                    let atEnd = text[end...].allSatisfy { "。；;，, \u{3000}".contains($0) }
                    if let (assignment, convention) = parse(inner, firstLeads: firstLeads, needsDuty: !atEnd) {
                        found.append(Found(range: start..<end, assignment: assignment, setsConvention: convention))
                        if convention { firstLeads = true }
                    }
                    open = nil
                }
            } else if depth == 0, character == "：" || character == ":", let start = labelStart(in: text, colon: index) {
                // A labelled run: to the "。" that closes it (brackets inside skipped), or the end.
                var end = text.endIndex
                var inner = 0
                var scan = index
                while scan < text.endIndex {
                    let c = text[scan]
                    if c == "（" || c == "(" { inner += 1 }
                    if c == "）" || c == ")" { inner = max(0, inner - 1) }
                    if inner == 0, c == "。" || c == "\n" { end = text.index(after: scan); break }
                    scan = text.index(after: scan)
                }
                if let (assignment, convention) = parse(String(text[start..<end]), firstLeads: firstLeads),
                    !assignment.isEmpty
                {
                    found.append(Found(range: start..<end, assignment: assignment, setsConvention: convention))
                    if convention { firstLeads = true }
                    position = text.distance(from: text.startIndex, to: end)
                    continue
                }
            }
            position += 1
        }
        return found
    }

    /// "…。市发改委牵头，市财政局、市商务局配合。": a closing sentence with no brackets that only
    /// says who does the work (every name a unit, a role word stated); `nil` when there is none.
    static func closingSentence(in text: String, firstLeads: Bool) -> Found? {
        var end = text.endIndex
        while end > text.startIndex, "。；; ".contains(text[text.index(before: end)]) { end = text.index(before: end) }
        guard end > text.startIndex else { return nil }
        var start = end
        while start > text.startIndex, !"。；;！？".contains(text[text.index(before: start)]) {
            start = text.index(before: start)
        }
        let sentence = String(text[start..<end])
        guard sentence.count <= 80, !sentence.contains("（"), !sentence.contains("("),
            let (assignment, convention) = parse(sentence, firstLeads: firstLeads, needsDuty: true),
            (assignment.lead + assignment.cooperating).allSatisfy(looksLikeUnit)
        else { return nil }
        return Found(range: start..<text.endIndex, assignment: assignment, setsConvention: convention)
    }

    /// Where the label before a colon starts, when the words there are a department label standing
    /// at the start of the text or after a sentence or clause break.
    private static func labelStart(in text: String, colon: String.Index) -> String.Index? {
        var start = colon
        var count = 0
        while start > text.startIndex, count < 8 {
            let before = text.index(before: start)
            if "。；;，,（( \u{3000}\n".contains(text[before]) { break }
            start = before
            count += 1
        }
        let atBreak = start == text.startIndex || "。；;，,（( \u{3000}\n".contains(text[text.index(before: start)])
        guard atBreak, start < colon, let label = DepartmentLabel(word: String(text[start..<colon])),
            label != .person, label != .deadline
        else { return nil }
        return start
    }

    /// Pieces of text between separators outside brackets.
    private static func depthZeroPieces(_ text: String, separators: String) -> [(text: String, separator: Character?)] {
        var pieces: [(String, Character?)] = []
        var depth = 0
        var current = ""
        for character in text {
            if "（(【〔[".contains(character) { depth += 1 }
            if "）)】〕]".contains(character) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(character) {
                pieces.append((current, character))
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append((current, nil))
        return pieces
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
