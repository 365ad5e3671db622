// SPDX-License-Identifier: Apache-2.0
// The labels notices put before names and dates: 牵头单位：, 协同责任单位：, 责任领导：, 完成时限：.

import TaizhangModel

/// What the words before a colon announce.
enum DepartmentLabel: Equatable {
    /// 牵头单位, 牵头责任单位, 主办单位, 主责部门: the units that lead.
    case lead
    /// 责任单位, 负责单位, 实施单位: responsible, leading unless a lead is named beside them.
    case responsible
    /// 配合单位, 协同责任单位, 协办单位, 参与部门: the units that cooperate.
    case cooperating
    /// 责任领导, 牵头负责领导, 责任人: persons, never departments.
    case person
    /// 完成时限, 时间节点: the time limit.
    case deadline

    /// Reads a label word ("牵头单位", "协同责任单位"); `nil` when the words are no such label.
    init?(word: String) {
        let word = String(word.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        guard !word.isEmpty, word.count <= 8, word.allSatisfy(\.isLetter) else { return nil }
        if word.hasSuffix("领导") || word.hasSuffix("责任人") || word == "联系人" {
            self = .person
            return
        }
        if DepartmentLabel.deadlineWords.contains(word) {
            self = .deadline
            return
        }
        let unitSuffixes = ["单位", "部门", "处室", "科室", "机构"]
        let bare: Set<String> = ["牵头", "配合", "责任", "主办", "协办", "主责", "协同", "参与", "负责"]
        guard bare.contains(word) || unitSuffixes.contains(where: word.hasSuffix) else { return nil }
        if ["配合", "协同", "协办", "参与", "协助", "协作", "会同"].contains(where: word.contains) {
            self = .cooperating
        } else if ["牵头", "主办", "主责"].contains(where: word.contains) {
            self = .lead
        } else if ["责任", "负责", "实施", "承办", "落实"].contains(where: word.contains) {
            self = .responsible
        } else {
            return nil
        }
    }

    private static let deadlineWords: Set<String> = [
        "时限", "完成时限", "时限要求", "完成时间", "时间要求", "时间节点", "完成期限", "办结时限", "进度安排",
    ]

    /// The text with labels written in brackets ("【牵头单位】市发改委") written with a colon instead
    /// ("牵头单位：市发改委"), so that one reading serves both.
    static func unbracketed(_ text: String) -> String {
        guard text.contains("【") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "【"), let close = rest[open...].firstIndex(of: "】") {
            let inner = String(rest[rest.index(after: open)..<close])
            result += rest[..<open]
            result += DepartmentLabel(word: inner) == nil ? String(rest[open...close]) : inner + "："
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A line "责任单位：市卫生健康局、财政局" as its label and the text after the colon.
    static func line(_ text: String) -> (label: DepartmentLabel, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), colon != text.startIndex,
            let label = DepartmentLabel(word: String(text[..<colon]))
        else { return nil }
        return (label, String(text[text.index(after: colon)...]).trimmingLedgerWhitespace())
    }
}
