// SPDX-License-Identifier: Apache-2.0
// A department listed twice in one cell.

import TaizhangModel

/// `duplicate-department`: the same department twice in one lead or cooperating cell.
public struct DuplicateDepartmentRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateDepartment]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        let identity = DepartmentIdentity(roster: input.options.roster)
        for entry in input.entries {
            for (field, names) in [(LedgerField.lead, entry.task.lead), (.cooperating, entry.task.cooperating)] {
                var seen: Set<ExactText> = []
                var reported: Set<ExactText> = []
                for name in names {
                    let key = identity.key(name)
                    if !seen.insert(key).inserted, reported.insert(key).inserted {
                        report(Finding(.duplicateDepartment, at: input.location(of: entry.task, field),
                                       columnTitle: input.title(of: field), arguments: ["name": name]))
                    }
                }
            }
        }
    }
}
