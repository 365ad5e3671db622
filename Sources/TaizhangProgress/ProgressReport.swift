// SPDX-License-Identifier: Apache-2.0
// The figures of a supervision bulletin (督查通报): every task's standing, per department and in total.

public import TaizhangModel
public import TaizhangText

/// A ledger's progress on a date: each task's standing, the figures per lead department, ranked,
/// and the totals (LEDGER-SPEC §10).
///
/// A task with two lead departments counts for both; the totals count each task once. The
/// bulletin's three outputs (.xlsx, .html, .json) are all drawn from one report, so they agree.
///
/// ```swift
/// let report = ProgressReport(ledger: ledger, rules: StandingRules(asOf: .today))
/// print(report.totals.completionPercent)
/// ```
public struct ProgressReport: Sendable {
    /// One task as the bulletin lists it.
    public struct TaskLine: Sendable, Equatable {
        /// The task's identifier (LEDGER-SPEC §9), when the ledger carries one.
        public var id: String?
        /// The section headings above it, outermost first.
        public var sectionPath: [SectionHeading]
        /// The task.
        public var task: LedgerTask
        /// Where it stands.
        public var standing: Standing

        /// Creates a line.
        public init(id: String? = nil, sectionPath: [SectionHeading], task: LedgerTask, standing: Standing) {
            self.id = id
            self.sectionPath = sectionPath
            self.task = task
            self.standing = standing
        }

        /// The titles of the sections above it, outermost first, numerals stripped (as the JSON gives them).
        public var section: [String] { sectionPath.map(\.title) }
    }

    /// One lead department's figures and place.
    public struct DepartmentLine: Sendable, Equatable {
        /// The department, as the ledger names it.
        public var department: String
        /// Its tasks by standing.
        public var counts: StandingCounts
        /// 1 for the highest completion rate; ties go to fewer overdue, then to the name.
        public var rank: Int

        /// Creates a line.
        public init(department: String, counts: StandingCounts, rank: Int) {
            self.department = department
            self.counts = counts
            self.rank = rank
        }
    }

    /// The ledger's title.
    public var title: String?
    /// The rules the standings were judged by (date, days counted as due soon).
    public var rules: StandingRules
    /// Every task in sheet order.
    public var tasks: [TaskLine]
    /// The lead departments, best rank first.
    public var departments: [DepartmentLine]
    /// All tasks, each counted once.
    public var totals: StandingCounts
    /// Whether the ledger has a 进展情况 or 完成情况 column; without one every task not overdue or
    /// due soon is counted as not reported, and the bulletin says so.
    public var hasProgressColumns: Bool
    /// Tasks that name no lead department: in the totals, in no department's line.
    public var tasksWithoutLead: Int

    /// Judges every task of a ledger.
    ///
    /// - Parameters:
    ///   - ledger: the ledger, typically merged returns (进展情况, 完成情况 filled in).
    ///   - rules: the date and the rules.
    ///   - hasProgressColumns: whether the file had a 进展情况 or 完成情况 column; by default,
    ///     whether any task fills one in.
    ///   - roster: when given, lead departments written as a short form or alias (市卫健委) are
    ///     counted, and listed, under the roster's name (市卫生健康委员会); names it does not know
    ///     are kept as written.
    public init(ledger: Ledger, rules: StandingRules, hasProgressColumns: Bool? = nil, roster: DepartmentRoster? = nil)
    {
        self.title = ledger.title
        self.rules = rules
        var tasks: [TaskLine] = []
        var totals = StandingCounts()
        var byDepartment: [String: StandingCounts] = [:]
        var withoutLead = 0
        for entry in ledger.entries {
            var task = entry.task
            if let roster {
                var seen: Set<String> = []
                task.lead = task.lead.map { roster.canonicalName(for: $0) ?? $0 }.filter { seen.insert($0).inserted }
            }
            let standing = rules.standing(of: task)
            tasks.append(TaskLine(sectionPath: entry.sectionPath, task: task, standing: standing))
            totals.add(standing)
            // A department named twice among a task's leads still counts the task once.
            let leads = Set(task.lead)
            if leads.isEmpty { withoutLead += 1 }
            for lead in leads { byDepartment[lead, default: StandingCounts()].add(standing) }
        }
        self.tasks = tasks
        self.totals = totals
        self.tasksWithoutLead = withoutLead
        self.hasProgressColumns =
            hasProgressColumns
            ?? !ledger.optionalFieldsInUse.isDisjoint(with: [.progress, .status])
        let ordered = byDepartment.sorted { a, b in
            if a.value.completionRate != b.value.completionRate {
                return a.value.completionRate > b.value.completionRate
            }
            if a.value.overdue != b.value.overdue { return a.value.overdue < b.value.overdue }
            return a.key < b.key
        }
        departments = ordered.enumerated().map { DepartmentLine(department: $1.key, counts: $1.value, rank: $0 + 1) }
    }

    /// The departments with tasks of a standing, most first (ties by name), with their counts:
    /// for "逾期5项，涉及市财政局2项、……".
    public func departments(with standing: Standing) -> [(department: String, count: Int)] {
        departments.map { ($0.department, $0.counts.count(of: standing)) }
            .filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}
