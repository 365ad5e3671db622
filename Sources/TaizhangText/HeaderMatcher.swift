// SPDX-License-Identifier: Apache-2.0
// Header synonyms (LEDGER-SPEC §1): which field a column title means.

import TaizhangModel

/// What a header cell was recognised as.
public struct HeaderMatch: Sendable, Equatable {
    /// The field the column holds.
    public var field: LedgerField
    /// Whether the title names the lead explicitly (牵头单位, 牵头部门), which wins over 责任单位
    /// when a sheet has both.
    public var namesLeadExplicitly: Bool
}

/// Maps column titles to ledger fields, after folding the ways clerks decorate them.
public enum HeaderMatcher {
    /// The field a header cell means, or `nil` for an unknown column.
    ///
    /// Line breaks, spaces of any width, a trailing "（必填）" or "*" and full-width forms are
    /// ignored. A combined title such as "责任单位（牵头单位）" is recognised by either part.
    public static func match(_ title: String) -> HeaderMatch? {
        let key = normalizedKey(title)
        guard !key.isEmpty else { return nil }
        if let match = exactMatch(key) { return match }
        // "责任单位(牵头单位)", "牵头单位(责任单位)", "完成时限(年月)": try the part before the bracket, then inside.
        if let open = key.firstIndex(of: "("), let close = key.lastIndex(of: ")"), open < close {
            let before = String(key[..<open])
            let inside = String(key[key.index(after: open)..<close])
            if let match = exactMatch(before) ?? exactMatch(inside) { return match }
        }
        return nil
    }

    /// The title folded for matching: half-width, no whitespace, no required-field decorations.
    public static func normalizedKey(_ title: String) -> String {
        var key = String(title.halfWidthFolded.unicodeScalars.filter { !$0.isLedgerWhitespace })
        var changed = true
        while changed {
            changed = false
            for decoration in decorations where key.count > decoration.count && key.hasSuffix(decoration) {
                key.removeLast(decoration.count)
                changed = true
            }
            for decoration in ["*", "※"] where key.count > 1 && key.hasPrefix(decoration) {
                key.removeFirst(decoration.count)
                changed = true
            }
        }
        return key
    }

    private static let decorations = ["(必填)", "(选填)", "(必填项)", "*", ":", "※"]

    private static func exactMatch(_ key: String) -> HeaderMatch? {
        guard let field = synonyms[key] else { return nil }
        return HeaderMatch(field: field, namesLeadExplicitly: field == .lead && key.hasPrefix("牵头"))
    }

    /// Every title recognised, folded as ``normalizedKey(_:)`` folds them.
    public static let synonyms: [String: LedgerField] = {
        var table: [String: LedgerField] = [:]
        let groups: [(LedgerField, [String])] = [
            (.sequence, ["序号", "编号", "序", "项目编号", "序列号", "No.", "NO.", "No"]),
            (
                .task,
                [
                    "重点任务", "重点工作", "工作任务", "主要任务", "任务内容", "工作内容", "具体任务", "主要工作",
                    "重点工作任务", "任务", "工作事项", "重点事项", "具体工作", "工作措施", "主要内容",
                ]
            ),
            (
                .lead,
                [
                    "责任单位", "牵头单位", "责任部门", "牵头部门", "主责单位", "责任主体", "牵头责任单位",
                    "牵头领导单位", "主办单位",
                ]
            ),
            (
                .cooperating,
                [
                    "配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "协助单位", "协作单位",
                    "配合责任单位",
                ]
            ),
            (
                .deadline,
                [
                    "完成时限", "时限要求", "完成时间", "时间节点", "完成期限", "时限", "时间要求",
                    "完成时间节点", "办结时限",
                ]
            ),
            (.progress, ["进展情况", "工作进展", "推进情况", "落实情况", "进度情况", "完成进度", "工作推进情况"]),
            (.status, ["完成情况", "完成状态", "状态", "推进状态", "办理状态"]),
            (.remarks, ["备注", "说明"]),
            (.section, ["所属板块", "类别", "领域", "板块", "任务类别"]),
        ]
        for (field, titles) in groups {
            for title in titles { table[title] = field }
        }
        return table
    }()
}
