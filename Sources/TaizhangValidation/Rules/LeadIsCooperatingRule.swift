// SPDX-License-Identifier: Apache-2.0
// A department both leading and cooperating on the same task.

import TaizhangModel

/// `lead-is-cooperating`: the same department (after normalising, and by roster when there is one)
/// in both the lead and the cooperating cell of a task.
public struct LeadIsCooperatingRule: ValidationRule {
    public let codes: [Finding.Code] = [.leadIsCooperating]

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
            guard !row.task.cooperating.isEmpty, !row.task.lead.isEmpty else { return }
            let leads = Set(row.task.lead.map(identity.key))
            var reported: Set<ExactText> = []
            for name in row.task.cooperating where leads.contains(identity.key(name)) {
                guard reported.insert(identity.key(name)).inserted else { continue }
                report(Finding(.leadIsCooperating, at: context.location(of: row.task, .cooperating),
                               columnTitle: context.title(of: .cooperating), arguments: ["name": name]))
            }
        }
    }
}
