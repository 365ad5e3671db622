// SPDX-License-Identifier: Apache-2.0
// The fields a ledger column can map to (LEDGER-SPEC §1).

/// A field of a ledger row; each column of a sheet maps to at most one.
public enum LedgerField: String, Sendable, CaseIterable, Hashable, Codable {
    /// 序号.
    case sequence
    /// 重点任务 / 重点工作.
    case task
    /// 责任单位 / 牵头单位.
    case lead
    /// 配合单位.
    case cooperating
    /// 完成时限 / 时限要求.
    case deadline
    /// 进展情况.
    case progress
    /// 完成情况.
    case status
    /// 备注.
    case remarks
    /// 所属板块 (a section given as a column rather than as section rows).
    case section

    /// Whether a ledger must have a column for this field.
    public var isRequiredColumn: Bool {
        switch self {
        case .sequence, .task, .lead, .deadline: true
        case .cooperating, .progress, .status, .remarks, .section: false
        }
    }

    /// The header text an office prints for this field.
    public var standardTitle: String {
        switch self {
        case .sequence: "序号"
        case .task: "重点任务"
        case .lead: "责任单位"
        case .cooperating: "配合单位"
        case .deadline: "完成时限"
        case .progress: "进展情况"
        case .status: "完成情况"
        case .remarks: "备注"
        case .section: "所属板块"
        }
    }

    /// Fields key the column maps every row reads, so they hash and compare by case, not by
    /// their raw text as a `String`-backed enum otherwise would.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
    }

    public static func == (lhs: LedgerField, rhs: LedgerField) -> Bool {
        lhs.position == rhs.position
    }

    /// The case's place in the declaration, 0 to 8: an index for tables by field.
    package var position: Int {
        switch self {
        case .sequence: 0
        case .task: 1
        case .lead: 2
        case .cooperating: 3
        case .deadline: 4
        case .progress: 5
        case .status: 6
        case .remarks: 7
        case .section: 8
        }
    }
}
