// SPDX-License-Identifier: Apache-2.0
// A section of a ledger (一、 / （一） …) with its tasks and subsections.

/// The heading of a section row: its numeral and its title.
public struct SectionHeading: Sendable, Equatable, Hashable {
    /// The numeral as written, e.g. "二" or "（三）"; parsed in ``SequenceNumber``.
    public var sequence: SequenceNumber
    /// The title without its numeral, e.g. "深化医疗保障制度改革".
    public var title: String
    /// Where the section row stands.
    public var source: SourceLocation?

    /// Creates a heading.
    public init(sequence: SequenceNumber, title: String, source: SourceLocation? = nil) {
        self.sequence = sequence
        self.title = title
        self.source = source
    }
}

/// A section: a heading, the tasks directly under it, then its subsections.
public struct LedgerSection: Sendable, Equatable {
    /// The heading; `nil` only for a ledger's root section.
    public var heading: SectionHeading?
    /// The tasks directly under the heading, before any subsection.
    public var tasks: [LedgerTask]
    /// The subsections, in sheet order.
    public var subsections: [LedgerSection]

    /// Creates a section.
    public init(heading: SectionHeading? = nil, tasks: [LedgerTask] = [], subsections: [LedgerSection] = []) {
        self.heading = heading
        self.tasks = tasks
        self.subsections = subsections
    }

    /// The number of tasks in this section and all its subsections.
    public var taskCount: Int {
        subsections.reduce(tasks.count) { $0 + $1.taskCount }
    }

    /// The section with its headings but no tasks, at every depth.
    public var withoutTasks: LedgerSection {
        LedgerSection(heading: heading, tasks: [], subsections: subsections.map(\.withoutTasks))
    }

    func collectEntries(path: [SectionHeading], into result: inout [TaskEntry]) {
        let here = heading.map { path + [$0] } ?? path
        for task in tasks {
            result.append(TaskEntry(sectionPath: here, task: task))
        }
        for subsection in subsections {
            subsection.collectEntries(path: here, into: &result)
        }
    }

    func collectSections(into result: inout [LedgerSection]) {
        for subsection in subsections {
            result.append(subsection)
            subsection.collectSections(into: &result)
        }
    }
}
