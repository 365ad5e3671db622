// SPDX-License-Identifier: Apache-2.0
// missing-sequence, missing-task, missing-lead, missing-deadline; and missing-column from a schema.

import Testing
import TaizhangModel
import TaizhangTemplates
import TaizhangValidation

struct RequiredCellsRuleTests {
    let rule = RequiredCellsRule()

    @Test func reportsEachEmptyRequiredCellAtItsCell() {
        #expect(
            Harness.table(
                [
                    ",任务甲,市财政局,,12月底",
                    "2,,市财政局,,12月底",
                    "3,任务丙,——,市财政局,12月底",
                    "4,任务丁,市财政局,,",
                ], rule: rule) == ["A3 missing-sequence", "B4 missing-task", "C5 missing-lead", "E6 missing-deadline"])
    }

    @Test func aCompleteRowHasNone() {
        #expect(Harness.table(["1,任务甲,市财政局,——,长期坚持"], rule: rule).isEmpty)
    }

    @Test func missingDeadlineIsAWarningAndMissingLeadAnError() {
        let findings = Harness.findings(["1,任务甲,,,"], rule: rule)
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    @Test func theProgressSchemaRequiresAStatusColumn() throws {
        let schema = try #require(LedgerSchema.builtIn(named: "progress"))
        #expect(
            Harness.table(["1,任务甲,市财政局,,12月底"], rule: RequiredColumnsRule(), schema: schema)
                == ["missing-column"])
        #expect(
            Harness.table(
                ["1,任务甲,市财政局,,12月底,推进中"], rule: RequiredColumnsRule(),
                header: Harness.header + ",完成情况", schema: schema
            ).isEmpty)
        #expect(Harness.table(["1,任务甲,市财政局,,12月底"], rule: RequiredColumnsRule()).isEmpty)
    }
}
