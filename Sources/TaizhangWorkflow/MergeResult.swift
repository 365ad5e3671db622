// SPDX-License-Identifier: Apache-2.0
// What a merge gives: the merged ledger, the rows it could not place, and the report.

import TaizhangModel

/// A returned row that was not merged into a task, kept for the 未匹配 sheet.
public struct UnmatchedRow: Sendable, Equatable {
    /// The department that returned it.
    public var department: String
    /// The return it came from, and its row there.
    public var file: String
    public var row: Int?
    /// What the department wrote.
    public var sequence: String
    public var text: String
    public var progress: String?
    public var status: String?
    public var remarks: String?
    /// Why it was not merged: `unmatched-row` or `duplicate-return`.
    public var reason: Finding.Code
}

/// A merge's outcome: the merged ledger, the rows it could not place, and the report.
public struct MergeResult: Sendable {
    /// The master with every department's progress, statuses and remarks; every task identified.
    public var ledger: Ledger
    /// Returned rows not merged into a task, in the order they were read.
    public var unmatched: [UnmatchedRow]
    /// What was merged and found.
    public var report: MergeReport
}
