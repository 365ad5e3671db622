// SPDX-License-Identifier: Apache-2.0
// A plain bordered table on its own sheet: a title, a header and rows of text (lists of findings, summaries).

import TaizhangModel

/// Writes a titled table onto a new worksheet of a workbook.
struct TableSheet {
    /// The sheet's name.
    var name: String
    /// The title above the table.
    var title: String
    /// Column headers and widths.
    var columns: [(title: String, width: Double)]
    /// The rows, one text per column.
    var rows: [[String]]

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
                try sheet.writeString(row: row, column: column, String(text.prefix(CellTextSanitizer.maximumLength)),
                                      format: formats.bodyLeft)
            }
        }
        sheet.freezeRows(above: 2)
        try sheet.autofilter(firstRow: 1, lastRow: max(rows.count + 1, 1), lastColumn: columns.count - 1)
        try sheet.setPrintLayout(PrintLayout(repeatedRows: 0...1))
    }
}
