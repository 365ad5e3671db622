// SPDX-License-Identifier: Apache-2.0
// What rules know about the ledger being checked: its heading, its columns, the standards, where it is.

import TaizhangModel
import TaizhangSheet

/// The ledger being checked, as known when its table starts, and how to point at its cells.
public struct ValidationContext: Sendable {
    /// What the context knows, shared by its copies: rules and rows take the context by value on
    /// every row, so a copy is one reference, not a dozen.
    private final class Storage: Sendable {
        let file: String
        let sheet: String?
        let heading: Ledger
        let columns: ColumnMap?
        let optionalFields: Set<LedgerField>
        let options: ValidationOptions
        let departments: DepartmentIdentity
        let textColumns: [(field: LedgerField, column: Int)]

        init(file: String, header: LedgerHeader, options: ValidationOptions) {
            self.file = header.source?.file ?? file
            sheet = header.source?.sheet
            heading = header.heading
            columns = header.columns
            optionalFields = header.optionalFields
            self.options = options
            departments = DepartmentIdentity(roster: options.roster)
            textColumns =
                header.columns.map { columns in
                    ValidationContext.textFields.compactMap { field in columns[field].map { (field, $0) } }
                } ?? []
        }
    }

    private let storage: Storage

    /// The file as the user named it.
    public var file: String { storage.file }
    /// The sheet, for workbooks.
    public var sheet: String? { storage.sheet }
    /// The title, year and other heading facts.
    public var heading: Ledger { storage.heading }
    /// Which column holds which field; `nil` for a ledger that never was a sheet.
    public var columns: ColumnMap? { storage.columns }
    /// The optional fields the ledger has (a 完成情况 column, say).
    public var optionalFields: Set<LedgerField> { storage.optionalFields }
    /// The standards.
    public var options: ValidationOptions { storage.options }
    /// Which written names are one department, remembered for the rules that compare names.
    var departments: DepartmentIdentity { storage.departments }
    /// The columns of the fields text rules look at, in the order of ``textFields``.
    private var textColumns: [(field: LedgerField, column: Int)] { storage.textColumns }

    /// The fields whose cells text rules look at.
    static let textFields: [LedgerField] = [
        .sequence, .task, .lead, .cooperating, .deadline, .progress, .status, .remarks,
    ]

    /// Creates a context from a ledger's header; `file` names a ledger the header does not place.
    public init(file: String, header: LedgerHeader, options: ValidationOptions) {
        storage = Storage(file: file, header: header, options: options)
    }

    /// The ledger year: the title's, else the option's.
    public var year: Int? { heading.year ?? options.year }

    /// Where a task's cell of `field` is: its row, and the field's column when the header has it.
    public func location(of task: LedgerTask, _ field: LedgerField?) -> SourceLocation {
        var location = task.source ?? SourceLocation(file: file, sheet: sheet)
        if let field, let column = columns?[field] { location.column = column + 1 }
        return location
    }

    /// The header title of a field's column, or the field's standard title.
    public func title(of field: LedgerField) -> String {
        if let column = columns?[field], column < columns?.titles.count ?? 0, let title = columns?.titles[column],
            !title.isEmpty
        {
            return title
        }
        return options.schema.column(for: field)?.header ?? field.standardTitle
    }

    /// The cells of a task that rules about text look at, as (field, text as the file holds it):
    /// from the row as read, else (JSON, a model) from the task.
    public func textCells(of task: LedgerTask, row: SheetRow?) -> [(field: LedgerField, text: String)] {
        if let row, columns != nil {
            return textColumns.map { ($0.field, row[$0.column]) }
        }
        return ValidationContext.textFields.compactMap { field in
            switch field {
            case .sequence: return (field, task.sequence.raw)
            case .task: return (field, task.text)
            case .lead: return (field, LedgerTask.cellText(ofDepartments: task.lead))
            case .cooperating: return (field, LedgerTask.cellText(ofDepartments: task.cooperating))
            case .deadline: return (field, task.deadline.text)
            case .progress: return task.progress.map { (field, $0) }
            case .status: return task.status.map { (field, $0) }
            case .remarks: return task.remarks.map { (field, $0) }
            case .section: return nil
            }
        }
    }
}
