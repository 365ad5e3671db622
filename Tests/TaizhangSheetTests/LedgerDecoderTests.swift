// SPDX-License-Identifier: Apache-2.0
// Table recognition on hand-built sheets: title rows, header, sections, tasks, footers, merges.

import Testing
import TaizhangModel
import TaizhangSheet

/// Builds a sheet from rows of cells, numbered from 1.
private func sheet(_ rows: [[String]], merges: [CellRange] = []) -> Sheet {
    Sheet(
        file: "t.csv", name: "Sheet1",
        rows: rows.enumerated().map { SheetRow(number: $0.offset + 1, cells: $0.element) }, merges: merges)
}

private let header = ["序号", "重点任务", "责任单位", "配合单位", "完成时限"]

struct LedgerDecoderTests {
    @Test func readsTitleRowsAboveTheHeader() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["同仁市2021年综合医改重点工作台账", "", "", "", ""],
                ["同政办〔2021〕14号　填报单位：市卫生健康局", "", "", "", ""],
                header,
                ["1", "加强党建", "市卫生健康局", "——", "10月底"],
            ]))
        #expect(decoded.ledger.title == "同仁市2021年综合医改重点工作台账")
        #expect(decoded.ledger.subtitle == "同政办〔2021〕14号　填报单位：市卫生健康局")
        #expect(decoded.ledger.documentNumber == "同政办〔2021〕14号")
        #expect(decoded.ledger.year == 2021)
        #expect(decoded.headerRow == 3)
        #expect(decoded.findings.isEmpty)
        let task = decoded.ledger.entries[0].task
        #expect(task.lead == ["市卫生健康局"])
        #expect(task.cooperating == [])
        #expect(task.deadline.due?.iso == "2021-10-31")
        #expect(task.source == SourceLocation(file: "t.csv", sheet: "Sheet1", row: 4))
    }

    @Test func readsSectionRowsInBothShapes() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["一", "推进公立医院高质量发展", "", "", ""],
                ["1", "任务甲", "市卫生健康局", "", "12月底"],
                ["二 深化医疗保障制度改革", "", "", "", ""],
                ["2", "任务乙", "市医疗保障局", "市财政局", "12月底"],
                ["三、健全药品供应保障体系"],
                ["3", "任务丙", "市医疗保障局", "—", "长期"],
            ]))
        let sections = decoded.ledger.allSections.map { $0.heading.map { "\($0.sequence.raw)|\($0.title)" } }
        #expect(sections == ["一|推进公立医院高质量发展", "二|深化医疗保障制度改革", "三|健全药品供应保障体系"])
        #expect(
            decoded.ledger.entries.map { $0.sectionPath.map(\.title) }
                == [["推进公立医院高质量发展"], ["深化医疗保障制度改革"], ["健全药品供应保障体系"]])
        #expect(decoded.ledger.taskCount == 3)
    }

    @Test func nestsSectionsByTheirNumerals() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["一", "甲", "", "", ""],
                ["（一）", "甲一", "", "", ""],
                ["1", "t1", "A", "", ""],
                ["（二）", "甲二", "", "", ""],
                ["2", "t2", "A", "", ""],
                ["二", "乙", "", "", ""],
                ["3", "t3", "A", "", ""],
            ]))
        #expect(decoded.ledger.entries.map { $0.sectionPath.map(\.title) } == [["甲", "甲一"], ["甲", "甲二"], ["乙"]])
        #expect(decoded.ledger.body.subsections.count == 2)
    }

    @Test func takesANumeralRowWithDepartmentsForATask() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["（一）", "大力推广三明医改经验", "市卫生健康委", "", "年底"],
            ]))
        #expect(decoded.ledger.allSections.isEmpty)
        #expect(decoded.ledger.entries.first?.task.sequence.raw == "（一）")
    }

    @Test func skipsBlankRowsAndReportsOnlyThoseInsideTheTable() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["1", "t1", "A", "", ""],
                ["", "", "", "", ""],
                ["——", "——", "", "", ""],
                ["2", "t2", "A", "", ""],
                ["", "", "", "", ""],
            ]))
        #expect(decoded.ledger.taskCount == 2)
        #expect(decoded.findings.map(\.summary) == ["row 3 blank-row", "row 4 blank-row"])
    }

    @Test func stopsAtTheFooter() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["1", "t1", "A", "", ""],
                ["填报人：张三", "", "联系电话：123", "", ""],
                ["2", "after the footer", "A", "", ""],
            ]))
        #expect(decoded.ledger.taskCount == 1)
    }

    @Test func reportsAMissingHeader() {
        let decoded = LedgerDecoder.decode(sheet([["姓名", "年纪"], ["张三", "20"]]))
        #expect(decoded.findings.map(\.summary) == ["header-not-found"])
        #expect(decoded.ledger.taskCount == 0)
        #expect(decoded.headerRow == nil)
    }

    @Test func reportsHeaderProblems() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["序号", "重点工作", "重点任务", "责任领导", "配合单位"],
                ["1", "t1", "dup", "张三", "B"],
            ]))
        #expect(
            decoded.findings.map(\.summary)
                == ["C1 duplicate-column", "D1 unknown-column", "row 1 missing-column", "row 1 missing-column"])
        #expect(
            decoded.findings.filter { $0.code == .missingColumn }.map { $0.arguments["field"] } == ["责任单位", "完成时限"])
        let task = decoded.ledger.entries[0].task
        #expect(task.text == "t1")
        #expect(task.extra == ["责任领导": "张三"])
        #expect(decoded.ledger.extraColumns == ["责任领导"])
    }

    @Test func letsTheLeadColumnWinOverResponsible() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["序号", "重点任务", "责任单位", "牵头单位", "完成时限"],
                ["1", "t", "市财政局、市人社局", "市发改委", "年底"],
            ]))
        let task = decoded.ledger.entries[0].task
        #expect(task.lead == ["市发改委"])
        #expect(task.cooperating == ["市财政局", "市人社局"])
        #expect(decoded.findings.isEmpty)
    }

    @Test func readsLeadMarksInsideACell() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["1", "t", "市财政局、▲市发改委", "市人社局（牵头）", ""],
            ]))
        let task = decoded.ledger.entries[0].task
        #expect(task.lead == ["市发改委", "市人社局"])
        #expect(task.cooperating == ["市财政局"])
    }

    @Test func passesVerticallyMergedCellsDown() {
        let decoded = LedgerDecoder.decode(
            sheet(
                [
                    ["2021年重点工作台账"],
                    header,
                    ["1", "t1", "市卫生健康局", "", "12月底"],
                    ["2", "t2", "", "", ""],
                    ["3", "t3", "", "", "长期"],
                ],
                merges: [
                    CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5),
                    CellRange(firstRow: 3, firstColumn: 3, lastRow: 5, lastColumn: 3),
                    CellRange(firstRow: 3, firstColumn: 5, lastRow: 4, lastColumn: 5),
                ]))
        let tasks = decoded.ledger.entries.map(\.task)
        #expect(tasks.map(\.lead) == [["市卫生健康局"], ["市卫生健康局"], ["市卫生健康局"]])
        #expect(tasks.map(\.deadline.text) == ["12月底", "12月底", "长期"])
        #expect(tasks.map(\.inherited) == [[], [.lead, .deadline], [.lead]])
    }

    @Test func keepsCellsBeyondTheHeader() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header,
                ["1", "t", "A", "", "", "", "stray"],
            ]))
        #expect(decoded.findings.map(\.summary) == ["row 2 ragged-row"])
        #expect(decoded.ledger.entries[0].task.extra == ["G": "stray"])
    }

    @Test func opensSectionsFromASectionColumn() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["序号", "所属板块", "重点任务", "责任单位", "完成时限"],
                ["1", "医疗", "t1", "A", ""],
                ["2", "医疗", "t2", "A", ""],
                ["3", "医保", "t3", "B", ""],
            ]))
        #expect(decoded.ledger.entries.map { $0.sectionPath.map(\.title) } == [["医疗"], ["医疗"], ["医保"]])
    }

    @Test func usesTheGivenYearOverTheTitle() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["2021年台账"], header, ["1", "t", "A", "", "12月底"],
            ]), options: .init(year: 2022))
        #expect(decoded.ledger.year == 2022)
        #expect(decoded.ledger.entries[0].task.deadline.due?.iso == "2022-12-31")
    }

    @Test func decodesTheSameWhetherRowsComeAtOnceOrOneByOne() {
        let rows = sheet([["2021年台账"], header, ["一", "甲", "", "", ""], ["1", "t", "A", "B", "年底"]])
        let tree = LedgerTreeBuilder()
        var decoder = LedgerDecoder(file: rows.file, sheetName: rows.name) { tree.receive($0) }
        for row in rows.rows { decoder.consume(row) }
        let streamed = tree.collected(decoder.finish())
        #expect(streamed.ledger == LedgerDecoder.decode(rows).ledger)
        #expect(streamed.taskCount == 1 && streamed.sectionCount == 1)
    }

    /// 责任单位 merged over 牵头单位 | 配合单位, the usual government layout: the second header line
    /// names the columns and is no task; 序号 and 重点任务 merged down over both lines.
    @Test func readsATwoLevelHeader() {
        let decoded = LedgerDecoder.decode(
            sheet([
                ["2021年台账"],
                ["序号", "重点任务", "责任单位", "", "完成时限"],
                ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                ["1", "任务甲", "市财政局", "市卫健局", "10月底"],
            ]))
        let tasks = decoded.ledger.entries.map(\.task)
        #expect(tasks.count == 1)
        #expect(tasks.first?.lead == ["市财政局"] && tasks.first?.cooperating == ["市卫健局"])
        #expect(decoded.columns?[.cooperating] == 3)
        #expect(decoded.findings.isEmpty)
    }

    /// A row of data just under the header is no second header line, even if one cell looks like one.
    @Test func aFirstTaskIsNoSecondHeaderLine() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header, ["1", "完成情况", "市财政局", "", "10月底"],
            ]))
        #expect(decoded.ledger.taskCount == 1)
    }

    /// The header printed again at a page break, as a printout pasted back gives it: no task.
    @Test func skipsTheHeaderRepeatedAtAPageBreak() {
        let decoded = LedgerDecoder.decode(
            sheet([
                header, ["1", "任务甲", "市财政局", "", "10月底"], header, ["2", "任务乙", "市医保局", "", "12月底"],
            ]))
        #expect(decoded.ledger.entries.map(\.task.sequence.raw) == ["1", "2"])
    }

    /// A return sent back with its header and nothing under it is said to be empty, not passed.
    @Test func aHeaderWithoutTasksIsAFinding() {
        let decoded = LedgerDecoder.decode(sheet([["2021年台账"], header, ["", "", "", "", ""]]))
        #expect(decoded.findings.map(\.code) == [.noTasks])
        #expect(decoded.findings.first?.location.row == 2)
    }

    /// A row with thousands of cells past the header is one short finding, and every value is kept.
    @Test func aVeryRaggedRowIsOneShortFinding() {
        let wide = ["1", "t", "A", "", "年底"] + (0..<3_000).map { "x\($0)" }
        let decoded = LedgerDecoder.decode(sheet([header, wide]))
        let message = decoded.findings.first { $0.code == .raggedRow }?.arguments["cells"] ?? ""
        #expect(message.hasPrefix("F, G, H") && message.hasSuffix("(3000)") && message.count < 60)
        #expect(decoded.ledger.entries.first?.task.extra.count == 3_000)
    }
}
