// SPDX-License-Identifier: Apache-2.0
// Reading .xls workbooks (BIFF, or Excel 2003's XML Spreadsheet) and HTML table exports: rows fed
// to the decoder as for CSV.

import TaizhangCSV
import TaizhangFileKind
import TaizhangHTMLTable
import TaizhangModel
import TaizhangSheet
import TaizhangXLS
import TaizhangXLSX

extension LedgerFileReader {
    /// Reads the ledger sheet (or `options.sheet`) of an .xls workbook, or the ledger table of an HTML export.
    static func readLegacySheet(
        path: String, file: String, format: LedgerFormat, options: LedgerReadOptions, taskSink: ((TaskEntry) -> Void)?
    ) throws(LedgerReadError) -> LedgerReadResult {
        var encoding: TextEncoding?
        let source: any LegacySheetSource
        if format == .html {
            let document = try HTMLTableReader.read(path: path, name: file, encoding: options.encoding)
            encoding = document.encoding
            source = InMemorySheets(file: file, sheets: [(document.sheet, false)], isWorkbook: false)
        } else if FileKind.sniff(path: path) == .spreadsheetXML {
            let workbook = try SpreadsheetXMLWorkbook(path: path, name: file, limits: options.limits)
            source = InMemorySheets(file: file, sheets: workbook.worksheets.map { ($0.sheet, $0.isHidden) }, isWorkbook: true)
        } else {
            source = try XLSWorkbook(path: path, name: file)
        }
        let index = if let selector = options.sheet, source.isWorkbook {
            try SheetSelector.position(of: selector, in: source.sheetNames, file: file)
        } else {
            try chooseLedgerSheet(in: source, file: file)
        }
        let sheetName = source.isWorkbook ? source.sheetNames[index] : nil
        var decoder = LedgerDecoder(file: file, sheetName: sheetName, merges: source.merges(of: index),
                                    options: .init(year: options.year), taskSink: taskSink)
        var kept: [SheetRow] = []
        try source.readRows(of: index) { row in
            if options.keepsRows { kept.append(row) }
            decoder.consume(row)
            return true
        }
        let decoded = decoder.finish()
        return LedgerReadResult(ledger: decoded.ledger, findings: decoded.findings, format: format, encoding: encoding,
                                headerRow: decoded.headerRow, sheetName: sheetName, columns: decoded.columns, rows: kept)
    }

    /// The first visible sheet whose first rows hold a ledger header; else the first visible one.
    private static func chooseLedgerSheet(in source: any LegacySheetSource, file: String) throws(LedgerReadError) -> Int {
        let candidates = source.sheetNames.indices.filter { !source.isHidden($0) }
        for index in candidates {
            var seen = 0
            var found = false
            try source.readRows(of: index) { row in
                seen += 1
                found = ColumnMap.recognize(row, at: SourceLocation(file: file), report: { _ in }) != nil
                return !found && seen < headerSearchRows
            }
            if found { return index }
        }
        guard let first = candidates.first ?? source.sheetNames.indices.first else {
            throw LedgerReadError(.missingPart, at: SourceLocation(file: file), arguments: ["part": "Worksheet"])
        }
        return first
    }
}

/// The sheets of an .xls, XML Spreadsheet or HTML file, as the reader above walks them.
protocol LegacySheetSource {
    /// Whether the file has named sheets (an HTML table has none).
    var isWorkbook: Bool { get }
    /// The sheets' names, in order.
    var sheetNames: [String] { get }
    /// Whether a sheet is hidden.
    func isHidden(_ index: Int) -> Bool
    /// A sheet's merged ranges.
    func merges(of index: Int) -> [CellRange]
    /// Hands a sheet's rows to `body` until it returns `false`.
    func readRows(of index: Int, _ body: (SheetRow) throws(LedgerReadError) -> Bool) throws(LedgerReadError)
}

extension XLSWorkbook: LegacySheetSource {
    var isWorkbook: Bool { true }
    var sheetNames: [String] { sheets.map(\.name) }
    func isHidden(_ index: Int) -> Bool { sheets[index].isHidden }
    func merges(of index: Int) -> [CellRange] { sheets[index].merges }
    func readRows(of index: Int, _ body: (SheetRow) throws(LedgerReadError) -> Bool) throws(LedgerReadError) {
        try readRows(of: sheets[index], body)
    }
}

/// Sheets already read whole.
private struct InMemorySheets: LegacySheetSource {
    let file: String
    let sheets: [(sheet: Sheet, isHidden: Bool)]
    let isWorkbook: Bool

    var sheetNames: [String] { sheets.map { $0.sheet.name ?? "" } }
    func isHidden(_ index: Int) -> Bool { sheets[index].isHidden }
    func merges(of index: Int) -> [CellRange] { sheets[index].sheet.merges }
    func readRows(of index: Int, _ body: (SheetRow) throws(LedgerReadError) -> Bool) throws(LedgerReadError) {
        for row in sheets[index].sheet.rows where !(try body(row)) { return }
    }
}
