// SPDX-License-Identifier: Apache-2.0
// What 完成情况 says a task is done: 已完成 and the schema's synonyms of it, in one place.

public import TaizhangModel

/// The spellings of 完成情况 that mean a task is done.
///
/// The schema's status column maps clerks' words to its values (完成 → 已完成, 已办结 → 已完成);
/// every part of taizhang that asks "is this task done?" — the standing of a task, the validator's
/// `overdue` rule, the overdue highlight of written workbooks — asks this type.
public struct DoneStatus: Sendable, Equatable {
    /// The allowed value that means done.
    public static let value = "已完成"

    /// 已完成 first, then its synonyms in the schema, sorted.
    public let spellings: [String]

    /// The done spellings of a schema's status column (only 已完成 when it has none).
    public init(schema: LedgerSchema) {
        let synonyms = schema.column(for: .status)?.synonyms ?? [:]
        spellings = [DoneStatus.value] + synonyms.filter { $0.value == DoneStatus.value }.map(\.key).sorted()
    }

    /// Whether a 完成情况 text says done; spaces around the text do not matter.
    public func isDone(_ status: String?) -> Bool {
        guard let status else { return false }
        return spellings.contains(status.trimmingLedgerWhitespace())
    }
}
