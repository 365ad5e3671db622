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

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// Remembers how each name matched, so a name is looked up in the roster once per ledger.
    private final class Checker: RowChecker {
        let context: ValidationContext
        var matches: [ExactText: RosterMatch] = [:]

        init(context: ValidationContext) { self.context = context }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            guard let roster = context.options.roster else { return }
            for (field, names) in [(LedgerField.lead, row.task.lead), (.cooperating, row.task.cooperating)] {
                for name in names {
                    let key = ExactText(name)
                    let match = matches[key] ?? roster.match(name)
                    matches[key] = match
                    let place = context.location(of: row.task, field)
                    switch match {
                    case .canonical:
                        break
                    case .alias(let canonical):
                        report(
                            Finding(
                                .departmentAlias, at: place, columnTitle: context.title(of: field),
                                arguments: ["name": name, "canonical": canonical], suggestions: [canonical]))
                    case .unknown(let suggestions):
                        report(
                            Finding(
                                .unknownDepartment, at: place, columnTitle: context.title(of: field),
                                arguments: ["name": name], suggestions: suggestions))
                    }
                }
            }
        }
    }
}
