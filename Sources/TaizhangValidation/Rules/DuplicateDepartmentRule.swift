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
            // A cell names a few departments: a search of the earlier ones beats hashing them into
            // a set. A department is reported once, where it is named the second time.
            let keys = names.map(context.departments.key)
            for index in keys.indices.dropFirst() {
                let earlier = keys[..<index].lazy.filter { $0 == keys[index] }.count
                guard earlier == 1 else { continue }
                report(
                    Finding(
                        .duplicateDepartment, at: context.location(of: row.task, field),
                        columnTitle: context.title(of: field), arguments: ["name": names[index]]))
            }
        }
    }
}
