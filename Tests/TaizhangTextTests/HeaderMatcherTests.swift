// SPDX-License-Identifier: Apache-2.0
// Header synonyms (LEDGER-SPEC §1) and the decorations clerks put on them.

import Testing
import TaizhangModel
import TaizhangText

struct HeaderMatcherTests {
    @Test(arguments: [
        ("序号", LedgerField.sequence), ("编号", .sequence), ("序", .sequence), ("项目编号", .sequence),
        ("重点任务", .task), ("重点工作", .task), ("工作任务", .task), ("主要任务", .task), ("任务内容", .task),
        ("工作内容", .task), ("具体任务", .task), ("主要工作", .task),
        ("责任单位", .lead), ("牵头单位", .lead), ("责任部门", .lead), ("牵头部门", .lead), ("主责单位", .lead),
        ("责任主体", .lead),
        ("配合单位", .cooperating), ("配合部门", .cooperating), ("协办单位", .cooperating), ("参与单位", .cooperating),
        ("协同单位", .cooperating),
        ("完成时限", .deadline), ("时限要求", .deadline), ("完成时间", .deadline), ("时间节点", .deadline),
        ("完成期限", .deadline), ("时限", .deadline),
        ("进展情况", .progress), ("工作进展", .progress), ("推进情况", .progress), ("落实情况", .progress),
        ("完成情况", .status), ("完成状态", .status), ("状态", .status),
        ("备注", .remarks), ("说明", .remarks),
        ("所属板块", .section), ("类别", .section), ("领域", .section),
    ])
    func knowsEverySynonymOfTheSpec(title: String, field: LedgerField) {
        #expect(HeaderMatcher.match(title)?.field == field)
    }

    @Test(arguments: [
        ("责任\n单位", LedgerField.lead), (" 序　号 ", .sequence), ("完成时限（必填）", .deadline),
        ("重点任务*", .task), ("*责任单位", .lead), ("责任单位（牵头单位）", .lead), ("完成时限(必填)", .deadline),
        ("备注：", .remarks), ("序号\r\n", .sequence),
    ])
    func ignoresDecorations(title: String, field: LedgerField) {
        #expect(HeaderMatcher.match(title)?.field == field)
    }

    @Test func marksExplicitLeadTitles() {
        #expect(HeaderMatcher.match("牵头单位")?.namesLeadExplicitly == true)
        #expect(HeaderMatcher.match("责任单位")?.namesLeadExplicitly == false)
    }

    @Test(arguments: ["责任领导", "", "联系人", "序号说明书"])
    func leavesUnknownTitlesUnmatched(title: String) {
        #expect(HeaderMatcher.match(title) == nil)
    }
}
