// SPDX-License-Identifier: Apache-2.0
// Reading the sheets of .xls workbooks and HTML table exports: rows fed to the decoder as for CSV.

import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangHTMLTable
import TaizhangXLS

extension LedgerFileReader {
    /// Reads an .xls workbook (its ledger sheet, or `options.sheet`) or the ledger table of an HTML export.
    static func readLegacySheet(
        path: String, file: String, format: LedgerFormat, options: LedgerReadOptions, taskSink: ((TaskEntry) -> Void)?
    ) throws(LedgerReadError) -> LedgerReadResult {
        var kept: [SheetRow] = []
        let decoded: DecodedLedger
        var sheetName: String?
        var encoding: TextEncoding?
        if format == .html {
            let document = try HTMLTableReader.read(path: path, name: file, encoding: options.encoding)
            encoding = document.encoding
            var decoder = LedgerDecoder(file: file, merges: document.sheet.merges, options: .init(year: options.year),
                                        taskSink: taskSink)
            for row in document.sheet.rows {
                if options.keepsRows { kept.append(row) }
                decoder.consume(row)
            }
            decoded = decoder.finish()
        } else {
            let workbook = try XLSWorkbook(path: path, name: file)
            let sheet = if let selector = options.sheet {
                try workbook.sheet(named: selector)
            } else {
                try chooseLedgerSheet(in: workbook)
            }
            sheetName = sheet.name
            var decoder = LedgerDecoder(file: file, sheetName: sheet.name, merges: sheet.merges,
                                        options: .init(year: options.year), taskSink: taskSink)
            try workbook.readRows(of: sheet) { row in
                if options.keepsRows { kept.append(row) }
                decoder.consume(row)
                return true
            }
            decoded = decoder.finish()
        }
        return LedgerReadResult(ledger: decoded.ledger, findings: decoded.findings, format: format, encoding: encoding,
                                headerRow: decoded.headerRow, sheetName: sheetName, columns: decoded.columns, rows: kept)
    }

    /// The first visible sheet whose first rows hold a ledger header; else the first visible one.
    private static func chooseLedgerSheet(in workbook: XLSWorkbook) throws(LedgerReadError) -> XLSWorkbook.SheetInfo {
        let candidates = workbook.sheets.filter { !$0.isHidden }
        for sheet in candidates {
            var seen = 0
            var found = false
            try workbook.readRows(of: sheet) { row in
                seen += 1
                found = ColumnMap.recognize(row, at: SourceLocation(file: workbook.file), report: { _ in }) != nil
                return !found && seen < headerSearchRows
            }
            if found { return sheet }
        }
        guard let first = candidates.first ?? workbook.sheets.first else {
            throw LedgerReadError(.missingPart, at: SourceLocation(file: workbook.file), arguments: ["part": "Workbook"])
        }
        return first
    }
}
