// SPDX-License-Identifier: Apache-2.0
// Web systems' "导出Excel": HTML tables named .xls, in GB2312 or UTF-8, with spans, breaks and entities.

import Foundation
import Testing
import TaizhangCSV
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
@testable import TaizhangHTMLTable

@Suite struct HTMLTableReaderTests {
    @Test func aGB2312ExportWithRowspanReadsAsTheTableItShows() throws {
        let document = try HTMLTableReader.read(path: Fixtures.path("html/export-gb2312-rowspan.xls"))
        #expect(document.encoding.name == "GB18030")
        let rows = document.sheet.rows
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5])
        #expect(rows[0].cells == ["某县2022年重点工作任务台账"])
        #expect(rows[1].cells == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
        #expect(rows[2].cells == ["1", "推进“放管服”改革 & 优化营商环境", "县发展和改革局", "县财政局\n县市场监督管理局", "2022年6月底前"])
        // The rowspan cell takes column C of the next row, so its cells move right past it.
        #expect(rows[3].cells == ["2", "建设<智慧政务>平台、完善数据共享", "", "县大数据中心", "2022年12月底前"])
        #expect(rows[4].cells == ["3", "开展安全生产大检查", "县应急管理局", "", "长期坚持"])
        #expect(
            Set(document.sheet.merges) == [
                CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5),
                CellRange(firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 3),
            ])
    }

    @Test func theLedgerTableIsChosenOverALayoutTableAndScripts() throws {
        let document = try HTMLTableReader.read(path: Fixtures.path("html/excel-html-no-charset.xls"))
        #expect(document.encoding.name == "UTF-8")
        #expect(
            document.sheet.rows.map(\.cells) == [
                ["某区2022年为民办实事项目台账"],
                ["序号", "工作任务", "责任单位", "完成时限"],
                ["1", "老旧小区改造\n（续建项目）", "区住建局、区城管局", "2022年9月底"],
                ["2", "新建社区食堂 5 个", "区民政局", "2022年12月31日"],
            ])
    }

    @Test func exportsReadAsLedgersThroughTheFileReader() throws {
        let result = try LedgerFile(Fixtures.path("html/export-gb2312-rowspan.xls")).read()
        #expect(result.format == .html)
        #expect(result.ledger.title == "某县2022年重点工作任务台账")
        let tasks = result.ledger.entries.map(\.task)
        #expect(tasks.map(\.lead) == [["县发展和改革局"], ["县发展和改革局"], ["县应急管理局"]])
        #expect(tasks[0].cooperating == ["县财政局", "县市场监督管理局"])
        #expect(tasks[1].inherited.contains(.lead))
    }

    @Test func aDeclaredCharsetThatLiesFallsBackToDetection() throws {
        let html =
            "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>序号</td><td>重点任务</td></tr></table></body></html>"
        let gbk = try HTMLTableReader.read(bytes: TextEncoder.encode(html, as: "GB18030", file: "x.xls"), file: "x.xls")
        #expect(gbk.encoding.name == "GB18030")
        #expect(gbk.sheet.rows.first?.cells == ["序号", "重点任务"])
        #expect(
            HTMLTableReader.declaredCharset(
                Array("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=GBK'>".utf8)) == "gbk")
    }

    @Test func pagesWithoutATableAndHostilePagesAreRefused() {
        #expect(throws: LedgerReadError(.htmlWithoutTable, at: SourceLocation(file: "x.xls"))) {
            try HTMLTableReader.read(bytes: Array("<html><body><p>导出失败，请重新登录</p></body></html>".utf8), file: "x.xls")
        }
        let nested = String(repeating: "<table><tr><td>", count: 200)
        #expect(throws: LedgerReadError.self) { try HTMLTableReader.read(bytes: Array(nested.utf8), file: "x.xls") }
        let spans =
            "<table>" + String(repeating: "<tr><td rowspan=65534 colspan=1000>x</td></tr>", count: 100) + "</table>"
        do {
            _ = try HTMLTableReader.read(bytes: Array(spans.utf8), file: "x.xls")
            Issue.record("spans over 6 billion cells were accepted")
        } catch {
            #expect(error.code == .limitExceeded)
        }
        #expect(throws: LedgerReadError.self) {
            try HTMLTableReader.read(
                bytes: Array("<table>".utf8), file: "x.xls", limits: HTMLReadLimits(maxFileBytes: 3))
        }
    }

    @Test func unfinishedMarkupStillGivesItsCells() throws {
        let sheet = try HTMLTableReader.read(
            bytes: Array("<table><tr><td>序号<td>任务<tr><td>1<td>a &amp b &#0; &#xZZ; <".utf8),
            file: "x.xls"
        ).sheet
        #expect(sheet.rows.map(\.cells) == [["序号", "任务"], ["1", "a & b &#0; &#xZZ; <"]])
    }
}
