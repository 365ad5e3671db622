// SPDX-License-Identifier: Apache-2.0
// Department names against the roster: unknown names with the nearest ones, aliases with the canonical name.

import TaizhangModel
import TaizhangText

/// `unknown-department` (with the nearest roster names as suggestions) and `department-alias`
/// (with the canonical name). Runs only with a roster.
public struct RosterRule: ValidationRule {
    public let codes: [Finding.Code] = [.unknownDepartment, .departmentAlias]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        guard let roster = input.options.roster else { return }
        var matches: [ExactText: RosterMatch] = [:]
        for entry in input.entries {
            for (field, names) in [(LedgerField.lead, entry.task.lead), (.cooperating, entry.task.cooperating)] {
                for name in names {
                    let key = ExactText(name)
                    let match = matches[key] ?? roster.match(name)
                    matches[key] = match
                    let place = input.location(of: entry.task, field)
                    switch match {
                    case .canonical:
                        break
                    case .alias(let canonical):
                        report(Finding(.departmentAlias, at: place, columnTitle: input.title(of: field),
                                       arguments: ["name": name, "canonical": canonical], suggestions: [canonical]))
                    case .unknown(let suggestions):
                        report(Finding(.unknownDepartment, at: place, columnTitle: input.title(of: field),
                                       arguments: ["name": name], suggestions: suggestions))
                    }
                }
            }
        }
    }
}
