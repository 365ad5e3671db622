// SPDX-License-Identifier: Apache-2.0
// The 统计 sheet of a bulletin: the lead departments ranked, a total row, and a native bar chart of them.

import TaizhangModel
import TaizhangProgress

/// The department table of a bulletin and the stacked bar chart drawn from its cells.
struct BulletinStatisticsSheet {
    let report: ProgressReport
    let formats: BulletinFormats

    /// The columns: title and width.
    static let columns: [(title: String, width: Double)] = [
        ("排名", 6), ("牵头单位", 26), ("任务数", 9), ("已完成", 9), ("推进中", 9), ("即将到期", 10), ("逾期", 9),
        ("未报送", 9), ("完成率", 10),
    ]
    /// The first column of the counts by standing, in ``Standing/reportOrder``.
    static let firstStandingColumn = 3
    /// The table's header row, 0-based: under the title and a line saying what is counted.
    static let headerRow = 2
    /// Up to this many departments, the sheet prints on one page.
    static let onePageDepartments = 30

    func write(into workbook: WorkbookHandle) throws(LedgerWriteError) {
        let name = BulletinWorkbookWriter.statisticsSheetName
        let sheet = try workbook.addWorksheet(named: name)
        let columns = BulletinStatisticsSheet.columns
        let lastColumn = columns.count - 1
        for (index, column) in columns.enumerated() {
            try sheet.setColumns(index, index, width: column.width)
        }
        let tableWidth = TextMeasure.columnPoints(width: columns.reduce(0) { $0 + $1.width })
        let titleSize = formats.fonts.title.size
        let title = "各牵头单位完成情况统计"
        try sheet.setRow(0, height: TextMeasure.rowHeight(lines: 1, fontSize: titleSize) + 8)
        try sheet.mergeRange(row: 0, firstColumn: 0, lastColumn: lastColumn, title, format: formats.ledger.title)
        let bodySize = formats.fonts.body.size
        let note =
            BulletinText(report).asOfPhrase + "。有两个牵头单位的任务各计一次，合计中每项任务计一次；"
            + "按完成率排名，相同时逾期少的在前。"
        let noteLines = TextMeasure.lineCount(of: note, width: tableWidth, fontSize: bodySize)
        try sheet.setRow(1, height: TextMeasure.rowHeight(lines: noteLines, fontSize: bodySize))
        try sheet.mergeRange(row: 1, firstColumn: 0, lastColumn: lastColumn, note, format: formats.ledger.subtitle)

        let header = BulletinStatisticsSheet.headerRow
        let headerSize = formats.fonts.header.size
        try sheet.setRow(header, height: TextMeasure.rowHeight(lines: 1, fontSize: headerSize) + 4)
        for (index, column) in columns.enumerated() {
            try sheet.writeString(row: header, column: index, column.title, format: formats.ledger.header)
        }
        var row = header + 1
        let namePoints = TextMeasure.columnPoints(width: columns[1].width)
        for line in report.departments {
            let department = try WorkbookChecks.cellText(
                line.department, sheet: name, row: row, column: 1, path: workbook.path)
            let lines = TextMeasure.lineCount(of: department, width: namePoints, fontSize: bodySize)
            try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines, fontSize: bodySize))
            try sheet.writeNumber(row: row, column: 0, Double(line.rank), format: formats.ledger.bodyCentered)
            try sheet.writeString(row: row, column: 1, department, format: formats.ledger.bodyLeft)
            try writeCounts(
                line.counts, row: row, sheet: sheet, number: formats.ledger.bodyCentered, percent: formats.percent)
            row += 1
        }
        let totalRow = row
        try sheet.setRow(totalRow, height: TextMeasure.rowHeight(lines: 1, fontSize: bodySize))
        try sheet.writeBlank(row: totalRow, column: 0, format: formats.totalCentered)
        try sheet.writeString(row: totalRow, column: 1, "合计", format: formats.totalLeft)
        try writeCounts(
            report.totals, row: totalRow, sheet: sheet, number: formats.totalCentered, percent: formats.totalPercent)

        var lastRow = totalRow
        if !report.departments.isEmpty {
            lastRow = try insertChart(into: workbook, sheet: sheet, below: totalRow, tableWidth: tableWidth)
        }
        try sheet.printArea(lastRow: lastRow, lastColumn: lastColumn)
        var layout = PrintLayout(repeatedRows: 0...header)
        // Table and chart belong on one page, as long as that leaves them readable.
        if report.departments.count <= BulletinStatisticsSheet.onePageDepartments { layout.pagesTall = 1 }
        try sheet.setPrintLayout(layout)
        sheet.freezeRows(above: header + 1)
    }

    private func writeCounts(
        _ counts: StandingCounts, row: Int, sheet: WorksheetHandle, number: FormatHandle, percent: FormatHandle
    ) throws(LedgerWriteError) {
        try sheet.writeNumber(row: row, column: 2, Double(counts.tasks), format: number)
        for (offset, standing) in Standing.reportOrder.enumerated() {
            try sheet.writeNumber(
                row: row, column: BulletinStatisticsSheet.firstStandingColumn + offset,
                Double(counts.count(of: standing)), format: number)
        }
        try sheet.writeNumber(row: row, column: 8, counts.completionRate, format: percent)
    }

    /// A stacked bar per department, drawn from the table's cells, under the table; returns the
    /// last row it covers, for the print area.
    private func insertChart(
        into workbook: WorkbookHandle, sheet: WorksheetHandle, below totalRow: Int, tableWidth: Double
    ) throws(LedgerWriteError) -> Int {
        let name = BulletinWorkbookWriter.statisticsSheetName
        let first = BulletinStatisticsSheet.headerRow + 1
        let last = totalRow - 1
        let chart = try workbook.addChart(.stackedBar)
        let small = FontSpec(name: formats.fonts.header.name, size: 10)
        let categories = ChartHandle.DataRange(
            sheet: name, firstRow: first, firstColumn: 1, lastRow: last, lastColumn: 1)
        for (offset, standing) in Standing.reportOrder.enumerated() {
            let column = BulletinStatisticsSheet.firstStandingColumn + offset
            try chart.addSeries(
                name: standing.label, categories: categories,
                values: ChartHandle.DataRange(
                    sheet: name, firstRow: first, firstColumn: column, lastRow: last, lastColumn: column),
                color: standing.chartColor, labels: true, font: small)
        }
        chart.setTitle("各牵头单位任务完成情况", font: FontSpec(name: formats.fonts.header.name, size: 13))
        chart.setLegendOnTop(font: small)
        chart.setCategoryAxis(font: small, firstAtTop: true)
        let most = report.departments.map(\.counts.tasks).max() ?? 1
        chart.setValueAxis(name: "任务数（项）", font: small, majorUnit: most <= 10 ? 1 : most <= 40 ? 5 : nil)
        chart.setGap(60)
        // libxlsxwriter's chart is 480 × 288 pixels at scale 1; make it as wide as the table and
        // tall enough for a readable bar per department.
        let widthPixels = tableWidth / 0.75
        let heightPixels = 120.0 + 30.0 * Double(report.departments.count)
        try sheet.insertChart(
            chart, row: totalRow + 2, column: 0, xScale: widthPixels / 480, yScale: heightPixels / 288)
        // Rows below the table keep Excel's default height of 20 pixels.
        return totalRow + 2 + Int((heightPixels / 20).rounded(.up))
    }
}
