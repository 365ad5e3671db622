// SPDX-License-Identifier: Apache-2.0
// A department listed twice in one cell.

import TaizhangModel

/// `duplicate-department`: the same department twice in one lead or cooperating cell.
public struct DuplicateDepartmentRule: RowRule {
    public let codes: [Finding.Code] = [.duplicateDepartment]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        for (field, names) in [(LedgerField.lead, row.task.lead), (.cooperating, row.task.cooperating)]
        where names.count > 1 {
            // A cell names a few departments: arrays searched in turn beat hashing them into sets.
            var seen: [ExactText] = []
            var reported: [ExactText] = []
            for name in names {
                let key = context.departments.key(name)
                if seen.contains(key) {
                    guard !reported.contains(key) else { continue }
                    reported.append(key)
                    report(
                        Finding(
                            .duplicateDepartment, at: context.location(of: row.task, field),
                            columnTitle: context.title(of: field), arguments: ["name": name]))
                } else {
                    seen.append(key)
                }
            }
        }
    }
}
