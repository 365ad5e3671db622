// SPDX-License-Identifier: Apache-2.0
// The same task text twice in a ledger.

import TaizhangModel

/// `duplicate-task`: a task whose text (spaces ignored) repeats an earlier one; reported on the
/// later row, naming the earlier.
public struct DuplicateTaskRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateTask]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        var seen: [String: Int] = [:]
        for entry in input.entries where !entry.task.text.isEmpty {
            let key = String(entry.task.text.filter { !$0.isWhitespace })
            if let earlier = seen[key] {
                report(Finding(.duplicateTask, at: input.location(of: entry.task, .task), columnTitle: input.title(of: .task),
                               arguments: ["other": String(earlier)]))
            } else {
                seen[key] = entry.task.source?.row ?? 0
            }
        }
    }
}
