// SPDX-License-Identifier: Apache-2.0
// unparsed-deadline, deadline-out-of-year, overdue and bad-status.

import Testing
import TaizhangModel
import TaizhangTemplates
import TaizhangValidation

struct DeadlineRuleTests {
    @Test func unparsedAndOutOfYearTimeLimits() {
        #expect(
            Harness.table(
                [
                    "1,甲,市财政局,,尽快",
                    "2,乙,市财政局,,2022年3月31日",
                    "3,丙,市财政局,,12月底",
                    "4,丁,市财政局,,长期坚持",
                ], rule: DeadlineRule()) == ["E3 unparsed-deadline", "E4 deadline-out-of-year"])
    }

    @Test func overdueNeedsAStatusColumnAndSkipsDoneAndOngoingTasks() {
        let header = Harness.header + ",完成情况"
        #expect(
            Harness.table(
                [
                    "1,甲,市财政局,,10月底,推进中",
                    "2,乙,市财政局,,10月底,已完成",
                    "3,丙,市财政局,,10月底,完成",
                    "4,丁,市财政局,,长期坚持,推进中",
                    "5,戊,市财政局,,12月底,推进中",
                    "6,己,市财政局,,9月底,",
                ], rule: OverdueRule(), header: header) == ["E3 overdue", "E8 overdue"])
        #expect(Harness.table(["1,甲,市财政局,,10月底"], rule: OverdueRule()).isEmpty)
    }

    @Test func aStatusOffTheListWithTheNearestFirst() {
        let header = Harness.header + ",完成情况"
        let findings = Harness.findings(
            ["1,甲,市财政局,,12月底,已完成了", "2,乙,市财政局,,12月底,正在推进"],
            rule: StatusRule(), header: header)
        #expect(findings.map(\.summary) == ["F3 bad-status"])
        #expect(findings.first?.suggestions.first == "已完成")
        #expect(findings.first?.severity == .error)
    }
}
