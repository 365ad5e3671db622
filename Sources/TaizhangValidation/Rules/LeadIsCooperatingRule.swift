// SPDX-License-Identifier: Apache-2.0
// A department both leading and cooperating on the same task.

import TaizhangModel

/// `lead-is-cooperating`: the same department (after normalising, and by roster when there is one)
/// in both the lead and the cooperating cell of a task.
public struct LeadIsCooperatingRule: ValidationRule {
    public let codes: [Finding.Code] = [.leadIsCooperating]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        let identity = DepartmentIdentity(roster: input.options.roster)
        for entry in input.entries {
            let leads = Set(entry.task.lead.map(identity.key))
            var reported: Set<ExactText> = []
            for name in entry.task.cooperating where leads.contains(identity.key(name)) {
                guard reported.insert(identity.key(name)).inserted else { continue }
                report(Finding(.leadIsCooperating, at: input.location(of: entry.task, .cooperating),
                               columnTitle: input.title(of: .cooperating), arguments: ["name": name]))
            }
        }
    }
}
