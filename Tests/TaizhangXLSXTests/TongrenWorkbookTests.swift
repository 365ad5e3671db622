// SPDX-License-Identifier: Apache-2.0
// The Tongren ledger saved as XLSX by LibreOffice and by openpyxl reads to the same model as its CSV.

import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport

struct TongrenWorkbookTests {
    @Test(arguments: ["tongren-libreoffice.xlsx", "tongren-openpyxl.xlsx"])
    func readsLikeTheCSV(fixture: String) throws {
        let csv = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read()
        let workbook = try LedgerFile(Fixtures.path("xlsx/" + fixture)).read()
        #expect(workbook.format == .xlsx)
        #expect(workbook.findings.isEmpty)
        #expect(workbook.ledger.taskCount == 48)
        #expect(workbook.ledger.withoutSources == csv.ledger.withoutSources)
        #expect(workbook.ledger.entries.map(\.task.source?.row) == csv.ledger.entries.map(\.task.source?.row))
    }
}
