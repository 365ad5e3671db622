// SPDX-License-Identifier: Apache-2.0
// Quirks of the workbooks programs write, each in a workbook made for it.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport
import TaizhangXLSX

private let header = ["序号", "重点任务", "责任单位", "配合单位", "完成时限"]

final class WorkbookQuirkTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    deinit {
        folder.remove()
    }

    private func workbook(_ name: String, _ parts: [(String, [UInt8])]) throws -> String {
        try WorkbookBuilder.zip(parts, to: folder.file(name))
    }

    @Test func readsCellsOfEveryType() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.0</v></c><c r="C1"><v>3.5</v></c>\
            <c r="D1" s="1"><v>44500</v></c><c r="E1" s="1"><v>44500.5</v></c><c r="F1" t="b"><v>1</v></c>\
            <c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="str"><f>A1</f><v>公式结果</v></c>\
            <c r="I1" t="d"><v>2021-10-31T00:00:00</v></c><c r="J1"><v>0.30000000000000004</v></c>\
            <c r="K1" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r><rPh><t>ふ</t></rPh></is></c></row>
            </sheetData></worksheet>
            """
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2">\
            <xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """
        let path = try workbook(
            "types.xlsx",
            WorkbookBuilder.parts(
                sheetXML: sheet, sharedStrings: ["共享_x000D_字符串"],
                stylesXML: styles))
        let book = try XLSXWorkbook(path: path)
        let rows = try book.readSheet(book.sheets[0]).rows
        #expect(
            rows.map(\.cells) == [
                [
                    "共享\r字符串", "1", "3.5", "2021-10-31", "2021-10-31 12:00:00", "TRUE", "#N/A",
                    "公式结果", "2021-10-31", "0.3", "富文本",
                ]
            ])
    }

    @Test func placesCellsAndRowsWithoutReferences() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>
            <row r="4"><c r="c4" t="inlineStr"><is><t>c</t></is></c><c t="inlineStr"><is><t>d</t></is></c></row>
            </sheetData></worksheet>
            """
        let path = try workbook("norefs.xlsx", WorkbookBuilder.parts(sheetXML: sheet))
        let book = try XLSXWorkbook(path: path)
        let rows = try book.readSheet(book.sheets[0]).rows
        #expect(rows.map(\.number) == [1, 4])
        #expect(rows.map(\.cells) == [["a", "b"], ["", "", "c", "d"]])
    }

    @Test func passesMergedLeadAndDeadlineCellsDown() throws {
        let sheet = WorkbookBuilder.sheet(
            rows: [
                ["同仁市2021年综合医改重点工作台账"], header,
                ["一 推进公立医院高质量发展"],
                ["1", "任务甲", "市卫生健康局", "——", "12月底"],
                ["2", "任务乙", "", "市财政局", ""],
                ["3", "任务丙", "", "", "长期"],
            ],
            extra: "<mergeCells><mergeCell ref=\"A1:E1\"/><mergeCell ref=\"A3:E3\"/><mergeCell ref=\"C4:C6\"/>"
                + "<mergeCell ref=\"E4:E5\"/></mergeCells>")
        let path = try workbook("merged.xlsx", WorkbookBuilder.parts(sheetXML: sheet))
        let result = try LedgerFile(path).read()
        let tasks = result.ledger.entries.map(\.task)
        #expect(result.ledger.title == "同仁市2021年综合医改重点工作台账")
        #expect(result.ledger.allSections.map { $0.heading?.title } == ["推进公立医院高质量发展"])
        #expect(tasks.map(\.lead) == [["市卫生健康局"], ["市卫生健康局"], ["市卫生健康局"]])
        #expect(tasks.map(\.deadline.text) == ["12月底", "12月底", "长期"])
        #expect(tasks.map(\.inherited) == [[], [.lead, .deadline], [.lead]])
        #expect(tasks[1].source == SourceLocation(file: path, sheet: "Sheet1", row: 5))
    }

    @Test func choosesTheSheetThatHoldsTheLedger() throws {
        var parts = WorkbookBuilder.parts(
            sheetXML: WorkbookBuilder.sheet(rows: [["说明"], ["本表用于…"]]),
            workbookXML: WorkbookBuilder.workbook(sheets: [("填表说明", "visible"), ("隐藏", "hidden"), ("台账", "visible")]))
        parts.removeAll { $0.0 == "xl/_rels/workbook.xml.rels" }
        parts.append(("xl/_rels/workbook.xml.rels", Array(WorkbookBuilder.workbookRelationships(sheetCount: 3).utf8)))
        parts.append(
            ("xl/worksheets/sheet2.xml", Array(WorkbookBuilder.sheet(rows: [header, ["1", "隐藏的", "A", "", ""]]).utf8)))
        parts.append(
            ("xl/worksheets/sheet3.xml", Array(WorkbookBuilder.sheet(rows: [header, ["1", "可见的", "B", "", ""]]).utf8)))
        let path = try workbook("sheets.xlsx", parts)

        let automatic = try LedgerFile(path).read()
        #expect(automatic.sheetName == "台账")
        #expect(automatic.ledger.entries.map(\.task.text) == ["可见的"])
        let hidden = try LedgerFile(path, options: LedgerReadOptions(sheet: "隐藏")).read()
        #expect(hidden.ledger.entries.map(\.task.text) == ["隐藏的"])
        let byIndex = try LedgerFile(path, options: LedgerReadOptions(sheet: "1")).read()
        #expect(byIndex.findings.map(\.code) == [.headerNotFound])
        #expect(throws: LedgerReadError.self) { try LedgerFile(path, options: LedgerReadOptions(sheet: "没有")).read() }
    }

    /// A workbook with two visible ledger sheets: the first is read, and the run says so and names
    /// the other (a hidden one is not counted; naming a sheet says nothing).
    @Test func saysWhichLedgerSheetWasReadWhenThereAreSeveral() throws {
        var parts = WorkbookBuilder.parts(
            sheetXML: WorkbookBuilder.sheet(rows: [header, ["1", "一月", "A", "", ""]]),
            workbookXML: WorkbookBuilder.workbook(sheets: [("一月", "visible"), ("隐藏", "hidden"), ("二月", "visible")]))
        parts.removeAll { $0.0 == "xl/_rels/workbook.xml.rels" }
        parts.append(("xl/_rels/workbook.xml.rels", Array(WorkbookBuilder.workbookRelationships(sheetCount: 3).utf8)))
        parts.append(
            ("xl/worksheets/sheet2.xml", Array(WorkbookBuilder.sheet(rows: [header, ["1", "隐藏的", "A", "", ""]]).utf8)))
        parts.append(
            ("xl/worksheets/sheet3.xml", Array(WorkbookBuilder.sheet(rows: [header, ["1", "二月", "B", "", ""]]).utf8)))
        let path = try workbook("months.xlsx", parts)
        let read = try LedgerFile(path).read()
        #expect(read.sheetName == "一月")
        let note = try #require(read.findings.first { $0.code == .otherLedgerSheets })
        #expect(note.arguments["sheets"] == MessageCatalog.list(["二月"]) && note.severity == .info)
        #expect(try LedgerFile(path, options: LedgerReadOptions(sheet: "二月")).read().findings.isEmpty)
    }

    @Test func findsPartsWhateverTheirCaseAndSlashes() throws {
        var parts = WorkbookBuilder.parts(sheetXML: WorkbookBuilder.sheet(rows: [header, ["1", "t", "A", "", ""]]))
        parts = parts.map { name, bytes in
            name == "xl/worksheets/sheet1.xml" ? ("xl\\WorkSheets\\SHEET1.xml", bytes) : (name, bytes)
        }
        let path = try workbook("case.xlsx", parts)
        #expect(try LedgerFile(path).read().ledger.taskCount == 1)
    }

    /// A formula saved without its result (a workbook made by a program that does not calculate)
    /// reads as empty, and the reader says which cell; one with its result reads as the result.
    @Test func aFormulaWithoutItsResultIsNamed() throws {
        let sheet = WorkbookBuilder.sheet(rows: [header, ["1", "任务", "A", "", "年底"]]).replacingOccurrences(
            of: "</sheetData>",
            with: "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"str\"><f>B2</f></c>"
                + "<c r=\"C3\" t=\"str\"><f>C2</f><v>A</v></c></row></sheetData>")
        let path = try workbook("formulas.xlsx", WorkbookBuilder.parts(sheetXML: sheet))
        let read = try LedgerFile(path).read()
        let finding = try #require(read.findings.first { $0.code == .uncachedFormula })
        #expect(finding.arguments["cells"] == "B3" && finding.location.row == 3)
        #expect(read.ledger.entries.last?.task.lead == ["A"])
    }
}
