// SPDX-License-Identifier: Apache-2.0
// Blank templates for departments to fill in: drop-down lists, input messages, locked title and header.

import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangText

/// What a blank template holds.
public struct TemplateOptions: Sendable {
    /// The schema: columns, allowed values, help texts.
    public var schema: LedgerSchema
    /// The title printed above the table.
    public var title: String
    /// A line under the title (e.g. "填报单位：　　　　填报日期：").
    public var subtitle: String?
    /// How many empty rows to prepare.
    public var rows: Int
    /// The departments offered in the 责任单位 and 配合单位 lists; no list without one.
    public var roster: DepartmentRoster?
    /// The creation time in the document properties (seconds since 1970); now when `nil`.
    public var created: Int?

    /// The most rows a template prepares.
    public static let maximumRows = 10_000

    /// Creates options.
    public init(
        schema: LedgerSchema = .standard, title: String = "重点任务台账", subtitle: String? = "填报单位：　　　　　　填报日期：　　　年　　月　　日",
        rows: Int = 30, roster: DepartmentRoster? = nil, created: Int? = nil
    ) {
        self.schema = schema
        self.title = title
        self.subtitle = subtitle
        self.rows = rows
        self.roster = roster
        self.created = created
    }
}

/// Writes a blank ledger template that departments fill in without getting its shape wrong.
///
/// The 台账 sheet has the title and header locked (sheet protection without a password; rows can
/// still be inserted, deleted, resized, sorted and filtered) and the body unlocked. Columns with
/// allowed values (完成情况) get a drop-down list that refuses other values; department columns get
/// a list from the roster that only warns, so several departments can still be typed. Every list
/// takes its choices from a range on the hidden 名录 sheet, never from inline text (libxlsxwriter
/// 1.1.4 overflows on inline lists past 255 bytes, and Excel caps them there). Every column shows
/// its help as an input message, and a 填表说明 sheet explains the columns and the time-limit forms.
public enum TemplateWriter {
    /// The name of the hidden sheet that holds the lists.
    public static let listSheetName = "名录"
    /// The name of the instructions sheet.
    public static let instructionsSheetName = "填表说明"

    /// Writes a template to `path`.
    ///
    /// - Parameters:
    ///   - path: the file to write.
    ///   - reportedPath: the name errors give the output, when `path` is a temporary file.
    ///   - options: schema, title, rows, roster.
    /// - Throws: ``LedgerWriteError`` for a row count out of range or a libxlsxwriter failure.
    public static func write(
        to path: String, reportedAs reportedPath: String? = nil, options: TemplateOptions
    ) throws(LedgerWriteError) {
        let shownPath = reportedPath ?? path
        guard (1...TemplateOptions.maximumRows).contains(options.rows) else {
            throw LedgerWriteError(
                .valueOutOfRange, path: shownPath,
                arguments: [
                    "quantity": "template-rows", "value": String(options.rows),
                    "allowed": "1–\(TemplateOptions.maximumRows)",
                ])
        }
        let columns = options.schema.columns.filter { $0.presence == .always }.map(GridColumn.init)
        let writeOptions = XLSXWriteOptions(
            schema: options.schema, memoryMode: .inMemory, highlightOverdue: false, created: options.created
        )
        let writer = try LedgerWorkbookWriter(
            path: path, reportedAs: reportedPath, heading: Ledger(title: options.title, subtitle: options.subtitle),
            columns: columns, options: writeOptions, expectedRows: options.rows, unlockedBody: true
        )
        let blank = Array(repeating: "", count: columns.count)
        for _ in 0..<options.rows {
            try writer.append(cells: blank, due: nil, source: nil, fitHeight: false)
        }
        try addListsAndMessages(columns: columns, roster: options.roster, writer: writer)
        try writeInstructions(columns: columns, writer: writer, notes: notes)
        writer.sheet.protect()
        writer.sheet.activate()
        _ = try writer.close()
    }

    /// Gives the body's columns their drop-down lists (from the hidden 名录 sheet) and input messages.
    ///
    /// - Parameter only: the columns to set up; every column when `nil`.
    static func addListsAndMessages(
        columns: [GridColumn], roster: DepartmentRoster?, writer: LedgerWorkbookWriter, only: Set<Int>? = nil
    ) throws(LedgerWriteError) {
        let body = (first: writer.headerRow + 1, last: max(writer.nextRow - 1, writer.headerRow + 1))
        let lists = try writeLists(columns: columns, roster: roster, writer: writer, only: only)
        for (index, column) in columns.enumerated() where only?.contains(index) ?? true {
            let block = CellBlock(firstRow: body.first, firstColumn: index, lastRow: body.last, lastColumn: index)
            let title = WorkbookChecks.clipped(column.title, to: WorkbookChecks.maximumInputTitle)
            let message = WorkbookChecks.clipped(column.help, to: WorkbookChecks.maximumInputMessage)
            if let source = lists[index] {
                let isDepartments = column.list == .departments && column.values == nil
                try writer.sheet.listValidation(
                    ListValidation(
                        range: block, source: source, stops: !isDepartments,
                        inputTitle: message.isEmpty ? nil : title, inputMessage: message.isEmpty ? nil : message,
                        errorTitle: isDepartments ? "单位名称不在名录中" : "请从列表中选择",
                        errorMessage: isDepartments
                            ? "该名称不在单位名录中。填写多个单位时用“、”隔开，可点“是”保留。"
                            : "只能填写下拉列表中的值。"
                    ))
            } else if !message.isEmpty {
                try writer.sheet.inputMessage(block, title: title, message: message)
            }
        }
    }

    /// Puts each list on the hidden sheet and names it; returns the source formula per column.
    private static func writeLists(
        columns: [GridColumn], roster: DepartmentRoster?, writer: LedgerWorkbookWriter, only: Set<Int>?
    ) throws(LedgerWriteError) -> [Int: String] {
        var listColumns: [(column: Int, title: String, values: [String])] = []
        for (index, column) in columns.enumerated() where only?.contains(index) ?? true {
            if let values = column.values {
                listColumns.append((index, column.title, values))
            } else if column.list == .departments, let roster, !roster.isEmpty {
                listColumns.append((index, column.title, roster.names))
            }
        }
        guard !listColumns.isEmpty else { return [:] }
        let sheet = try writer.workbook.addWorksheet(named: listSheetName)
        var sources: [Int: String] = [:]
        for (position, list) in listColumns.enumerated() {
            try WorkbookChecks.checkRow(list.values.count, path: writer.workbook.path)
            try sheet.setColumns(position, position, width: 30)
            try sheet.writeString(row: 0, column: position, list.title, format: nil)
            for (offset, value) in list.values.enumerated() {
                let clean = CellTextSanitizer.clean(value).text
                try sheet.writeString(row: offset + 1, column: position, clean, format: nil)
            }
            let letter = SourceLocation.columnLetters(position + 1)
            let name = "taizhang_list_\(position + 1)"
            try writer.workbook.defineName(
                name, formula: "='\(listSheetName)'!$\(letter)$2:$\(letter)$\(list.values.count + 1)")
            sources[list.column] = "=\(name)"
        }
        sheet.hide()
        return sources
    }

    /// The 填表说明 sheet: one row per column, then the ways of writing a time limit, then `notes`.
    static func writeInstructions(
        columns: [GridColumn], writer: LedgerWorkbookWriter, notes: [String]
    ) throws(LedgerWriteError) {
        let sheet = try writer.workbook.addWorksheet(named: instructionsSheetName)
        let formats = writer.formats
        for (column, width) in instructionWidths.enumerated() {
            try sheet.setColumns(column, column, width: width)
        }
        try sheet.mergeRange(row: 0, firstColumn: 0, lastColumn: 2, "填表说明", format: formats.title)
        try sheet.setRow(0, height: 36)
        var row = 1
        for (index, header) in ["列", "填写要求", "可选值"].enumerated() {
            try sheet.writeString(row: row, column: index, header, format: formats.header)
        }
        row += 1
        let required = Set(writer.options.schema.columns.filter(\.required).map(\.field))
        for column in columns {
            let mark = column.field.map { required.contains($0) } == true ? "（必填）" : ""
            let choices = column.values?.joined(separator: "、") ?? (column.list == .departments ? "单位名录中的名称" : "")
            let help = column.help.isEmpty ? "—" : column.help
            try writeFittedRow(row, [column.title + mark, help, choices.isEmpty ? "—" : choices], sheet, writer)
            row += 1
        }
        row += 1
        try sheet.mergeRange(row: row, firstColumn: 0, lastColumn: 2, "完成时限的写法", format: formats.section)
        row += 1
        for (index, header) in ["写法", "示例", "含义"].enumerated() {
            try sheet.writeString(row: row, column: index, header, format: formats.header)
        }
        row += 1
        for form in deadlineForms {
            try writeFittedRow(row, [form.kind, form.example, form.meaning], sheet, writer)
            row += 1
        }
        row += 1
        for note in notes {
            try sheet.mergeRange(row: row, firstColumn: 0, lastColumn: 2, note, format: formats.sheetText)
            row += 1
        }
        try sheet.setPrintLayout(PrintLayout())
    }

    /// The widths of the 填表说明 sheet's three columns.
    private static let instructionWidths = [14.0, 70, 24]

    /// Writes a bordered row of the 填表说明 sheet, tall enough for its longest cell.
    private static func writeFittedRow(
        _ row: Int, _ cells: [String], _ sheet: WorksheetHandle, _ writer: LedgerWorkbookWriter
    ) throws(LedgerWriteError) {
        let size = writer.options.schema.fonts.body.size
        let lines = zip(cells, instructionWidths).map { text, width in
            TextMeasure.lineCount(of: text, width: TextMeasure.columnPoints(width: width), fontSize: size)
        }
        try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines.max() ?? 1, fontSize: size))
        for (column, text) in cells.enumerated() {
            try sheet.writeString(row: row, column: column, text, format: writer.formats.bodyLeft)
        }
    }

    private static let deadlineForms: [(kind: String, example: String, meaning: String)] = [
        ("具体日期", "2021年12月31日、2021-12-31、2021/12/31", "当日"),
        ("月底", "12月底、12月底前、10月底前出台文件", "该月最后一天"),
        ("年底", "年底前、年内", "台账年度的12月31日"),
        ("季度、半年", "第三季度、三季度末、上半年、年中、下半年", "该季度或半年的最后一天"),
        ("阶段目标", "12月底前完成阶段性目标", "到期日另注“阶段性”"),
        ("长期工作", "长期坚持、持续推进、常态化推进", "无到期日，不计逾期"),
        ("时间段", "2016年9月-2018年4月、2017—2020年", "以结束时间为到期日"),
    ]

    private static let notes = [
        "标题和表头已锁定，不能修改；表格内容区可以填写、插入或删除行。",
        "多个单位之间用“、”隔开；牵头单位写在第一位。没有配合单位时写“——”或留空。",
        "请勿改动列的顺序，也不要合并单元格；填好后按原文件名报送。",
    ]
}
