// SPDX-License-Identifier: Apache-2.0
// A plain bordered table on its own sheet: a title, a header and rows of text (lists of findings, summaries).

import TaizhangModel

/// A titled table on a sheet of its own: a list of findings, a summary, the rows a merge could not place.
public struct TableSheet: Sendable {
    /// The sheet's name.
    public var name: String
    /// The title above the table.
    public var title: String
    /// Column headers and widths (Excel's character units).
    public var columns: [(title: String, width: Double)]
    /// The rows, one text per column.
    public var rows: [[String]]

    /// Creates a table.
    public init(name: String, title: String, columns: [(title: String, width: Double)], rows: [[String]]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// Adds the sheet to the workbook with the given formats.
    func write(into workbook: WorkbookHandle, formats: LedgerFormats, fontSize: Double) throws(LedgerWriteError) {
        try WorkbookChecks.checkSheetName(name, path: workbook.path)
        try WorkbookChecks.checkRow(rows.count + 2, path: workbook.path)
        let sheet = try workbook.addWorksheet(named: name)
        for (index, column) in columns.enumerated() {
            try sheet.setColumns(index, index, width: column.width)
        }
        try sheet.setRow(0, height: 30)
        try sheet.mergeRange(row: 0, firstColumn: 0, lastColumn: columns.count - 1, title, format: formats.title)
        for (index, column) in columns.enumerated() {
            try sheet.writeString(row: 1, column: index, column.title, format: formats.header)
        }
        let points = columns.map { TextMeasure.columnPoints(width: $0.width) }
        for (offset, cells) in rows.enumerated() {
            let row = offset + 2
            let clean = cells.map { CellTextSanitizer.clean($0).text }
            let lines = zip(clean, points).map { TextMeasure.lineCount(of: $0, width: $1, fontSize: fontSize) }
            try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines.max() ?? 1, fontSize: fontSize))
            for (column, text) in clean.enumerated() {
                try sheet.writeString(
                    row: row, column: column, String(text.prefix(CellTextSanitizer.maximumLength)),
                    format: formats.bodyLeft)
            }
        }
        sheet.freezeRows(above: 2)
        try sheet.autofilter(firstRow: 1, lastRow: max(rows.count + 1, 1), lastColumn: columns.count - 1)
        try sheet.setPrintLayout(PrintLayout(repeatedRows: 0...1))
    }
}

/// Writes workbooks made only of tables, such as a validation summary or a distribution list (分发清单).
public enum TableWorkbookWriter {
    /// Writes the tables, one sheet each, to `path`.
    ///
    /// - Parameters:
    ///   - tables: the sheets, first one active.
    ///   - properties: the document's title and subject.
    ///   - path: the file; `reportedPath` names it in errors when `path` is temporary.
    ///   - options: the schema (fonts) and creation time.
    /// - Throws: ``LedgerWriteError`` for a bad sheet name, too many rows, or a libxlsxwriter failure.
    public static func write(
        _ tables: [TableSheet], properties: DocumentProperties, to path: String, reportedAs reportedPath: String? = nil,
        options: XLSXWriteOptions = XLSXWriteOptions()
    ) throws(LedgerWriteError) {
        let workbook = try WorkbookHandle(
            file: path, reportedAs: reportedPath ?? path, constantMemory: false, temporaryDirectory: nil, zip64: false)
        let formats = try LedgerFormats(workbook: workbook, schema: options.schema, unlockedBody: false)
        var properties = properties
        properties.created = properties.created ?? options.created
        try workbook.setProperties(properties)
        for table in tables {
            try table.write(into: workbook, formats: formats, fontSize: options.schema.fonts.body.size)
        }
        try workbook.close()
    }
}
