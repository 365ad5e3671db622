// SPDX-License-Identifier: Apache-2.0
// A department listed twice in one cell.

import TaizhangModel

/// `duplicate-department`: the same department twice in one lead or cooperating cell.
public struct DuplicateDepartmentRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateDepartment]

    /// Creates the rule.
    public init() {}

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// Remembers each name's department for the ledger.
    private final class Checker: RowChecker {
        let context: ValidationContext
        let identity: DepartmentIdentity

        init(context: ValidationContext) {
            self.context = context
            identity = DepartmentIdentity(roster: context.options.roster)
        }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            for (field, names) in [(LedgerField.lead, row.task.lead), (.cooperating, row.task.cooperating)]
            where names.count > 1 {
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
}
