// SPDX-License-Identifier: Apache-2.0
// A department listed twice in one cell.

import TaizhangModel

/// `duplicate-department`: the same department twice in one lead or cooperating cell.
public struct DuplicateDepartmentRule: RowRule {
    public let codes: [Finding.Code] = [.duplicateDepartment]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        let identity = DepartmentIdentity(roster: context.options.roster)
        for (field, names) in [(LedgerField.lead, row.task.lead), (.cooperating, row.task.cooperating)] where names.count > 1 {
            var seen: Set<ExactText> = []
            var reported: Set<ExactText> = []
            for name in names {
                let key = identity.key(name)
                if !seen.insert(key).inserted, reported.insert(key).inserted {
                    report(Finding(.duplicateDepartment, at: context.location(of: row.task, field),
                                   columnTitle: context.title(of: field), arguments: ["name": name]))
                }
            }
        }
    }
}
