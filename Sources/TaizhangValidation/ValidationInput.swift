// SPDX-License-Identifier: Apache-2.0
// What rules look at: the ledger, the rows as read, which column holds which field, and where.

import TaizhangModel
import TaizhangSheet

/// A ledger as read, with what rules need to point at its cells.
public struct ValidationInput: Sendable {
    /// The ledger.
    public var ledger: Ledger
    /// Every task with its section path, in sheet order.
    public let entries: [TaskEntry]
    /// The rows as read, by row number (empty for JSON, where only the model exists).
    public let rows: [Int: SheetRow]
    /// Which column holds which field, when the input had a header.
    public let columns: ColumnMap?
    /// The standards.
    public let options: ValidationOptions

    /// Creates an input.
    public init(ledger: Ledger, rows: [SheetRow] = [], columns: ColumnMap? = nil, options: ValidationOptions) {
        self.ledger = ledger
        self.entries = ledger.entries
        self.rows = Dictionary(rows.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        self.options = options
    }

    /// The ledger year: the title's, else the option's.
    public var year: Int? { ledger.year ?? options.year }

    /// Where a task's cell of `field` is: its row, and the field's column when the header has it.
    public func location(of task: LedgerTask, _ field: LedgerField?) -> SourceLocation {
        var location = task.source ?? SourceLocation(file: "")
        if let field, let column = columns?[field] { location.column = column + 1 }
        return location
    }

    /// The header title of a field's column, or the field's standard title.
    public func title(of field: LedgerField) -> String {
        if let column = columns?[field], let title = columns?.titles[safe: column], !title.isEmpty { return title }
        return options.schema.column(for: field)?.header ?? field.standardTitle
    }

    /// The raw text of a task's cell, as the file holds it.
    public func rawText(of task: LedgerTask, _ field: LedgerField) -> String? {
        guard let number = task.source?.row, let column = columns?[field], let row = rows[number] else { return nil }
        return row.cells[safe: column]
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
