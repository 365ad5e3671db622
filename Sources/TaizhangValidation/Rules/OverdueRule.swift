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

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        let asOf = input.options.asOf
        let done = DoneStatus(schema: input.options.schema)
        let hasStatus = input.columns.map { $0[.status] != nil } ?? input.ledger.optionalFieldsInUse.contains(.status)
        guard hasStatus else { return }
        for entry in input.entries {
            guard let due = entry.task.deadline.due, due < asOf, !done.isDone(entry.task.status) else { continue }
            report(Finding(.overdue, at: input.location(of: entry.task, .deadline), columnTitle: input.title(of: .deadline),
                           arguments: ["due": due.iso, "asOf": asOf.iso, "status": entry.task.status ?? "—"]))
        }
    }
}
