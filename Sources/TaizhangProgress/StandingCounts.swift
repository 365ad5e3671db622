// SPDX-License-Identifier: Apache-2.0
// How many tasks stand where: the figures of one department, or of the whole ledger.

/// The tasks of a department (or of the whole ledger) counted by standing.
public struct StandingCounts: Sendable, Equatable {
    /// All tasks counted.
    public var tasks = 0
    /// Done.
    public var done = 0
    /// In progress.
    public var inProgress = 0
    /// Due soon.
    public var dueSoon = 0
    /// Overdue.
    public var overdue = 0
    /// Nothing reported.
    public var notReported = 0

    /// Creates counts, all zero unless given.
    public init(
        tasks: Int = 0, done: Int = 0, inProgress: Int = 0, dueSoon: Int = 0, overdue: Int = 0, notReported: Int = 0
    ) {
        self.tasks = tasks
        self.done = done
        self.inProgress = inProgress
        self.dueSoon = dueSoon
        self.overdue = overdue
        self.notReported = notReported
    }

    /// Counts one more task of a standing.
    public mutating func add(_ standing: Standing) {
        tasks += 1
        switch standing {
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .dueSoon: dueSoon += 1
        case .overdue: overdue += 1
        case .notReported: notReported += 1
        }
    }

    /// The number of tasks of a standing.
    public func count(of standing: Standing) -> Int {
        switch standing {
        case .done: done
        case .inProgress: inProgress
        case .dueSoon: dueSoon
        case .overdue: overdue
        case .notReported: notReported
        }
    }

    /// Done over tasks, rounded to 3 places (0 when there are no tasks): 30 of 48 is 0.625.
    public var completionRate: Double {
        guard tasks > 0 else { return 0 }
        return (Double(done) * 1000 / Double(tasks)).rounded() / 1000
    }

    /// The completion rate as a bulletin prints it: "62.5%", "55.6%", "100%".
    public var completionPercent: String {
        // The rate has 3 places, so the per mille is a whole number: 625 → 62.5.
        let perMille = Int((completionRate * 1000).rounded())
        let tenths = perMille % 10
        return "\(perMille / 10)" + (tenths == 0 ? "" : ".\(tenths)") + "%"
    }
}
