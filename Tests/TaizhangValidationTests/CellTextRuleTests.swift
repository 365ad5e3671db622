// SPDX-License-Identifier: Apache-2.0
// duplicate-task, markup-in-cell, whitespace and cell-too-long, on the cells as the file holds them.

import Testing
import TaizhangModel
import TaizhangValidation

struct CellTextRuleTests {
    @Test func theSameTaskTwiceIsReportedOnTheLaterRow() {
        let findings = Harness.findings(
            ["1,加强 党建,市财政局,,12月底", "2,加强党建,市财政局,,12月底", "3,另一项,市财政局,,12月底"],
            rule: DuplicateTaskRule())
        #expect(findings.map(\.summary) == ["B4 duplicate-task"])
        #expect(findings.first?.arguments["other"] == "3")
    }

    @Test func markupLeftFromAWebPage() {
        #expect(
            Harness.table(
                [
                    "1,<p>加强党建</p>,市财政局,,12月底",
                    "2,完善&nbsp;制度,市财政局,,12月底",
                    "3,床位数<500张的医院,市财政局,,12月底",
                    "4,A<B 与 C>D,市财政局,,12月底",
                ], rule: MarkupRule()) == ["B3 markup-in-cell", "B4 markup-in-cell"])
    }

    @Test func straySpacesAndBrokenNames() {
        #expect(
            Harness.table(
                [
                    "1, 加强党建,市财政局,,12月底",
                    "2,加强党建二 ,市财政局,,12月底",
                    "3,加强  党建三,市财政局,,12月底",
                    "4,加强党建四,\"市人力资源\n和社会保障局\",,12月底",
                    "5,加强党建五,\"市财政局\n市卫生健康局\",,12月底",
                ], rule: WhitespaceRule()) == ["B3 whitespace", "B4 whitespace", "B5 whitespace", "C6 whitespace"])
    }

    @Test func aCellExcelCannotHold() {
        let long = String(repeating: "长", count: 32_768)
        #expect(
            Harness.table(["1,\(long),市财政局,,12月底", "2,短,市财政局,,12月底"], rule: CellTooLongRule())
                == ["B3 cell-too-long"])
    }

    /// A vertical tab pasted from Word sits in the cell it came in: reported there, counted.
    @Test func controlCharactersPastedFromWord() {
        #expect(
            Harness.table(
                [
                    "1,任务\u{01}带控制\u{0B}符,市财政局,,10月底",
                    "2,换行\n在单元格里,市财政局,,10月底",
                ], rule: ControlCharacterRule()) == ["B3 control-character"])
        let finding = Harness.findings(["1,任务\u{01}带控制\u{0B}符,市财政局,,10月底"], rule: ControlCharacterRule()).first
        #expect(finding?.arguments["count"] == "2")
    }
}
