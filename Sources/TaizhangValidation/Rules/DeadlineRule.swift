// SPDX-License-Identifier: Apache-2.0
// Time limits that say nothing a date can be made of, or fall outside the ledger's year.

import TaizhangModel

/// `unparsed-deadline` and `deadline-out-of-year`.
public struct DeadlineRule: RowRule {
    public let codes: [Finding.Code] = [.unparsedDeadline, .deadlineOutOfYear]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        let deadline = row.task.deadline
        if deadline.kind == .unparsed {
            report(
                Finding(
                    .unparsedDeadline, at: context.location(of: row.task, .deadline),
                    columnTitle: context.title(of: .deadline), arguments: ["text": deadline.text]))
        } else if let year = context.year, let due = deadline.due, due.year != year {
            report(
                Finding(
                    .deadlineOutOfYear, at: context.location(of: row.task, .deadline),
                    columnTitle: context.title(of: .deadline),
                    arguments: ["text": deadline.text, "due": due.iso, "year": String(year)]))
        }
    }
}
