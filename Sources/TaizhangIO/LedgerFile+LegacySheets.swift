// SPDX-License-Identifier: Apache-2.0
// The sheet to read of an .xls workbook (BIFF, or Excel 2003's XML Spreadsheet) or of an HTML
// table export: a row source like any other.

import TaizhangCSV
import TaizhangFileKind
import TaizhangHTMLTable
import TaizhangModel
import TaizhangSheet
import TaizhangXLS
import TaizhangXLSX

extension LedgerFile {
    /// The ledger sheet (or ``LedgerReadOptions/sheet``) of an .xls workbook, or the ledger table of
    /// an HTML export, and the character set an HTML file was in.
    func legacySheet(_ format: LedgerFormat) throws(LedgerReadError) -> (
        source: any SheetRowSource, encoding: TextEncoding?
    ) {
        if format == .html {
            let document = try HTMLTableReader.read(path: path, name: name, encoding: options.encoding)
            return (document.sheet, document.encoding)
        }
        guard FileKind.sniff(path: path) == .spreadsheetXML else {
            return (try XLSRowSource(path: path, name: name, sheet: options.sheet), nil)
        }
        let sheets = try SpreadsheetXMLWorkbook(path: path, name: name, limits: options.limits).worksheets
        let chosen: Int?
        if let selector = options.sheet {
            chosen = try SheetSelector.position(of: selector, in: sheets.map { $0.sheet.name ?? "" }, file: name)
        } else {
            chosen = try LedgerSheetChooser.choose(count: sheets.count, isHidden: { sheets[$0].isHidden }, file: name) {
                (index, body) throws(LedgerReadError) in try sheets[index].sheet.readRows(body)
            }.chosen
        }
        guard let chosen else {
            throw LedgerReadError(.missingPart, at: SourceLocation(file: name), arguments: ["part": "Worksheet"])
        }
        return (sheets[chosen].sheet, nil)
    }
}
