// SPDX-License-Identifier: Apache-2.0
// The ledger (台账): its heading facts and its body of sections and tasks.

/// A task ledger (台账): one row per key task, grouped under section rows.
///
/// The body is a tree: ``body`` is the root section (it has no heading) whose own tasks are the
/// tasks that stand before the first section row. A section's own tasks always come before its
/// subsections, because a section row closes every deeper section above it, so a depth-first walk
/// of the tree gives the tasks in sheet order (see ``entries``).
public struct Ledger: Sendable, Equatable {
    /// The title, e.g. "同仁市2021年综合医改重点工作台账".
    public var title: String?
    /// A line under the title (文号, 填报单位, 填报日期), when the sheet has one.
    public var subtitle: String?
    /// The year the time limits refer to, from the title or given by the user.
    public var year: Int?
    /// The document number (文号) of the notice, e.g. "同政办〔2021〕14号".
    public var documentNumber: String?
    /// The issuing body (发文机关).
    public var issuer: String?
    /// Column titles that map to no known field, in sheet order; their values are in ``LedgerTask/extra``.
    public var extraColumns: [String]
    /// The root section: tasks before the first section row, then the sections.
    public var body: LedgerSection

    /// Creates a ledger.
    public init(
        title: String? = nil,
        subtitle: String? = nil,
        year: Int? = nil,
        documentNumber: String? = nil,
        issuer: String? = nil,
        extraColumns: [String] = [],
        body: LedgerSection = LedgerSection()
    ) {
        self.title = title
        self.subtitle = subtitle
        self.year = year
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.extraColumns = extraColumns
        self.body = body
    }

    /// Every task in sheet order, each with the path of section headings above it.
    public var entries: [TaskEntry] {
        var result: [TaskEntry] = []
        body.collectEntries(path: [], into: &result)
        return result
    }

    /// The number of tasks in the whole ledger.
    public var taskCount: Int { body.taskCount }

    /// The sections of the ledger at every depth, in sheet order.
    public var allSections: [LedgerSection] {
        var result: [LedgerSection] = []
        body.collectSections(into: &result)
        return result
    }

    /// Which optional fields any task fills in, so writers know which columns to print.
    public var optionalFieldsInUse: Set<LedgerField> {
        var used: Set<LedgerField> = []
        for entry in entries {
            if entry.task.progress != nil { used.insert(.progress) }
            if entry.task.status != nil { used.insert(.status) }
            if entry.task.remarks != nil { used.insert(.remarks) }
        }
        return used
    }
}

/// A task together with the headings of the sections it stands in, outermost first.
public struct TaskEntry: Sendable, Equatable {
    /// The section headings from the outermost in; empty for a task before the first section row.
    public var sectionPath: [SectionHeading]
    /// The task.
    public var task: LedgerTask

    /// Creates an entry.
    public init(sectionPath: [SectionHeading], task: LedgerTask) {
        self.sectionPath = sectionPath
        self.task = task
    }
}
