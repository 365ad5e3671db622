// SPDX-License-Identifier: Apache-2.0
// Laying a ledger out as rows of cells, as every writer prints it: title, header, sections, tasks.

import TaizhangModel

/// One row of a ledger laid out for writing.
public struct GridRow: Sendable, Equatable {
    /// What the row is, so a writer can format it.
    public enum Kind: Sendable, Equatable {
        /// The title, in the first cell.
        case title
        /// The line under the title.
        case subtitle
        /// The column titles.
        case header
        /// A section heading at a depth (1 = outermost): numeral in the sequence cell, title beside it.
        case section(depth: Int)
        /// A task.
        case task
    }

    /// What the row is.
    public var kind: Kind
    /// The cells' text, one per column (a title row has one cell).
    public var cells: [String]
}

/// A column of a ledger as printed: the schema's column for a field, or an extra column.
public struct GridColumn: Sendable, Equatable {
    /// The field the column holds; `nil` for an extra column.
    public var field: LedgerField?
    /// The header text.
    public var title: String
    /// The width in Excel's character units.
    public var width: Double
    /// How body text is aligned.
    public var alignment: SchemaColumn.Alignment
    /// The allowed values, for a closed list.
    public var values: [String]?
    /// Where a template's drop-down list comes from.
    public var list: SchemaColumn.ListSource?
    /// What to write in the column.
    public var help: String

    /// The header of the hidden column taizhang writes due dates into, for the overdue highlight.
    ///
    /// Its values are derived from the time limits, so readers skip the column instead of keeping
    /// it as an extra one.
    public static let dueDateTitle = "到期日（系统生成）"

    /// The header of the hidden column taizhang writes task identifiers into (LEDGER-SPEC §9).
    ///
    /// It stands outside the print area; readers take it as ``LedgerTask/id``, never as an extra column.
    public static let taskIdentifierTitle = "任务标识（系统生成）"

    /// The column a schema describes.
    public init(_ column: SchemaColumn) {
        self.init(field: column.field, title: column.header, width: column.width, alignment: column.alignment)
        values = column.values
        list = column.list
        help = column.help
    }

    /// A column with plain text.
    public init(field: LedgerField?, title: String, width: Double, alignment: SchemaColumn.Alignment = .left) {
        self.field = field
        self.title = title
        self.width = width
        self.alignment = alignment
        self.values = nil
        self.list = nil
        self.help = ""
    }
}

/// The columns and rows of a ledger as an office prints it.
public struct LedgerGrid: Sendable {
    /// The columns: the schema's, those in use, then the extra columns.
    public let columns: [GridColumn]
    /// The rows, title first.
    public let rows: [GridRow]

    /// Lays out a ledger in a schema's columns; department lists are joined with "、".
    public init(_ ledger: Ledger, schema: LedgerSchema) {
        columns = LedgerGrid.columns(
            schema: schema, fieldsInUse: ledger.optionalFieldsInUse, extraColumns: ledger.extraColumns
        )
        var rows: [GridRow] = []
        if let title = ledger.title { rows.append(GridRow(kind: .title, cells: [title])) }
        if let subtitle = ledger.subtitle { rows.append(GridRow(kind: .subtitle, cells: [subtitle])) }
        rows.append(GridRow(kind: .header, cells: columns.map(\.title)))
        LedgerGrid.append(ledger.body, depth: 0, columns: columns, to: &rows)
        self.rows = rows
    }

    /// The columns a ledger prints with.
    ///
    /// The schema's columns that are always shown or whose field is in use come first, in the
    /// schema's order; a field in use that the schema lacks follows with its standard title (so
    /// nothing is lost), and the extra columns come last.
    public static func columns(
        schema: LedgerSchema, fieldsInUse: Set<LedgerField>, extraColumns: [String]
    ) -> [GridColumn] {
        var columns = schema.printedColumns(fieldsInUse: fieldsInUse).map(GridColumn.init)
        let standardFields: [LedgerField] = [.sequence, .task, .lead, .cooperating, .deadline]
        for field in standardFields + [.progress, .status, .remarks]
        where (standardFields.contains(field) || fieldsInUse.contains(field)) && schema.column(for: field) == nil {
            columns.append(GridColumn(field: field, title: field.standardTitle, width: schema.extraColumnWidth))
        }
        for title in extraColumns {
            columns.append(GridColumn(field: nil, title: title, width: schema.extraColumnWidth))
        }
        return columns
    }

    /// A task's cells in the given columns.
    public static func cells(of task: LedgerTask, in columns: [GridColumn]) -> [String] {
        columns.map { cell(of: task, in: $0) }
    }

    /// A section heading's cells: the numeral under the sequence column, the title in the next.
    public static func cells(of heading: SectionHeading, columnCount: Int) -> [String] {
        var cells = Array(repeating: "", count: max(columnCount, 2))
        cells[0] = heading.sequence.raw
        cells[1] = heading.title
        return cells
    }

    private static func append(_ section: LedgerSection, depth: Int, columns: [GridColumn], to rows: inout [GridRow]) {
        if let heading = section.heading {
            rows.append(GridRow(kind: .section(depth: depth), cells: cells(of: heading, columnCount: columns.count)))
        }
        for task in section.tasks {
            rows.append(GridRow(kind: .task, cells: cells(of: task, in: columns)))
        }
        for subsection in section.subsections {
            append(subsection, depth: depth + 1, columns: columns, to: &rows)
        }
    }

    /// A task's cell in one column.
    public static func cell(of task: LedgerTask, in column: GridColumn) -> String {
        guard let field = column.field else { return task.extra[column.title] ?? "" }
        switch field {
        case .sequence: return task.sequence.raw
        case .task: return task.text
        case .lead: return LedgerTask.cellText(ofDepartments: task.lead)
        case .cooperating: return LedgerTask.cellText(ofDepartments: task.cooperating)
        case .deadline: return task.deadline.text
        case .progress: return task.progress ?? ""
        case .status: return task.status ?? ""
        case .remarks: return task.remarks ?? ""
        case .section: return ""
        }
    }
}
