// SPDX-License-Identifier: Apache-2.0
// Reading xl/workbook.xml: the sheets in order, their visibility, and the date system.

import TaizhangModel

/// Reads `<sheet name state r:id>` and `<workbookPr date1904>`.
final class WorkbookPart: XMLPartHandler {
    struct SheetEntry {
        var name: String
        var relationshipID: String
        var state: String
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var date1904 = false

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("sheet"), let sheetName = attributes.string("name"), let id = attributes.string("id") {
            sheets.append(
                SheetEntry(name: sheetName, relationshipID: id, state: attributes.string("state") ?? "visible"))
        } else if name.is("workbookPr"), let flag = attributes.string("date1904") {
            date1904 = flag == "1" || flag.lowercased() == "true"
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {}
}
