// SPDX-License-Identifier: Apache-2.0
// Tasks past their due date and not done.

import TaizhangModel

/// `overdue`: a due date before the as-of date, and a status that is not 已完成 (or a synonym).
/// Ongoing tasks (长期坚持) have no due date and are never overdue; a ledger without a status
/// column says nothing about what is done, so none of its tasks is judged.
public struct OverdueRule: RowRule {
    public let codes: [Finding.Code] = [.overdue]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        let asOf = context.options.asOf
        guard context.optionalFields.contains(.status), let due = row.task.deadline.due, due < asOf else { return }
        if let status = row.task.status {
            let value = context.options.schema.column(for: .status)?.allowedValue(for: status) ?? status
            if value == "已完成" { return }
        }
        report(Finding(.overdue, at: context.location(of: row.task, .deadline), columnTitle: context.title(of: .deadline),
                       arguments: ["due": due.iso, "asOf": asOf.iso, "status": row.task.status ?? "—"]))
    }
}
