// SPDX-License-Identifier: Apache-2.0
// Time limits that say nothing a date can be made of, or fall outside the ledger's year.

import TaizhangModel

/// `unparsed-deadline` and `deadline-out-of-year`.
public struct DeadlineRule: ValidationRule {
    public let codes: [Finding.Code] = [.unparsedDeadline, .deadlineOutOfYear]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        let year = input.year
        for entry in input.entries {
            let deadline = entry.task.deadline
            let place = input.location(of: entry.task, .deadline)
            let title = input.title(of: .deadline)
            if deadline.kind == .unparsed {
                report(Finding(.unparsedDeadline, at: place, columnTitle: title, arguments: ["text": deadline.text]))
            } else if let year, let due = deadline.due, due.year != year {
                report(Finding(.deadlineOutOfYear, at: place, columnTitle: title,
                               arguments: ["text": deadline.text, "due": due.iso, "year": String(year)]))
            }
        }
    }
}
