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

/// The columns and rows of a ledger as an office prints it.
public struct LedgerGrid: Sendable {
    /// A column of the grid: a ledger field, or an extra column by title.
    public enum Column: Sendable, Equatable {
        /// A known field.
        case field(LedgerField)
        /// A column that maps to no field.
        case extra(String)

        /// The header text.
        public var title: String {
            switch self {
            case .field(let field): field.standardTitle
            case .extra(let title): title
            }
        }
    }

    /// The columns: the five standard ones, the optional fields in use, then the extra columns.
    public let columns: [Column]
    /// The rows, title first.
    public let rows: [GridRow]

    /// Lays out a ledger; department lists are joined with "、".
    public init(_ ledger: Ledger) {
        var columns: [Column] = [.field(.sequence), .field(.task), .field(.lead), .field(.cooperating), .field(.deadline)]
        let used = ledger.optionalFieldsInUse
        for field in [LedgerField.progress, .status, .remarks] where used.contains(field) {
            columns.append(.field(field))
        }
        columns += ledger.extraColumns.map(Column.extra)
        self.columns = columns

        var rows: [GridRow] = []
        if let title = ledger.title { rows.append(GridRow(kind: .title, cells: [title])) }
        if let subtitle = ledger.subtitle { rows.append(GridRow(kind: .subtitle, cells: [subtitle])) }
        rows.append(GridRow(kind: .header, cells: columns.map(\.title)))
        LedgerGrid.append(ledger.body, depth: 0, columns: columns, to: &rows)
        self.rows = rows
    }

    private static func append(_ section: LedgerSection, depth: Int, columns: [Column], to rows: inout [GridRow]) {
        if let heading = section.heading {
            var cells = Array(repeating: "", count: columns.count)
            cells[0] = heading.sequence.raw
            cells[1] = heading.title
            rows.append(GridRow(kind: .section(depth: depth), cells: cells))
        }
        for task in section.tasks {
            rows.append(GridRow(kind: .task, cells: columns.map { cell(of: task, in: $0) }))
        }
        for subsection in section.subsections {
            append(subsection, depth: depth + 1, columns: columns, to: &rows)
        }
    }

    private static func cell(of task: LedgerTask, in column: Column) -> String {
        switch column {
        case .extra(let title): task.extra[title] ?? ""
        case .field(.sequence): task.sequence.raw
        case .field(.task): task.text
        case .field(.lead): task.lead.joined(separator: "、")
        case .field(.cooperating): task.cooperating.joined(separator: "、")
        case .field(.deadline): task.deadline.text
        case .field(.progress): task.progress ?? ""
        case .field(.status): task.status ?? ""
        case .field(.remarks): task.remarks ?? ""
        case .field(.section): ""
        }
    }
}
