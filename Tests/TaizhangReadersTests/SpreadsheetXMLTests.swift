// SPDX-License-Identifier: Apache-2.0
// Excel 2003's "XML 表格", as systems still export it under an .xls name.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
import TaizhangXLSX

@Suite struct SpreadsheetXMLTests {
    let path = Fixtures.path("xml2003/spreadsheetml-merged-hidden.xls")

    @Test func sheetsRowsAndMergesAsExcel2003WroteThem() throws {
        let workbook = try SpreadsheetXMLWorkbook(path: path)
        #expect(workbook.worksheets.map { $0.sheet.name } == ["说明", "任务台账"])
        #expect(workbook.worksheets.map(\.isHidden) == [true, false])
        let sheet = workbook.worksheets[1].sheet
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 6])
        #expect(
            sheet.rows.map(\.cells) == [
                ["某市2023年民生实事任务台账"],
                ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                ["1", "新建城市书房 10 个", "市文化广电旅游局", "市财政局\n市自然资源局", "2023-06-30"],
                ["2", "改造提升公共文化场馆", "", "市住房和城乡建设局", "2023-12-31"],
                ["3", "开展送戏下乡", "市文化广电旅游局", "", "长期坚持"],
            ])
        #expect(
            sheet.merges == [
                CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5),
                CellRange(firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 3),
            ])
    }

    @Test func readsAsALedgerWithTheMergedLeadOnBothRows() throws {
        let result = try LedgerFile(path).read()
        #expect(result.format == .xls)
        #expect(result.sheetName == "任务台账")
        #expect(result.ledger.entries.map(\.task.lead) == [["市文化广电旅游局"], ["市文化广电旅游局"], ["市文化广电旅游局"]])
        #expect(result.ledger.entries[1].task.deadline.due == CalendarDate(year: 2023, month: 12, day: 31))
    }

    @Test func hostileOrBrokenXMLIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let head = "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
        func code(_ body: String) -> LedgerReadError.Code? {
            let file = try? folder.write("x.xls", Array((head + body).utf8))
            do {
                _ = try LedgerFile(file ?? "").read()
                return nil
            } catch {
                return error.code
            }
        }
        #expect(
            code(
                "<Worksheet><Table><Row><Cell ss:Index=\"99999\"><Data>x</Data></Cell></Row></Table></Worksheet></Workbook>"
            )
                == .badCellReference)
        #expect(
            code("<Worksheet><Table><Row ss:Index=\"2\"/><Row ss:Index=\"1\"/></Table></Worksheet></Workbook>")
                == .badCellReference)
        #expect(code("<Worksheet><Table><Row><Cell><Data>unclosed</Table></Worksheet></Workbook>") == .malformedXML)
        let rows = String(
            repeating: "<Row><Cell ss:MergeAcross=\"16000\" ss:Index=\"384\"><Data>x</Data></Cell></Row>", count: 300)
        #expect(code("<Worksheet><Table>\(rows)</Table></Worksheet></Workbook>") == .limitExceeded)
        let doctype =
            "<?xml version=\"1.0\"?><!DOCTYPE Workbook [<!ENTITY a \"b\">]><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"
        let unsafe = try folder.write("y.xls", Array(doctype.utf8))
        #expect(throws: LedgerReadError.self) { try SpreadsheetXMLWorkbook(path: unsafe) }
    }
}
