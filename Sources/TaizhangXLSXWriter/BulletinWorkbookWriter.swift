// SPDX-License-Identifier: Apache-2.0
// The supervision bulletin (督查通报) as a workbook: 通报, 统计 with a native chart, and 明细 with lights.

import TaizhangModel
import TaizhangProgress

/// Writes a ``ProgressReport`` as a print-ready workbook of three sheets (LEDGER-SPEC §10).
///
/// - 通报: the heading and the bulletin's paragraphs (``BulletinText``), in 仿宋 三号 as offices print them;
/// - 统计: the lead departments ranked, with their figures and a total, and a native Excel stacked
///   bar chart of the same cells;
/// - 明细: every task under its section rows, its standing and a coloured light.
///
/// The standings on 明细 are formulas over the due dates (in a hidden column), 完成情况, 进展情况
/// and a judging date cell at the top, and the lights are conditional formats over the
/// standings: written with `followsToday`, the date cell is `=TODAY()`, so a task that falls
/// overdue after the file was made turns red when it is next opened. Each formula carries the
/// standing taizhang computed as its cached result, so readers that do not calculate see the
/// bulletin's figures. Every sheet prints A4 landscape, one page wide (LEDGER-SPEC §6).
///
/// The file at `path` appears only when the workbook is complete; write to a temporary path and
/// rename it (as `BulletinFileWriter` does).
public enum BulletinWorkbookWriter {
    /// The sheets' names.
    public static let bulletinSheetName = "通报"
    /// The statistics sheet's name.
    public static let statisticsSheetName = "统计"
    /// The task list's name.
    public static let detailSheetName = "明细"

    /// Writes the workbook.
    ///
    /// - Parameters:
    ///   - report: the figures.
    ///   - path: the file to write; `reportedPath` names it in errors when `path` is temporary.
    ///   - options: the schema's fonts and the document properties (``XLSXWriteOptions/schema``,
    ///     ``XLSXWriteOptions/author``, ``XLSXWriteOptions/company``, ``XLSXWriteOptions/created``).
    ///   - followsToday: whether 明细 judges standings on the day the file is opened (`=TODAY()`)
    ///     rather than on the report's fixed date.
    /// - Throws: ``LedgerWriteError`` when a value does not fit a workbook or libxlsxwriter fails.
    public static func write(
        _ report: ProgressReport, to path: String, reportedAs reportedPath: String? = nil,
        options: XLSXWriteOptions = XLSXWriteOptions(), followsToday: Bool = false
    ) throws(LedgerWriteError) {
        let workbook = try WorkbookHandle(
            file: path, reportedAs: reportedPath ?? path, constantMemory: false, temporaryDirectory: nil, zip64: false)
        let formats = try BulletinFormats(workbook: workbook, schema: options.schema)
        let text = BulletinText(report)
        try workbook.setProperties(
            DocumentProperties(
                title: text.heading, subject: "督查通报", author: options.author, company: options.company,
                keywords: "台账,督查通报", created: options.created))
        try writeBulletin(text, into: workbook, formats: formats)
        try BulletinStatisticsSheet(report: report, formats: formats).write(into: workbook)
        try BulletinDetailSheet(report: report, formats: formats, followsToday: followsToday).write(into: workbook)
        try workbook.close()
    }

    /// The 通报 sheet: one wide column of paragraphs under a merged heading.
    private static func writeBulletin(_ text: BulletinText, into workbook: WorkbookHandle, formats: BulletinFormats)
        throws(LedgerWriteError)
    {
        let sheet = try workbook.addWorksheet(named: bulletinSheetName)
        let width = 118.0
        let points = TextMeasure.columnPoints(width: width)
        try sheet.setColumns(0, 0, width: width)
        var row = 0
        func put(_ line: String, _ format: FormatHandle, size: Double, indent: Bool) throws(LedgerWriteError) {
            let shown = try WorkbookChecks.cellText(
                indent ? "\u{3000}\u{3000}" + line : line, sheet: bulletinSheetName, row: row, column: 0,
                path: workbook.path)
            let lines = TextMeasure.lineCount(of: shown, width: points, fontSize: size)
            try sheet.setRow(row, height: TextMeasure.rowHeight(lines: lines, fontSize: size) + 4)
            try sheet.writeString(row: row, column: 0, shown, format: format)
            row += 1
        }
        let titleSize = formats.fonts.title.size
        try put(text.heading, formats.title, size: titleSize, indent: false)
        try put(
            "（" + text.asOfPhrase + "）", formats.paragraphCentered, size: BulletinFormats.paragraphSize, indent: false)
        let paragraphs = [text.summary, text.ranking].compactMap { $0 } + text.notes
        for paragraph in paragraphs {
            try put(paragraph, formats.paragraph, size: BulletinFormats.paragraphSize, indent: true)
        }
        let overdue = text.overdueItems
        if !overdue.isEmpty {
            try put("逾期任务：", formats.paragraphBold, size: BulletinFormats.paragraphSize, indent: true)
            for (index, item) in overdue.enumerated() {
                try put("\(index + 1). " + item, formats.paragraph, size: BulletinFormats.paragraphSize, indent: true)
            }
        }
        if let request = text.request {
            try put(request, formats.paragraph, size: BulletinFormats.paragraphSize, indent: true)
        }
        try sheet.printArea(lastRow: row - 1, lastColumn: 0)
        var layout = PrintLayout()
        layout.margins = PrintLayout.Margins(left: 1.0, right: 1.0, top: 1.0, bottom: 0.9)
        try sheet.setPrintLayout(layout)
        sheet.activate()
    }
}

/// The formats of a bulletin workbook, made once.
struct BulletinFormats {
    /// Bulletins print their paragraphs in 三号 (16 pt).
    static let paragraphSize = 16.0

    let fonts: SchemaFonts
    let ledger: LedgerFormats
    let title: FormatHandle
    let paragraph: FormatHandle
    let paragraphCentered: FormatHandle
    let paragraphBold: FormatHandle
    let percent: FormatHandle
    let totalLeft: FormatHandle
    let totalCentered: FormatHandle
    let totalPercent: FormatHandle
    let date: FormatHandle
    let note: FormatHandle
    /// The light cell as computed, one format per light (seen by readers without conditional formats).
    let lights: [Light: FormatHandle]
    /// The conditional formats of the standing and light cells; libxlsxwriter numbers a format used
    /// by a conditional format apart from cell formats, so these are formats of their own.
    let standingHighlights: [Light: FormatHandle]
    let lightHighlights: [Light: FormatHandle]

    init(workbook: WorkbookHandle, schema: LedgerSchema) throws(LedgerWriteError) {
        func make(_ style: CellStyle) throws(LedgerWriteError) -> FormatHandle {
            guard let format = workbook.addFormat(style) else {
                throw LedgerWriteError(.writerFailed, path: workbook.path, arguments: ["reason": "workbook_add_format"])
            }
            return format
        }
        fonts = schema.fonts
        ledger = try LedgerFormats(workbook: workbook, schema: schema, unlockedBody: false)
        let body = fonts.body
        let large = FontSpec(name: body.name, size: BulletinFormats.paragraphSize)
        title = try make(
            CellStyle(
                font: FontSpec(name: fonts.title.name, size: max(fonts.title.size, 22)), centered: true, borders: false)
        )
        paragraph = try make(CellStyle(font: large, borders: false))
        paragraphCentered = try make(CellStyle(font: large, centered: true, borders: false))
        paragraphBold = try make(
            CellStyle(font: FontSpec(name: fonts.header.name, size: BulletinFormats.paragraphSize), borders: false))
        percent = try make(CellStyle(font: body, centered: true, numberFormat: "0.0%"))
        totalLeft = try make(CellStyle(font: body, bold: true))
        totalCentered = try make(CellStyle(font: body, bold: true, centered: true))
        totalPercent = try make(CellStyle(font: body, bold: true, centered: true, numberFormat: "0.0%"))
        date = try make(CellStyle(font: body, bold: true, centered: true, numberFormat: "yyyy\"年\"m\"月\"d\"日\""))
        note = try make(CellStyle(font: FontSpec(name: body.name, size: body.size - 1), borders: false))
        let lightFont = FontSpec(name: body.name, size: body.size + 4)
        var lights: [Light: FormatHandle] = [:]
        var standingHighlights: [Light: FormatHandle] = [:]
        var lightHighlights: [Light: FormatHandle] = [:]
        for light in Light.allCases {
            lights[light] = try make(CellStyle(font: lightFont, fontColor: light.color, centered: true))
            lightHighlights[light] = try make(CellStyle(font: lightFont, fontColor: light.color, centered: true))
            let fill: UInt32? = light == .red ? 0xFFC7CE : light == .yellow ? 0xFFF2CC : nil
            standingHighlights[light] = try make(
                CellStyle(
                    font: body, fontColor: light == .red ? 0x9C0006 : nil, centered: true, fill: fill))
        }
        self.lights = lights
        self.standingHighlights = standingHighlights
        self.lightHighlights = lightHighlights
    }
}
