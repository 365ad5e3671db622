// SPDX-License-Identifier: Apache-2.0
// Which column of a header row holds which ledger field, and what the header itself got wrong.

import TaizhangModel
import TaizhangText

/// The meaning of each column of a recognised header row.
public struct ColumnMap: Sendable, Equatable {
    /// A column that maps to no ledger field; its values are kept under its title.
    public struct ExtraColumn: Sendable, Equatable {
        /// The 0-based column.
        public var column: Int
        /// Its header text, as printed (cleaned).
        public var title: String
    }

    /// The 0-based column of each field, by ``LedgerField/position``: every row asks for several,
    /// so an array, not a dictionary.
    private var columnOfField = [Int?](repeating: nil, count: LedgerField.allCases.count)
    /// The 0-based column of each field found.
    public var columns: [LedgerField: Int] {
        Dictionary(uniqueKeysWithValues: LedgerField.allCases.compactMap { field in self[field].map { (field, $0) } })
    }
    /// The header text of every column, as printed (cleaned), by 0-based column.
    public private(set) var titles: [String]
    /// Columns that map to no field, left to right.
    public private(set) var extras: [ExtraColumn]
    /// A 责任单位 column that stands beside a 牵头单位 column: it names the other responsible units.
    public private(set) var otherResponsible: Int?
    /// taizhang's hidden task-identifier column (``GridColumn/taskIdentifierTitle``), when the sheet has it.
    public private(set) var identifier: Int?

    /// Reads a header row, or returns `nil` when the row is not a ledger header (it needs at
    /// least the sequence and key-task fields).
    ///
    /// - Parameter report: receives the header's findings (duplicate, unknown and missing columns).
    public static func recognize(
        _ row: SheetRow,
        at location: SourceLocation,
        report: (Finding) -> Void
    ) -> ColumnMap? {
        let titles = row.cells.map { CellText.clean($0).replacingLineBreaks() }
        var matches: [(column: Int, match: HeaderMatch)] = []
        for (column, title) in titles.enumerated() {
            if let match = HeaderMatcher.match(title) { matches.append((column, match)) }
        }
        let fields = Set(matches.map(\.match.field))
        guard fields.contains(.sequence), fields.contains(.task) else { return nil }

        var map = ColumnMap(titles: titles, extras: [], otherResponsible: nil)
        // 牵头单位 beside 责任单位: 牵头 leads, 责任 names the others (LEDGER-SPEC §1).
        let leads = matches.filter { $0.match.field == .lead }
        let explicitLead = leads.first { $0.match.namesLeadExplicitly }
        if leads.count == 2, let explicitLead, let other = leads.first(where: { !$0.match.namesLeadExplicitly }) {
            map[.lead] = explicitLead.column
            map.otherResponsible = other.column
        }
        for (column, match) in matches where map[.lead] == nil || match.field != .lead {
            if let first = map[match.field] {
                report(
                    Finding(
                        .duplicateColumn, at: location.withColumn(column + 1), columnTitle: titles[column],
                        arguments: [
                            "field": match.field.standardTitle, "other": SourceLocation.columnLetters(first + 1),
                            "otherTitle": titles[first],
                        ]))
            } else {
                map[match.field] = column
            }
        }
        map.identifier = titles.firstIndex(of: GridColumn.taskIdentifierTitle)
        // taizhang's own hidden due-date column is derived from the time limits: skipped, not kept.
        for (column, title) in titles.enumerated()
        where !title.isEmpty && title != GridColumn.dueDateTitle && column != map.identifier
            && !matches.contains(where: { $0.column == column })
        {
            map.extras.append(ExtraColumn(column: column, title: title))
            report(Finding(.unknownColumn, at: location.withColumn(column + 1), columnTitle: title))
        }
        for field in LedgerField.allCases where field.isRequiredColumn && map[field] == nil {
            report(Finding(.missingColumn, at: location, arguments: ["field": field.standardTitle]))
        }
        return map
    }

    /// The columns of a two-level header, when `row` (just under the header) names the fields of the
    /// columns the header merges over — 责任单位 above 牵头单位 | 配合单位 — or `nil` when it is a table
    /// row. Every text of such a row is a header word, or the title above it merged down.
    ///
    /// - Parameter report: receives the combined header's findings.
    public func refined(by row: SheetRow, at location: SourceLocation, report: (Finding) -> Void) -> ColumnMap? {
        let cells = row.cells.map { CellText.clean($0).replacingLineBreaks() }
        var combined = titles + Array(repeating: "", count: max(0, cells.count - titles.count))
        var named = 0
        for (column, cell) in cells.enumerated() where !cell.isEmpty {
            if column < titles.count, cell == titles[column] { continue }
            guard HeaderMatcher.match(cell) != nil else { return nil }
            combined[column] = cell
            named += 1
        }
        guard named > 0 else { return nil }
        return ColumnMap.recognize(SheetRow(number: row.number, cells: combined), at: location, report: report)
    }

    /// Whether a row of the table is the header itself, printed again (at a page break).
    public func repeatsHeader(_ values: [String]) -> Bool {
        guard let sequence = self[.sequence], let task = self[.task],
            values.count > max(sequence, task)
        else { return false }
        return values[sequence] == titles[sequence] && values[task] == titles[task]
    }

    /// The 0-based column of a field, if the sheet has it.
    public internal(set) subscript(field: LedgerField) -> Int? {
        get { columnOfField[field.position] }
        set { columnOfField[field.position] = newValue }
    }

    /// The number of columns the header spans.
    public var width: Int { titles.count }
}

extension String {
    /// Line breaks inside a header cell ("责任\n单位") removed.
    fileprivate func replacingLineBreaks() -> String {
        String(unicodeScalars.filter { $0 != "\n" && $0 != "\r" }.map(Character.init))
    }
}
