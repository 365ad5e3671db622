// SPDX-License-Identifier: Apache-2.0
// The standing engine: which of done, overdue, due-soon, not-reported, in-progress a task is on a date.

public import TaizhangModel
import TaizhangTemplates

/// Decides a task's ``Standing`` on a date, as LEDGER-SPEC §10 sets the rules.
///
/// The first that applies: done (完成情况 is 已完成 or a synonym); overdue (due before the date);
/// due soon (due on the date or within ``dueSoonDays`` after it); not reported (neither 进展情况
/// nor 完成情况 filled in); in progress. A task without a due date — ongoing (长期坚持), or a time
/// limit with no date — is never overdue or due soon.
///
/// ```swift
/// let rules = StandingRules(asOf: CalendarDate(year: 2021, month: 11, day: 30) ?? .today)
/// rules.standing(of: task)   // .overdue for a task due 2021-10-31 and not done
/// ```
public struct StandingRules: Sendable, Equatable {
    /// The default of `--due-soon-days`.
    public static let defaultDueSoonDays = 7

    /// The day standings are judged on (`--as-of`).
    public var asOf: CalendarDate
    /// How many days after ``asOf`` a due date still counts as due soon (`--due-soon-days`).
    public var dueSoonDays: Int
    /// The 完成情况 spellings that mean done.
    public var done: DoneStatus

    /// Creates the rules.
    ///
    /// - Parameters:
    ///   - asOf: the day standings are judged on.
    ///   - dueSoonDays: due within this many days is due soon (0: only due on the day itself).
    ///   - done: the 完成情况 spellings that mean done; by default those of the standard schema.
    public init(
        asOf: CalendarDate, dueSoonDays: Int = StandingRules.defaultDueSoonDays,
        done: DoneStatus = DoneStatus(schema: .standard)
    ) {
        self.asOf = asOf
        self.dueSoonDays = dueSoonDays
        self.done = done
    }

    /// The standing of a task on ``asOf``.
    public func standing(of task: LedgerTask) -> Standing {
        if done.isDone(task.status) { return .done }
        if let due = task.deadline.due, task.deadline.kind != .ongoing {
            if due < asOf { return .overdue }
            if due.daysSince1900 - asOf.daysSince1900 <= dueSoonDays { return .dueSoon }
        }
        if isBlank(task.progress), isBlank(task.status) { return .notReported }
        return .inProgress
    }

    private func isBlank(_ text: String?) -> Bool {
        text.map { $0.trimmingLedgerWhitespace().isEmpty } ?? true
    }
}
