// SPDX-License-Identifier: Apache-2.0
// Tasks past their due date and not done.

import TaizhangModel
import TaizhangProgress

/// `overdue`: a due date before the as-of date, and a status that is not 已完成 (or a synonym:
/// ``DoneStatus``, the notion of done the bulletin's standings use too).
/// Ongoing tasks (长期坚持) have no due date and are never overdue; a ledger without a status
/// column says nothing about what is done, so none of its tasks is judged.
public struct OverdueRule: ValidationRule {
    public let codes: [Finding.Code] = [.overdue]

    /// Creates the rule.
    public init() {}

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// Knows the ledger's spellings of done.
    private final class Checker: RowChecker {
        let context: ValidationContext
        let done: DoneStatus

        init(context: ValidationContext) {
            self.context = context
            done = DoneStatus(schema: context.options.schema)
        }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            let asOf = context.options.asOf
            guard context.optionalFields.contains(.status), let due = row.task.deadline.due, due < asOf,
                !done.isDone(row.task.status)
            else { return }
            report(
                Finding(
                    .overdue, at: context.location(of: row.task, .deadline), columnTitle: context.title(of: .deadline),
                    arguments: ["due": due.iso, "asOf": asOf.iso, "status": row.task.status ?? "—"]))
        }
    }
}
