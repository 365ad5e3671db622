// SPDX-License-Identifier: Apache-2.0
// A department both leading and cooperating on the same task.

import TaizhangModel

/// `lead-is-cooperating`: the same department (after normalising, and by roster when there is one)
/// in both the lead and the cooperating cell of a task.
public struct LeadIsCooperatingRule: RowRule {
    public let codes: [Finding.Code] = [.leadIsCooperating]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        guard !row.cooperatingKeys.isEmpty, !row.leadKeys.isEmpty else { return }
        // A cell names a few departments: arrays searched in turn beat hashing them into sets.
        var reported: [ExactText] = []
        for (index, key) in row.cooperatingKeys.enumerated() {
            guard row.leadKeys.contains(key), !reported.contains(key) else { continue }
            reported.append(key)
            report(
                Finding(
                    .leadIsCooperating, at: context.location(of: row.task, .cooperating),
                    columnTitle: context.title(of: .cooperating), arguments: ["name": row.task.cooperating[index]]))
        }
    }
}
