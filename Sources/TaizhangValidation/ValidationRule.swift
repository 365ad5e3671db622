// SPDX-License-Identifier: Apache-2.0
// A rule of the catalogue (LEDGER-SPEC §5): the codes it can emit, and a checker that sees a ledger row by row.

import TaizhangModel
import TaizhangSheet

/// One check of a ledger. Adding a rule is one file in `Rules/` and one line in ``RuleCatalogue``.
///
/// A rule makes a fresh ``RowChecker`` for each ledger, which sees every task row as it is read
/// and then the end of the sheet; what it remembers between rows is its own (a rule that needs
/// nothing but the row conforms to ``RowRule`` instead). No rule sees the whole sheet at once.
public protocol ValidationRule: Sendable {
    /// The codes this rule can emit.
    var codes: [Finding.Code] { get }
    /// A checker for one ledger.
    func checker(for context: ValidationContext) -> any RowChecker
}

/// What a rule remembers while one ledger goes by.
public protocol RowChecker: AnyObject {
    /// The table starts: reports what the header alone shows.
    func start(report: (Finding) -> Void)
    /// Checks the next task row.
    func check(_ row: TaskRow, report: (Finding) -> Void)
    /// The sheet has ended: reports what only the whole ledger shows.
    func finish(report: (Finding) -> Void)
}

extension RowChecker {
    /// Nothing to say before the rows.
    public func start(report: (Finding) -> Void) {}

    /// Nothing more to say at the end.
    public func finish(report: (Finding) -> Void) {}
}

/// A rule that looks at one task row at a time and remembers nothing between rows.
public protocol RowRule: ValidationRule {
    /// Checks one task row.
    func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void)
}

extension RowRule {
    public func checker(for context: ValidationContext) -> any RowChecker {
        RowRuleChecker(rule: self, context: context)
    }
}

/// The checker of a ``RowRule``: the rule and the ledger's context.
private final class RowRuleChecker<Rule: RowRule>: RowChecker {
    let rule: Rule
    let context: ValidationContext

    init(rule: Rule, context: ValidationContext) {
        self.rule = rule
        self.context = context
    }

    func check(_ row: TaskRow, report: (Finding) -> Void) {
        rule.check(row, in: context, report: report)
    }
}

/// A task as rules see it: the task with its section path, the row it was read from, and the text
/// of its cells as the file holds them.
public struct TaskRow: Sendable {
    /// The task and the headings above it.
    public var entry: TaskEntry {
        didSet { (leadKeys, cooperatingKeys) = TaskRow.keys(of: entry.task, by: departments) }
    }
    /// The row as the file holds it; `nil` for a ledger that never was a sheet (JSON, a model).
    public var row: SheetRow?
    /// The cells rules about text look at, as (field, text as the file holds it): from the row as
    /// read, else (JSON, a model) from the task. See ``ValidationContext/textCells(of:row:)``.
    public var cells: [(field: LedgerField, text: String)] {
        didSet { traits = cells.map { TextTraits.of($0.text) } }
    }
    /// What kinds of bytes each of ``cells`` holds, in the same order.
    private(set) var traits: [TextTraits]
    /// The lead departments as the department rules compare them (``DepartmentIdentity``), in order.
    private(set) var leadKeys: [ExactText]
    /// The cooperating departments as the department rules compare them, in order.
    private(set) var cooperatingKeys: [ExactText]
    private let departments: DepartmentIdentity

    /// Creates a task row in a ledger's context.
    public init(entry: TaskEntry, row: SheetRow? = nil, in context: ValidationContext) {
        self.entry = entry
        self.row = row
        cells = context.textCells(of: entry.task, row: row)
        traits = cells.map { TextTraits.of($0.text) }
        departments = context.departments
        (leadKeys, cooperatingKeys) = TaskRow.keys(of: entry.task, by: departments)
    }

    /// Each department of a task keyed once, for every rule that compares them.
    private static func keys(of task: LedgerTask, by departments: DepartmentIdentity) -> ([ExactText], [ExactText]) {
        (task.lead.map(departments.key), task.cooperating.map(departments.key))
    }

    /// The task.
    public var task: LedgerTask { entry.task }

    /// What kinds of bytes `text` holds, known without a scan when the cell of `field` holds
    /// exactly that text (the usual: a task's value is its cell's text, untrimmed); `nil` otherwise.
    func traits(of field: LedgerField, holding text: String) -> TextTraits? {
        guard let index = cells.firstIndex(where: { $0.field == field }) else { return nil }
        return ExactText.same(cells[index].text, text) ? traits[index] : nil
    }
}
