// SPDX-License-Identifier: Apache-2.0
// Splitting department cells (LEDGER-SPEC §3): separators, brackets, collectives, marks, placeholders.

import Testing
import TaizhangText

struct DepartmentListTests {
    @Test(arguments: [
        ("市卫生健康局", ["市卫生健康局"]),
        ("市卫生健康局、市财政局", ["市卫生健康局", "市财政局"]),
        ("市委编办，市卫生健康局", ["市委编办", "市卫生健康局"]),
        ("市发改委,市财政局;市人社局；市医保局", ["市发改委", "市财政局", "市人社局", "市医保局"]),
        ("市卫生健康局 市财政局", ["市卫生健康局", "市财政局"]),
        ("市卫生健康局　市财政局", ["市卫生健康局", "市财政局"]),
        ("市卫生健康局\n市财政局", ["市卫生健康局", "市财政局"]),
        ("市卫生健康局/市财政局", ["市卫生健康局", "市财政局"]),
        ("  市卫生健康局 、 市财政局  ", ["市卫生健康局", "市财政局"]),
    ])
    func splitsOnEverySeparator(cell: String, names: [String]) {
        #expect(DepartmentList.names(cell) == names)
    }

    @Test(arguments: [
        ("各区、县（市）政府", ["各区、县（市）政府"]),
        ("各县（市、区）人民政府、市财政局", ["各县（市、区）人民政府", "市财政局"]),
        ("市委编办(市委机构编制委员会办公室)、市财政局", ["市委编办(市委机构编制委员会办公室)", "市财政局"]),
        ("各区、县（市）政府，市发改委", ["各区、县（市）政府", "市发改委"]),
        ("人力资源\n和社会保障局", ["人力资源和社会保障局"]),
    ])
    func keepsNamesThatHoldASeparator(cell: String, names: [String]) {
        #expect(DepartmentList.names(cell) == names)
    }

    @Test(arguments: ["", "——", "—", "-", "/", "无", "暂无", " —— ", "－"])
    func readsPlaceholdersAsNobody(cell: String) {
        #expect(DepartmentList.names(cell).isEmpty)
    }

    @Test func readsLeadMarks() {
        let mentions = DepartmentList.split("▲市卫生健康委、市财政局、市人社局（牵头）")
        #expect(mentions.map(\.name) == ["市卫生健康委", "市财政局", "市人社局"])
        #expect(mentions.map(\.isMarkedLead) == [true, false, true])
    }

    @Test func dropsATrailingEtCetera() {
        #expect(DepartmentList.names("市医保局、市卫生健康委等") == ["市医保局", "市卫生健康委"])
    }

    @Test func keepsDuplicatesForTheValidatorToReport() {
        #expect(DepartmentList.names("市财政局、市财政局") == ["市财政局", "市财政局"])
    }

    /// A lead mark after the name counts as one before it.
    @Test func aTrailingMarkMarksTheLead() {
        let mentions = DepartmentList.split("市卫生健康局▲、市医保局")
        #expect(mentions.map(\.name) == ["市卫生健康局", "市医保局"])
        #expect(mentions.map(\.isMarkedLead) == [true, false])
    }
}
