// SPDX-License-Identifier: Apache-2.0
// Cells a task must have: 序号, 重点任务, 责任单位 (errors) and 完成时限 (a warning).

import TaizhangModel

/// `missing-sequence`, `missing-task`, `missing-lead`, `missing-deadline`: a required cell empty
/// or holding only a placeholder ("——", "无").
public struct RequiredCellsRule: RowRule {
    public let codes: [Finding.Code] = [.missingSequence, .missingTask, .missingLead, .missingDeadline]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        let leadRequired = context.options.schema.column(for: .lead)?.required ?? true
        let task = row.task
        func missing(_ code: Finding.Code, _ field: LedgerField) {
            report(Finding(code, at: context.location(of: task, field), columnTitle: context.title(of: field)))
        }
        if task.sequence.isEmpty { missing(.missingSequence, .sequence) }
        if task.text.isEmpty { missing(.missingTask, .task) }
        if leadRequired, task.lead.isEmpty { missing(.missingLead, .lead) }
        if task.deadline.kind == .none { missing(.missingDeadline, .deadline) }
    }
}
