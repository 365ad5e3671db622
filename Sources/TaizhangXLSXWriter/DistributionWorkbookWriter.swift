// SPDX-License-Identifier: Apache-2.0
// A department's share of a ledger, sent out to be filled in: master columns locked, progress columns open.

import TaizhangModel
import TaizhangSheet

/// Writes the workbook a department receives when a ledger is split (分解下发, LEDGER-SPEC §9).
///
/// The ledger sheet is printed as §6 prints a ledger, with task identifiers in a hidden column. It is
/// protected without a password: the master's columns are locked, the columns a department fills in
/// (进展情况, 完成情况, 备注) are unlocked, 完成情况 has a drop-down list that refuses other values, and
/// rows can still be inserted, deleted, sorted and filtered. A 填表说明 sheet explains the columns,
/// and a hidden 分发信息 sheet names the department, so a return is recognised whatever its file is
/// called.
public enum DistributionWorkbookWriter {
    /// The name of the hidden sheet that names the department.
    public static let infoSheetName = "分发信息"
    /// The label in column A of the hidden sheet's row whose column B names the department.
    public static let departmentLabel = "报送单位"
    /// The fields a department fills in.
    public static let editableFields: Set<LedgerField> = [.progress, .status, .remarks]

    /// Writes a department's workbook.
    ///
    /// - Parameters:
    ///   - ledger: the department's tasks under their sections, titled for the department; each
    ///     task's ``LedgerTask/id`` is written to the hidden identifier column.
    ///   - department: the department the workbook is for.
    ///   - columns: the printed columns; those of ``editableFields`` are unlocked.
    ///   - path: the file to write; `reportedPath` names it in errors when `path` is temporary.
    ///   - options: schema (fonts, the 完成情况 values) and document properties.
    /// - Returns: warnings about the output (control characters removed).
    /// - Throws: ``LedgerWriteError`` for a value a workbook cannot hold or a libxlsxwriter failure.
    public static func write(
        _ ledger: Ledger, department: String, columns: [GridColumn], to path: String,
        reportedAs reportedPath: String? = nil,
        options: XLSXWriteOptions
    ) throws(LedgerWriteError) -> [Finding] {
        var options = options
        options.memoryMode = .inMemory
        options.writesTaskIdentifiers = true
        let editable = Set(columns.indices.filter { columns[$0].field.map(editableFields.contains) ?? false })
        let writer = try LedgerWorkbookWriter(
            path: path, reportedAs: reportedPath, heading: ledger, columns: columns, options: options,
            expectedRows: ledger.taskCount, unlockedBody: false, unlockedColumns: editable
        )
        try writer.append(ledger.body, depth: 0)
        try TemplateWriter.addListsAndMessages(columns: columns, roster: nil, writer: writer, only: editable)
        try TemplateWriter.writeInstructions(columns: columns, writer: writer, notes: notes)
        let info = try writer.workbook.addWorksheet(named: infoSheetName)
        try info.setColumns(0, 1, width: 30)
        try info.writeString(row: 0, column: 0, departmentLabel, format: nil)
        try info.writeString(row: 0, column: 1, CellTextSanitizer.clean(department).text, format: nil)
        try info.writeString(row: 1, column: 0, "台账", format: nil)
        try info.writeString(row: 1, column: 1, CellTextSanitizer.clean(ledger.title ?? "").text, format: nil)
        info.hide()
        writer.sheet.protect()
        writer.sheet.activate()
        return try writer.close()
    }

    private static let notes = [
        "本表由牵头单位分解下发：灰色表头和任务内容（序号、重点任务、责任单位、配合单位、完成时限）已锁定，请勿改动；如任务表述有误，请在备注中说明。",
        "请填写“进展情况”，从下拉列表选择“完成情况”，需要说明的写在“备注”；“本单位角色”标明本单位牵头还是配合。",
        "可以排序、筛选、插入或删除行；新增的工作请另起一行填写。填好后按原文件名报送（也可另存为 .csv）。",
    ]
}
