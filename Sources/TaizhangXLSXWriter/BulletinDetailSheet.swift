// SPDX-License-Identifier: Apache-2.0
// The 明细 sheet of a bulletin: every task with its standing and a light that stays right when reopened.

import TaizhangModel
import TaizhangProgress
import TaizhangSheet

/// Every task under its section rows, with its standing as a formula and its light as
/// conditional formats over that standing (see ``BulletinWorkbookWriter``).
struct BulletinDetailSheet {
    let report: ProgressReport
    let formats: BulletinFormats
    let followsToday: Bool

    /// The header row, 0-based: under the title and the judging date line.
    static let headerRow = 2

    private struct Column {
        var title: String
        var width: Double
        var centered: Bool
        var cell: (ProgressReport.TaskLine) -> String
    }

    func write(into workbook: WorkbookHandle) throws(LedgerWriteError) {
        let sheet = try workbook.addWorksheet(named: BulletinWorkbookWriter.detailSheetName)
        var columns = [
            Column(title: "序号", width: 6, centered: true) { $0.task.sequence.raw },
            Column(title: "重点任务", width: 50, centered: false) { $0.task.text },
            Column(title: "牵头单位", width: 18, centered: false) { LedgerTask.cellText(ofDepartments: $0.task.lead) },
            Column(title: "完成时限", width: 12, centered: true) { $0.task.deadline.text },
        ]
        var progressColumn: Int?
        var statusColumn: Int?
        if report.hasProgressColumns {
            progressColumn = columns.count
            columns.append(Column(title: "进展情况", width: 34, centered: false) { $0.task.progress ?? "" })
            statusColumn = columns.count
            columns.append(Column(title: "完成情况", width: 10, centered: true) { $0.task.status ?? "" })
        }
        let standingColumn = columns.count
        let lightColumn = standingColumn + 1
        let dueColumn = lightColumn + 1
        let lastColumn = lightColumn
        for (index, column) in columns.enumerated() {
            try sheet.setColumns(index, index, width: column.width)
        }
        try sheet.setColumns(standingColumn, standingColumn, width: 10)
        try sheet.setColumns(lightColumn, lightColumn, width: 6)
        try sheet.setColumns(dueColumn, dueColumn, width: 12, hidden: true)
        let tableWidth = TextMeasure.columnPoints(width: columns.reduce(16) { $0 + $1.width })
        let bodySize = formats.fonts.body.size

        // Title, then the judging date: a note across the table and the date under 状态 and 灯.
        let titleSize = formats.fonts.title.size
        let title = (report.title ?? "重点工作") + "任务明细"
        let titleLines = TextMeasure.lineCount(of: title, width: tableWidth, fontSize: titleSize)
        try sheet.setRow(0, height: TextMeasure.rowHeight(lines: titleLines, fontSize: titleSize) + 8)
        try sheet.mergeRange(
            row: 0, firstColumn: 0, lastColumn: lastColumn, CellTextSanitizer.clean(title).text,
            format: formats.ledger.title)
        let days = report.rules.dueSoonDays
        let note =
            "状态按右侧日期判断，灯号：绿　已完成、推进中；黄　\(days)日内到期、未报送；红　逾期。"
            + (followsToday ? "日期为打开文件的当天。" : "日期可改为其他日期或 =TODAY()。")
        try sheet.setRow(
            1,
            height: TextMeasure.rowHeight(
                lines: TextMeasure.lineCount(of: note, width: tableWidth * 0.8, fontSize: bodySize - 1),
                fontSize: bodySize))
        try sheet.mergeRange(row: 1, firstColumn: 0, lastColumn: standingColumn - 1, note, format: formats.note)
        try sheet.mergeRange(row: 1, firstColumn: standingColumn, lastColumn: lightColumn, "", format: formats.date)
        let serial = Double(report.rules.asOf.daysSince1900 + 2)
        if followsToday {
            try sheet.writeFormula(row: 1, column: standingColumn, "=TODAY()", result: serial, format: formats.date)
        } else {
            try sheet.writeNumber(row: 1, column: standingColumn, serial, format: formats.date)
        }
        let reference = "$\(SourceLocation.columnLetters(standingColumn + 1))$2"

        let header = BulletinDetailSheet.headerRow
        let headerSize = formats.fonts.header.size
        try sheet.setRow(header, height: TextMeasure.rowHeight(lines: 1, fontSize: headerSize) + 4)
        for (index, column) in columns.enumerated() {
            try sheet.writeString(row: header, column: index, column.title, format: formats.ledger.header)
        }
        try sheet.writeString(row: header, column: standingColumn, "状态", format: formats.ledger.header)
        try sheet.writeString(row: header, column: lightColumn, "灯", format: formats.ledger.header)
        try sheet.writeString(row: header, column: dueColumn, GridColumn.dueDateTitle, format: formats.ledger.dueDate)

        let points = columns.map { TextMeasure.columnPoints(width: $0.width) }
        let sectionPoints = TextMeasure.columnPoints(width: columns.dropFirst().reduce(16) { $0 + $1.width })
        let done = report.rules.done
        var row = header + 1
        var previousPath: [SectionHeading] = []
        for line in report.tasks {
            try WorkbookChecks.checkRow(row + 1, path: workbook.path)
            // Section rows for every heading that changed since the task before.
            let path = line.sectionPath
            let common = zip(path, previousPath).prefix { $0 == $1 }.count
            for heading in path[common...] {
                let text = try WorkbookChecks.cellText(
                    heading.title, sheet: BulletinWorkbookWriter.detailSheetName, row: row, column: 1,
                    path: workbook.path)
                let lines = TextMeasure.lineCount(of: text, width: sectionPoints, fontSize: bodySize)
                try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines, fontSize: bodySize))
                try sheet.writeString(
                    row: row, column: 0, CellTextSanitizer.clean(heading.sequence.raw).text,
                    format: formats.ledger.sectionNumeral)
                try sheet.mergeRange(
                    row: row, firstColumn: 1, lastColumn: lastColumn, text, format: formats.ledger.section)
                row += 1
            }
            previousPath = path

            var height = 1
            for (index, column) in columns.enumerated() {
                let text = try WorkbookChecks.cellText(
                    column.cell(line), sheet: BulletinWorkbookWriter.detailSheetName, row: row, column: index,
                    path: workbook.path)
                let format = column.centered ? formats.ledger.bodyCentered : formats.ledger.bodyLeft
                if text.isEmpty {
                    try sheet.writeBlank(row: row, column: index, format: format)
                } else {
                    height = max(height, TextMeasure.lineCount(of: text, width: points[index], fontSize: bodySize))
                    try sheet.writeString(row: row, column: index, text, format: format)
                }
            }
            try sheet.setRow(row, height: TextMeasure.rowHeight(lines: height, fontSize: bodySize))
            let excelRow = row + 1
            func cell(_ column: Int?) -> String? { column.map { "\(SourceLocation.columnLetters($0 + 1))\(excelRow)" } }
            let due = "\(SourceLocation.columnLetters(dueColumn + 1))\(excelRow)"
            if line.task.deadline.kind != .ongoing, let date = WorkbookChecks.excelDate(line.task.deadline.due) {
                try sheet.writeDate(row: row, column: dueColumn, date, format: formats.ledger.dueDate)
            }
            let formula = BulletinDetailSheet.standingFormula(
                due: due, status: cell(statusColumn), progress: cell(progressColumn), reference: reference,
                dueSoonDays: days, done: done)
            try sheet.writeFormula(
                row: row, column: standingColumn, formula, result: line.standing.label,
                format: formats.ledger.bodyCentered)
            try sheet.writeString(row: row, column: lightColumn, "●", format: formats.lights[line.standing.light])
            row += 1
        }
        let lastRow = max(row - 1, header)
        if lastRow > header {
            try highlight(
                sheet, firstRow: header + 1, lastRow: lastRow, standingColumn: standingColumn, lightColumn: lightColumn)
        }
        try sheet.autofilter(firstRow: header, lastRow: lastRow, lastColumn: lastColumn)
        try sheet.printArea(lastRow: lastRow, lastColumn: lastColumn)
        try sheet.setPrintLayout(PrintLayout(repeatedRows: 0...header))
        sheet.freezeRows(above: header + 1)
    }

    /// The standing of a row as a spreadsheet formula, the same rules as ``StandingRules``:
    /// done; overdue; due soon; not reported; in progress.
    static func standingFormula(
        due: String, status: String?, progress: String?, reference: String, dueSoonDays: Int, done: DoneStatus
    ) -> String {
        let blanks = [progress, status].compactMap { $0 }.map { "TRIM(\($0))=\"\"" }
        let unreported: String
        switch blanks.count {
        case 0: unreported = "\"\(Standing.notReported.label)\""
        case 1: unreported = "IF(\(blanks[0]),\"\(Standing.notReported.label)\",\"\(Standing.inProgress.label)\")"
        default:
            unreported =
                "IF(AND(\(blanks.joined(separator: ","))),\"\(Standing.notReported.label)\",\"\(Standing.inProgress.label)\")"
        }
        let byDate =
            "IF(ISNUMBER(\(due)),IF(\(due)<\(reference),\"\(Standing.overdue.label)\","
            + "IF(\(due)-\(reference)<=\(dueSoonDays),\"\(Standing.dueSoon.label)\",\(unreported))),\(unreported))"
        guard let status else { return "=" + byDate }
        let isDone = done.spellings.map { "TRIM(\(status))=\"\($0)\"" }.joined(separator: ",")
        return "=IF(OR(\(isDone)),\"\(Standing.done.label)\",\(byDate))"
    }

    /// Conditional formats: the standing cell filled red or yellow, the light coloured, from the
    /// standing's text, so both follow the formula when the file is opened again.
    private func highlight(
        _ sheet: WorksheetHandle, firstRow: Int, lastRow: Int, standingColumn: Int, lightColumn: Int
    ) throws(LedgerWriteError) {
        let standing = "$\(SourceLocation.columnLetters(standingColumn + 1))\(firstRow + 1)"
        for light in Light.allCases {
            let labels = Standing.allCases.filter { $0.light == light }.map { "\(standing)=\"\($0.label)\"" }
            let formula = "=OR(\(labels.joined(separator: ",")))"
            if light != .green, let format = formats.standingHighlights[light] {
                try sheet.formulaHighlight(
                    CellBlock(
                        firstRow: firstRow, firstColumn: standingColumn, lastRow: lastRow, lastColumn: standingColumn),
                    formula: formula, format: format)
            }
            if let format = formats.lightHighlights[light] {
                try sheet.formulaHighlight(
                    CellBlock(firstRow: firstRow, firstColumn: lightColumn, lastRow: lastRow, lastColumn: lightColumn),
                    formula: formula, format: format)
            }
        }
    }
}
