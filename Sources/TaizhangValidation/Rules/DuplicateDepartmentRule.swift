// SPDX-License-Identifier: Apache-2.0
// A department listed twice in one cell.

import TaizhangModel

/// `duplicate-department`: the same department twice in one lead or cooperating cell.
public struct DuplicateDepartmentRule: RowRule {
    public let codes: [Finding.Code] = [.duplicateDepartment]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        check(row.task.lead, row.leadKeys, in: .lead, of: row, context, report)
        check(row.task.cooperating, row.cooperatingKeys, in: .cooperating, of: row, context, report)
    }

    private func check(
        _ names: [String], _ keys: [ExactText], in field: LedgerField, of row: TaskRow, _ context: ValidationContext,
        _ report: (Finding) -> Void
    ) {
        guard keys.count > 1 else { return }
        // A cell names a few departments: a search of the earlier ones beats hashing them into a
        // set. A department is reported once, where it is named the second time.
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
