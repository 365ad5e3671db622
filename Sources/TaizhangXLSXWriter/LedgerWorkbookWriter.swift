// SPDX-License-Identifier: Apache-2.0
// Writing a ledger as a formatted workbook, row by row, as an office prints it (LEDGER-SPEC §6).

import TaizhangModel
import TaizhangProgress
import TaizhangSheet

/// Writes a ledger into a formatted .xlsx workbook with libxlsxwriter.
///
/// The title is merged across the table, the header is grey with borders and frozen, sections
/// are merged bold rows, the body wraps in rows tall enough for their whole text, and the sheet
/// prints A4 landscape, one page wide, with title and header on every page. With a status
/// column, a conditional format on `TODAY()` marks rows that are past their due date and not done
/// each time the workbook is opened; the due dates sit in a hidden last column.
///
/// Rows are written as they come, so a ledger of any length streams through in constant memory:
///
/// ```swift
/// let writer = try LedgerWorkbookWriter(path: "ledger.xlsx", heading: heading, columns: columns)
/// try writer.append(section, depth: 1)
/// try writer.append(task)
/// let findings = try writer.close()
/// ```
///
/// The workbook is written beside `path` and takes its name in ``close()``, so nobody sees half a
/// file; a writer dropped before ``close()`` leaves nothing at `path`, and appending after it throws.
public final class LedgerWorkbookWriter {
    let workbook: WorkbookHandle
    let sheet: WorksheetHandle
    let columns: [GridColumn]
    let formats: LedgerFormats
    let options: XLSXWriteOptions
    /// The row the next append writes, 0-based.
    private(set) var nextRow = 0
    /// The header's row, 0-based.
    private(set) var headerRow = 0
    private let columnPoints: [Double]
    private let sectionPoints: Double
    private let statusColumn: Int?
    private let dueColumn: Int?
    private let identifierColumn: Int?
    private var findings: [Finding] = []
    private var closed = false
    /// The destination, when this writer puts its own file in place.
    private let output: AtomicFile?
    /// Writes prepared rows into the worksheet.
    private let emitter: RowEmitter
    /// The writing thread, when streaming; rows wait in ``pending`` until a batch is full.
    private var handOff: RowHandOff?
    private var pending = PreparedRows()
    /// Rows handed to the writing thread at a time.
    static let batchSize = 256

    /// Starts a workbook: title, subtitle and header rows, column widths and page layout.
    ///
    /// - Parameters:
    ///   - path: the file to write (created by ``close()``).
    ///   - reportedPath: the name errors and findings give the output, when `path` is a temporary file.
    ///   - heading: the ledger's title, subtitle, 文号 and issuer; its tasks are not written.
    ///   - columns: the columns, e.g. from `LedgerGrid.columns(schema:fieldsInUse:extraColumns:)`.
    ///   - options: schema, memory mode, document properties.
    ///   - expectedRows: how many rows will follow, if known (chooses the memory mode and zip64).
    ///   - overwrite: whether an existing file at `path` may be replaced.
    ///   - inputs: files `path` must not be.
    /// - Throws: ``LedgerWriteError`` for an existing output (without `overwrite`), a bad sheet
    ///   name or column width, or a libxlsxwriter failure.
    public convenience init(
        path: String, heading: Ledger, columns: [GridColumn], options: XLSXWriteOptions = XLSXWriteOptions(),
        expectedRows: Int? = nil, overwrite: Bool = false, protecting inputs: [String] = []
    ) throws(LedgerWriteError) {
        let output = try AtomicFile(destination: path, overwrite: overwrite, protecting: inputs)
        try self.init(
            path: output.temporaryPath, reportedAs: path, heading: heading, columns: columns, options: options,
            expectedRows: expectedRows, unlockedBody: false, output: output)
    }

    /// A writer of the file at `file` itself, for callers that put it in place (``AtomicFileWriter``).
    ///
    /// - Parameters:
    ///   - unlockedBody: whether every body cell is unlocked (templates).
    ///   - unlockedColumns: the columns whose body cells are unlocked (the progress columns of a split workbook).
    init(
        path file: String, reportedAs reportedPath: String?, heading: Ledger, columns: [GridColumn],
        options: XLSXWriteOptions, expectedRows: Int?, unlockedBody: Bool, unlockedColumns: Set<Int> = [],
        output: AtomicFile? = nil
    ) throws(LedgerWriteError) {
        let path = reportedPath ?? file
        self.output = output
        try WorkbookChecks.checkSheetName(options.sheetName, path: path)
        try WorkbookChecks.checkColumns(columns.map(\.width), path: path)
        guard columns.count >= 2 else {
            throw LedgerWriteError(
                .valueOutOfRange, path: path,
                arguments: ["quantity": "columns", "value": String(columns.count), "allowed": "≥ 2"])
        }
        let streams = options.streams(rows: expectedRows)
        workbook = try WorkbookHandle(
            file: file, reportedAs: path, constantMemory: streams, temporaryDirectory: options.temporaryDirectory,
            zip64: (expectedRows ?? Int.max) > 400_000
        )
        self.columns = columns
        self.options = options
        formats = try LedgerFormats(workbook: workbook, schema: options.schema, unlockedBody: unlockedBody)
        sheet = try workbook.addWorksheet(named: options.sheetName)
        let columnPoints = columns.map { TextMeasure.columnPoints(width: $0.width) }
        self.columnPoints = columnPoints
        sectionPoints = TextMeasure.columnPoints(width: columns.dropFirst().reduce(0) { $0 + $1.width })
        statusColumn = columns.firstIndex { $0.field == .status }

        dueColumn = options.highlightOverdue && statusColumn != nil ? columns.count : nil
        identifierColumn = options.writesTaskIdentifiers ? columns.count + (dueColumn == nil ? 0 : 1) : nil
        emitter = RowEmitter(
            sheet: sheet, formats: formats, columns: columns, dueColumn: dueColumn,
            identifierColumn: identifierColumn, unlockedColumns: unlockedColumns)

        try workbook.setProperties(
            DocumentProperties(
                title: heading.title,
                subject: heading.documentNumber ?? "重点任务台账",
                author: options.author ?? heading.issuer,
                company: options.company ?? heading.issuer,
                keywords: "台账",
                created: options.created
            ))
        for (index, column) in columns.enumerated() {
            try sheet.setColumns(index, index, width: column.width)
        }
        if let dueColumn { try sheet.setColumns(dueColumn, dueColumn, width: 12, hidden: true) }
        if let identifierColumn { try sheet.setColumns(identifierColumn, identifierColumn, width: 20, hidden: true) }

        var row = 0
        let lastColumn = columns.count - 1
        let tableWidth = TextMeasure.columnPoints(width: columns.reduce(0) { $0 + $1.width })
        if let title = heading.title {
            let text = try cellText(title, row: row, column: 0, inTable: false, source: nil)
            let lines = TextMeasure.lineCount(of: text, width: tableWidth, fontSize: options.schema.fonts.title.size)
            try sheet.setRow(
                row, height: TextMeasure.rowHeight(lines: lines, fontSize: options.schema.fonts.title.size) + 8)
            try sheet.mergeRange(row: row, firstColumn: 0, lastColumn: lastColumn, text, format: formats.title)
            row += 1
        }
        if let subtitle = heading.subtitle {
            let text = try cellText(subtitle, row: row, column: 0, inTable: false, source: nil)
            let lines = TextMeasure.lineCount(of: text, width: tableWidth, fontSize: options.schema.fonts.body.size)
            try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines, fontSize: options.schema.fonts.body.size))
            try sheet.mergeRange(row: row, firstColumn: 0, lastColumn: lastColumn, text, format: formats.subtitle)
            row += 1
        }
        headerRow = row
        let headerSize = options.schema.fonts.header.size
        let headerLines = columns.indices.map {
            TextMeasure.lineCount(of: columns[$0].title, width: columnPoints[$0], fontSize: headerSize)
        }
        try sheet.setRow(row, height: TextMeasure.rowHeight(lines: headerLines.max() ?? 1, fontSize: headerSize))
        for (index, column) in columns.enumerated() {
            try sheet.writeString(row: row, column: index, column.title, format: formats.header)
        }
        if let dueColumn {
            try sheet.writeString(row: row, column: dueColumn, GridColumn.dueDateTitle, format: formats.dueDate)
        }
        if let identifierColumn {
            try sheet.writeString(row: row, column: identifierColumn, GridColumn.taskIdentifierTitle, format: nil)
        }
        nextRow = row + 1
        sheet.freezeRows(above: nextRow)
        try sheet.setPrintLayout(PrintLayout(repeatedRows: 0...headerRow))
        if streams {
            handOff = RowHandOff(write: emitter.write)
            handOff?.start()
        }
    }

    /// Writes a section row: the numeral under 序号, the title merged across the other columns.
    ///
    /// The corresponding libxlsxwriter function is `worksheet_merge_range`.
    public func append(_ heading: SectionHeading, depth: Int) throws(LedgerWriteError) {
        try checkOpen()
        try WorkbookChecks.checkRow(nextRow, path: workbook.path)
        let numeral = try cellText(heading.sequence.raw, row: nextRow, column: 0, inTable: true, source: nil)
        let title = try cellText(heading.title, row: nextRow, column: 1, inTable: true, source: nil)
        let size = options.schema.fonts.body.size
        let lines = max(
            TextMeasure.lineCount(of: title, width: sectionPoints, fontSize: size),
            TextMeasure.lineCount(of: numeral, width: columnPoints[0], fontSize: size)
        )
        let height = TextMeasure.rowHeight(lines: lines, fontSize: size)
        pending.append(row: nextRow, kind: .section, texts: [numeral, title], height: height)
        try submit()
    }

    /// Writes a task row with a height that shows its whole text.
    ///
    /// - Parameter notes: cells to mark, by column (annotated copies; the workbook must be written
    ///   in memory, as libxlsxwriter has no comments in constant-memory mode).
    public func append(_ task: LedgerTask, notes: [Int: CellNote] = [:]) throws(LedgerWriteError) {
        try checkOpen()
        let cells = columns.withUnsafeBufferPointer { columns in columns.map { LedgerGrid.cell(of: task, in: $0) } }
        try prepareRow(cells, due: task.deadline.due, id: task.id, source: task.source, fitHeight: true, notes: notes)
    }

    /// Writes a body row of cells, one per column, with borders and, unless `fitHeight` is false,
    /// a height that shows the whole text (a template's empty rows keep no fixed height, so Excel
    /// grows them as clerks type).
    func append(
        cells: [String], due: CalendarDate?, source: SourceLocation?, fitHeight: Bool = true
    ) throws(LedgerWriteError) {
        try checkOpen()
        try prepareRow(cells, due: due, id: nil, source: source, fitHeight: fitHeight)
    }

    /// Cleans and measures a row's cells and passes them on to be written.
    private func prepareRow(
        _ cells: [String], due: CalendarDate?, id: String?, source: SourceLocation?, fitHeight: Bool,
        notes: [Int: CellNote] = [:]
    ) throws(LedgerWriteError) {
        let row = nextRow
        try WorkbookChecks.checkRow(row, path: workbook.path)
        let size = options.schema.fonts.body.size
        var lines = 1
        for index in cells.indices {
            let text: String
            do {
                text = try cellText(cells[index], row: row, column: index, inTable: true, source: source)
            } catch {
                pending.discardOpenRow()
                throw error
            }
            if fitHeight, !text.isEmpty {
                lines = max(lines, TextMeasure.lineCount(of: text, width: columnPoints[index], fontSize: size))
            }
            pending.appendText(text)
        }
        let identifier = identifierColumn == nil ? nil : id
        if let identifier { pending.appendText(identifier) }
        let height = fitHeight ? TextMeasure.rowHeight(lines: lines, fontSize: size) : nil
        pending.endRow(row: row, kind: .task(due: due, hasIdentifier: identifier != nil), height: height, notes: notes)
        try submit()
    }

    /// Writes the row just prepared now, or, when streaming, hands the batch to the writing
    /// thread once it is full.
    private func submit() throws(LedgerWriteError) {
        nextRow += 1
        guard let handOff else {
            defer { pending.removeAll() }
            try emitter.write(pending)
            return
        }
        if pending.count >= LedgerWorkbookWriter.batchSize {
            let batch = pending
            pending = PreparedRows()
            try handOff.put(batch)
        }
    }

    deinit {
        // An abandoned writer stops its thread before the workbook is freed unwritten; its
        // temporary file goes with ``output``.
        try? handOff?.finish()
    }

    private func checkOpen() throws(LedgerWriteError) {
        if closed { throw LedgerWriteError(.writerClosed, path: workbook.path) }
    }

    /// Finishes the sheet (autofilter, overdue highlight), writes the file and puts it in place.
    ///
    /// - Returns: warnings about the output, such as control characters removed from cells.
    /// - Throws: ``LedgerWriteError`` `writer-failed` when the file cannot be written (nothing is
    ///   then left at the path), `writer-closed` when called twice.
    public func close() throws(LedgerWriteError) -> [Finding] {
        try checkOpen()
        closed = true
        if let handOff {
            self.handOff = nil
            if pending.count > 0 { try handOff.put(pending) }
            pending = PreparedRows()
            try handOff.finish()
        }
        try finishSheet()
        try workbook.close()
        try output?.commit()
        return findings
    }

    /// The sheet-wide settings that need the last row: autofilter and the overdue highlight.
    func finishSheet() throws(LedgerWriteError) {
        let lastRow = max(nextRow - 1, headerRow)
        let lastColumn = columns.count - 1
        try sheet.autofilter(firstRow: headerRow, lastRow: lastRow, lastColumn: lastColumn)
        try sheet.printArea(lastRow: lastRow, lastColumn: lastColumn)
        if let dueColumn, let statusColumn, lastRow > headerRow {
            let first = headerRow + 2
            let due = "$\(SourceLocation.columnLetters(dueColumn + 1))\(first)"
            let status = "$\(SourceLocation.columnLetters(statusColumn + 1))\(first)"
            let done = DoneStatus(schema: options.schema).spellings.map { "\(status)=\"\($0)\"" }.joined(separator: ",")
            let formula = "=AND(ISNUMBER(\(due)),\(due)<TODAY(),NOT(OR(\(done))))"
            try sheet.formulaHighlight(
                CellBlock(firstRow: headerRow + 1, firstColumn: 0, lastRow: lastRow, lastColumn: lastColumn),
                formula: formula, format: formats.overdue
            )
        }
    }

    /// Cleans a cell's text for the workbook, noting removed characters and refusing overlong text.
    private func cellText(
        _ text: String, row: Int, column: Int, inTable: Bool, source: SourceLocation?
    ) throws(LedgerWriteError) -> String {
        let (clean, removed) = CellTextSanitizer.clean(text)
        if removed > 0 {
            let location =
                source
                ?? SourceLocation(file: workbook.path, sheet: options.sheetName, row: row + 1, column: column + 1)
            findings.append(
                Finding(
                    .controlCharacter, at: location, columnTitle: inTable ? columns[column].title : nil,
                    arguments: ["count": String(removed)]
                ))
        }
        if CellTextSanitizer.isTooLong(clean) {
            throw LedgerWriteError(
                .cellTooLong, path: workbook.path,
                arguments: [
                    "sheet": options.sheetName, "cell": SourceLocation.columnLetters(column + 1) + String(row + 1),
                    "row": String(row + 1),
                    "length": String(clean.utf16.count),
                ])
        }
        return clean
    }
}
