// SPDX-License-Identifier: Apache-2.0
// One row of a ledger: a key task with its departments and time limit.

/// One task (重点任务) of a ledger.
public struct LedgerTask: Sendable, Equatable {
    /// The sequence number (序号), raw and parsed.
    public var sequence: SequenceNumber
    /// The key task (重点任务/重点工作), as written; may hold line breaks.
    public var text: String
    /// The lead or responsible departments (牵头单位/责任单位), in the order written.
    public var lead: [String]
    /// The cooperating departments (配合单位), in the order written.
    public var cooperating: [String]
    /// The time limit (完成时限), raw and interpreted.
    public var deadline: Deadline
    /// Progress (进展情况), as filled in by the department.
    public var progress: String?
    /// Status (完成情况), as written.
    public var status: String?
    /// Remarks (备注).
    public var remarks: String?
    /// Values of columns that map to no known field, keyed by column title (see ``Ledger/extraColumns``).
    public var extra: [String: String]
    /// Fields whose value came from a vertically merged cell above this row.
    public var inherited: Set<LedgerField>
    /// Where the row stands in its file.
    public var source: SourceLocation?
    /// The task's stable identifier (LEDGER-SPEC §9), when one was assigned: read from the hidden
    /// column of a workbook taizhang wrote, from `"id"` in the interchange JSON, or derived from
    /// the task's place and text.
    public var id: String?

    /// Creates a task.
    public init(
        sequence: SequenceNumber,
        text: String,
        lead: [String] = [],
        cooperating: [String] = [],
        deadline: Deadline = .none,
        progress: String? = nil,
        status: String? = nil,
        remarks: String? = nil,
        extra: [String: String] = [:],
        inherited: Set<LedgerField> = [],
        source: SourceLocation? = nil,
        id: String? = nil
    ) {
        self.sequence = sequence
        self.text = text
        self.lead = lead
        self.cooperating = cooperating
        self.deadline = deadline
        self.progress = progress
        self.status = status
        self.remarks = remarks
        self.extra = extra
        self.inherited = inherited
        self.source = source
        self.id = id
    }

    /// Departments as a cell shows them: the names joined with the enumeration comma "、".
    ///
    /// Every printed row joins two lists, so the common one- and two-name lists skip the
    /// generic `joined(separator:)`.
    public static func cellText(ofDepartments names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default:
            var text = names[0]
            text.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count + 3 })
            for name in names.dropFirst() {
                text += "、"
                text += name
            }
            return text
        }
    }
}
