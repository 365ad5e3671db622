// SPDX-License-Identifier: Apache-2.0
// The cells of a task row as the file holds them, for the rules about cell text.

import TaizhangModel

/// The cells of a task row that rules about text look at: (field, text as the file holds it).
///
/// From the rows as read when the input kept them (CSV, XLSX), else from the model (JSON).
func textCells(of task: LedgerTask, in input: ValidationInput) -> [(field: LedgerField, text: String)] {
    let fields: [LedgerField] = [.sequence, .task, .lead, .cooperating, .deadline, .progress, .status, .remarks]
    return fields.compactMap { field in
        if let raw = input.rawText(of: task, field) { return (field, raw) }
        guard input.rows.isEmpty else { return nil }
        switch field {
        case .sequence: return (field, task.sequence.raw)
        case .task: return (field, task.text)
        case .lead: return (field, task.lead.joined(separator: "、"))
        case .cooperating: return (field, task.cooperating.joined(separator: "、"))
        case .deadline: return (field, task.deadline.text)
        case .progress: return task.progress.map { (field, $0) }
        case .status: return task.status.map { (field, $0) }
        case .remarks: return task.remarks.map { (field, $0) }
        case .section: return nil
        }
    }
}
