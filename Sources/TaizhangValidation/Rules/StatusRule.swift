// SPDX-License-Identifier: Apache-2.0
// 完成情况 values outside the schema's list.

import TaizhangModel
import TaizhangText

/// `bad-status`: a status that is neither one of the schema's values nor a synonym of one; the
/// nearest allowed values are suggested.
public struct StatusRule: ValidationRule {
    public let codes: [Finding.Code] = [.badStatus]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        guard let column = input.options.schema.column(for: .status), let values = column.values else { return }
        for entry in input.entries {
            guard let status = entry.task.status, column.allowedValue(for: status) == nil else { continue }
            // The allowed values nearest first: "已完成了" suggests 已完成 before the others.
            let suggestions = values.enumerated().sorted {
                (EditDistance.between(status, $0.element), $0.offset) < (EditDistance.between(status, $1.element), $1.offset)
            }.map(\.element)
            report(Finding(.badStatus, at: input.location(of: entry.task, .status), columnTitle: input.title(of: .status),
                           arguments: ["status": status, "allowed": values.joined(separator: "、")],
                           suggestions: suggestions))
        }
    }
}
