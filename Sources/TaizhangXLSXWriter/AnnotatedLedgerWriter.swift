// SPDX-License-Identifier: Apache-2.0
// A submitted ledger written back with its problems marked: coloured cells, comments, and a list.

import TaizhangModel
import TaizhangSheet

/// Writes a ledger anew (libxlsxwriter cannot edit a file) with every problem cell filled in its
/// severity's colour and carrying the messages as a comment, and a 校验结果 sheet listing every
/// finding, including those that belong to no task cell (header, blank rows).
public enum AnnotatedLedgerWriter {
    /// The name of the sheet that lists the findings.
    public static let findingsSheetName = "校验结果"

    /// Writes the annotated copy.
    ///
    /// - Parameters:
    ///   - ledger: the ledger as read.
    ///   - findings: its findings, located in the input file.
    ///   - inputColumns: which input column held which field, to find a finding's cell.
    ///   - path: where to write; `reportedPath` names it in errors when `path` is temporary.
    ///   - catalog: the language of the comments.
    public static func write(
        _ ledger: Ledger, findings: [Finding], inputColumns: ColumnMap?, to path: String,
        reportedAs reportedPath: String?,
        options: XLSXWriteOptions, catalog: MessageCatalog
    ) throws(LedgerWriteError) {
        var options = options
        options.memoryMode = .inMemory
        let columns = LedgerGrid.columns(
            schema: options.schema, fieldsInUse: ledger.optionalFieldsInUse, extraColumns: ledger.extraColumns)
        let notes = notesByRow(findings, inputColumns: inputColumns, outputColumns: columns, catalog: catalog)
        let writer = try LedgerWorkbookWriter(
            path: path, reportedAs: reportedPath, heading: ledger, columns: columns, options: options,
            expectedRows: ledger.taskCount, unlockedBody: false)
        try append(ledger.body, depth: 0, writer: writer, notes: notes)
        let rows = findings.map { finding -> [String] in
            [
                finding.location.row.map(String.init) ?? "", finding.location.cell ?? "",
                catalog.label(of: finding.severity),
                finding.code.rawValue, catalog.message(for: finding), catalog.suggestion(for: finding) ?? "",
            ]
        }
        let table = TableSheet(
            name: findingsSheetName, title: "校验结果（\(findings.count) 条）",
            columns: [("原表行", 8), ("原表单元格", 10), ("严重程度", 10), ("代码", 20), ("问题", 60), ("建议", 30)], rows: rows)
        try table.write(into: writer.workbook, formats: writer.formats, fontSize: options.schema.fonts.body.size)
        _ = try writer.close()
    }

    private static func append(
        _ section: LedgerSection, depth: Int, writer: LedgerWorkbookWriter, notes: [Int: [Int: CellNote]]
    ) throws(LedgerWriteError) {
        if let heading = section.heading { try writer.append(heading, depth: depth) }
        for task in section.tasks {
            try writer.append(task, notes: task.source?.row.flatMap { notes[$0] } ?? [:])
        }
        for subsection in section.subsections {
            try append(subsection, depth: depth + 1, writer: writer, notes: notes)
        }
    }

    /// The notes of each input row, by output column: a finding's field decides the column, a
    /// finding on a whole row goes on its 序号 cell.
    static func notesByRow(
        _ findings: [Finding], inputColumns: ColumnMap?, outputColumns: [GridColumn], catalog: MessageCatalog
    ) -> [Int: [Int: CellNote]] {
        var fieldOfInputColumn: [Int: LedgerField] = [:]
        for (field, column) in inputColumns?.columns ?? [:] { fieldOfInputColumn[column] = field }
        var notes: [Int: [Int: CellNote]] = [:]
        for finding in findings {
            guard let row = finding.location.row else { continue }
            let field = finding.location.column.flatMap { fieldOfInputColumn[$0 - 1] }
            let column = field.flatMap { field in outputColumns.firstIndex { $0.field == field } } ?? 0
            var text = catalog.inputPlace(of: finding.location) + catalog.message(for: finding) + " [\(finding.code)]"
            if let suggestion = catalog.suggestion(for: finding) { text += "\n" + suggestion }
            if var note = notes[row]?[column] {
                note.text += "\n" + text
                if finding.severity > note.severity { note.severity = finding.severity }
                notes[row, default: [:]][column] = note
            } else {
                notes[row, default: [:]][column] = CellNote(severity: finding.severity, text: text)
            }
        }
        return notes
    }
}

/// The summary workbook of a validation run: one row per file.
public enum ValidationSummaryWriter {
    /// One file's line in the summary.
    public struct Line: Sendable {
        /// The file.
        public var file: String
        /// Counts by severity.
        public var errors, warnings, infos: Int
        /// The most severe finding's message, with its code.
        public var worst: String
        /// The annotated copy's file name in the folder, or why there is none.
        public var copy: String

        /// Creates a line.
        public init(file: String, errors: Int, warnings: Int, infos: Int, worst: String, copy: String = "") {
            self.file = file
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.worst = worst
            self.copy = copy
        }
    }

    /// Writes the summary workbook.
    public static func write(
        _ lines: [Line], to path: String, reportedAs reportedPath: String?, options: XLSXWriteOptions
    ) throws(LedgerWriteError) {
        let rows = lines.map { line in
            [
                line.file, line.errors == 0 ? "通过" : "有错误", String(line.errors), String(line.warnings),
                String(line.infos),
                line.worst, line.copy,
            ]
        }
        let valid = lines.filter { $0.errors == 0 }.count
        let table = TableSheet(
            name: "校验汇总", title: "台账校验汇总（\(lines.count) 个文件，\(valid) 个通过）",
            columns: [("文件", 36), ("结果", 8), ("错误", 6), ("警告", 6), ("提示", 6), ("最严重的问题", 60), ("标注副本", 24)],
            rows: rows
        )
        try TableWorkbookWriter.write(
            [table], properties: DocumentProperties(title: "台账校验汇总", subject: "校验汇总"), to: path,
            reportedAs: reportedPath, options: options)
    }
}
