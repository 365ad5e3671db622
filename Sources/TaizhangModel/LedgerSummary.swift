// SPDX-License-Identifier: Apache-2.0
// What a clerk wants to know first about a ledger: counts of tasks, sections, departments, time limits.

/// Counts gathered task by task, so a ledger of any length can be summarised in constant memory.
public struct LedgerSummary: Sendable, Equatable {
    /// Tasks seen.
    public private(set) var tasks = 0
    /// Tasks naming each lead department, by name.
    public var leadCounts: [String: Int] { Self.plain(leads) }
    /// Tasks naming each cooperating department, by name.
    public var cooperatingCounts: [String: Int] { Self.plain(cooperators) }
    private var leads: [ExactText: Int] = [:]
    private var cooperators: [ExactText: Int] = [:]
    /// Tasks of each time-limit kind (kinds no task has are absent).
    public var deadlineKinds: [Deadline.Kind: Int] {
        var result: [Deadline.Kind: Int] = [:]
        for (kind, count) in zip(Deadline.Kind.allCases, kindCounts) where count > 0 { result[kind] = count }
        return result
    }
    private var kindCounts = Array(repeating: 0, count: Deadline.Kind.allCases.count)
    /// Tasks with no lead department.
    public private(set) var tasksWithoutLead = 0
    /// The earliest and latest due dates.
    public private(set) var dueRange: ClosedRange<CalendarDate>?

    /// An empty summary.
    public init() {}

    /// A summary of every task of a ledger.
    public init(_ ledger: Ledger) {
        for entry in ledger.entries { add(entry.task) }
    }

    /// Counts one more task.
    public mutating func add(_ task: LedgerTask) {
        tasks += 1
        for name in task.lead { leads[ExactText(name), default: 0] += 1 }
        for name in task.cooperating { cooperators[ExactText(name), default: 0] += 1 }
        if task.lead.isEmpty { tasksWithoutLead += 1 }
        kindCounts[Self.kindIndex[task.deadline.kind] ?? 0] += 1
        if let due = task.deadline.due {
            dueRange = dueRange.map { min($0.lowerBound, due)...max($0.upperBound, due) } ?? due...due
        }
    }

    private static let kindIndex = Dictionary(
        uniqueKeysWithValues: Deadline.Kind.allCases.enumerated().map { ($1, $0) })

    private static func plain(_ counts: [ExactText: Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (key, count) in counts { result[key.text, default: 0] += count }
        return result
    }

    /// Departments that lead at least one task, most tasks first (ties by name).
    public var leadsByTasks: [(name: String, tasks: Int)] {
        leadCounts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// Every department named, as lead or cooperating.
    public var departments: Set<String> {
        Set(leadCounts.keys).union(cooperatingCounts.keys)
    }
}
