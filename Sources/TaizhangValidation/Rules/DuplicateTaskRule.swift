// SPDX-License-Identifier: Apache-2.0
// The same task text twice in a ledger.

import TaizhangModel

/// `duplicate-task`: a task whose text (spaces ignored) repeats an earlier one; reported on the
/// later row, naming the earlier.
public struct DuplicateTaskRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateTask]

    /// Creates the rule.
    public init() {}

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// The texts seen so far, with their rows.
    private final class Checker: RowChecker {
        let context: ValidationContext
        var seen = RowMemory()

        init(context: ValidationContext) { self.context = context }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            let task = row.task
            guard !task.text.isEmpty else { return }
            // A text with no space of any kind (the usual) needs no skipping.
            let spaced = row.traits(of: .task, holding: task.text).map { !$0.isDisjoint(with: .anySpace) } ?? true
            let key = TextFingerprint(task.text, ignoringSpaces: spaced)
            if let earlier = seen.firstRow(of: key.value, seenOn: task.source?.row ?? 0) {
                report(
                    Finding(
                        .duplicateTask, at: context.location(of: task, .task), columnTitle: context.title(of: .task),
                        arguments: ["other": String(earlier)]))
            }
        }
    }
}
