// SPDX-License-Identifier: Apache-2.0
// 完成情况 values outside the schema's list.

import TaizhangModel
import TaizhangText

/// `bad-status`: a status that is neither one of the schema's values nor a synonym of one; the
/// nearest allowed values are suggested.
public struct StatusRule: RowRule {
    public let codes: [Finding.Code] = [.badStatus]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        guard let status = row.task.status, let column = context.options.schema.column(for: .status),
            let values = column.values, column.allowedValue(for: status) == nil
        else { return }
        // The allowed values nearest first: "已完成了" suggests 已完成 before the others.
        let suggestions = values.enumerated().sorted {
            (EditDistance.between(status, $0.element), $0.offset) < (
                EditDistance.between(status, $1.element), $1.offset
            )
        }.map(\.element)
        report(
            Finding(
                .badStatus, at: context.location(of: row.task, .status), columnTitle: context.title(of: .status),
                arguments: ["status": status, "allowed": MessageCatalog.list(values)],
                suggestions: suggestions))
    }
}
