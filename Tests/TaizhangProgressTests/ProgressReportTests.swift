// SPDX-License-Identifier: Apache-2.0
// Figures per lead department and in total, rates and ranks (LEDGER-SPEC §10).

import TaizhangModel
import TaizhangProgress
import TaizhangText
import Testing

func task(_ sequence: String, _ lead: [String], due: String?, status: String? = nil, progress: String? = nil)
    -> LedgerTask
{
    LedgerTask(
        sequence: SequenceNumber(sequence), text: "任务\(sequence)", lead: lead,
        deadline: due.map { Deadline(text: $0, kind: .date, due: CalendarDate(iso: $0)) }
            ?? Deadline(text: "长期", kind: .ongoing),
        progress: progress, status: status)
}

/// The day of an ISO date the tests spell correctly.
func day(_ iso: String) -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return date
}

func ledger(_ tasks: [LedgerTask], title: String? = "测试台账") -> Ledger {
    Ledger(
        title: title,
        body: LedgerSection(subsections: [
            LedgerSection(heading: SectionHeading(sequence: SequenceNumber("一"), title: "第一部分"), tasks: tasks)
        ]))
}

@Suite struct ProgressReportTests {
    let rules = StandingRules(asOf: day("2021-11-30"))

    @Test func aTaskWithTwoLeadsCountsForBothAndOnceInTheTotals() {
        let report = ProgressReport(
            ledger: ledger([
                task("1", ["市财政局", "市卫生健康局"], due: "2021-10-31", status: "推进中"),
                task("2", ["市财政局"], due: "2021-12-31", status: "已完成"),
                task("3", ["市卫生健康局", "市卫生健康局"], due: "2021-12-31"),
            ]), rules: rules)
        #expect(report.totals == StandingCounts(tasks: 3, done: 1, overdue: 1, notReported: 1))
        let lines = report.departments.map {
            "\($0.rank) \($0.department) \($0.counts.tasks)/\($0.counts.done)/\($0.counts.overdue)"
        }
        #expect(lines == ["1 市财政局 2/1/1", "2 市卫生健康局 2/0/1"])
        #expect(report.departments(with: .overdue).map { "\($0.department)\($0.count)" } == ["市卫生健康局1", "市财政局1"])
    }

    @Test func ranksByRateThenFewerOverdueThenName() {
        let report = ProgressReport(
            ledger: ledger([
                task("1", ["丙局"], due: "2021-12-31", status: "已完成"),
                task("2", ["丙局"], due: "2021-10-31"),
                task("3", ["乙局"], due: "2021-12-31", status: "已完成"),
                task("4", ["乙局"], due: "2021-12-31", status: "推进中"),
                task("5", ["甲局"], due: "2021-12-31", status: "已完成"),
                task("6", ["甲局"], due: "2021-12-31", status: "推进中"),
                task("7", ["丁局"], due: "2021-12-31", status: "已完成"),
            ]), rules: rules)
        // 丁局 100%; 乙局, 甲局 and 丙局 50%, 丙局 with an overdue task last; 乙局 before 甲局 by name.
        #expect(report.departments.map { "\($0.rank)\($0.department)" } == ["1丁局", "2乙局", "3甲局", "4丙局"])
    }

    @Test(arguments: [
        (30, 48, 0.625, "62.5%"), (20, 36, 0.556, "55.6%"), (2, 3, 0.667, "66.7%"), (1, 8, 0.125, "12.5%"),
        (0, 5, 0.0, "0%"), (4, 4, 1.0, "100%"), (0, 0, 0.0, "0%"), (1, 2, 0.5, "50%"),
    ])
    func completionRateHasThreePlaces(done: Int, tasks: Int, rate: Double, percent: String) {
        let counts = StandingCounts(tasks: tasks, done: done)
        #expect(counts.completionRate == rate)
        #expect(counts.completionPercent == percent)
    }

    @Test func aTaskWithoutLeadIsInTheTotalsOnly() {
        let report = ProgressReport(
            ledger: ledger([
                task("1", [], due: "2021-10-31"), task("2", ["市财政局"], due: "2021-12-31", status: "已完成"),
            ]), rules: rules)
        #expect(report.totals.tasks == 2)
        #expect(report.departments.map(\.counts.tasks) == [1])
        #expect(report.tasksWithoutLead == 1)
        #expect(BulletinText(report).notes == ["另有1项任务未填写牵头单位，计入总数，未计入各单位。"])
    }

    @Test func aLedgerWithoutProgressColumnsSaysSo() {
        let report = ProgressReport(
            ledger: ledger([
                task("1", ["市财政局"], due: "2021-10-31"), task("2", ["市财政局"], due: "2021-12-03"),
                task("3", ["市财政局"], due: "2021-12-31"),
            ]), rules: rules)
        #expect(!report.hasProgressColumns)
        #expect(report.tasks.map(\.standing) == [.overdue, .dueSoon, .notReported])
        #expect(BulletinText(report).notes.first?.contains("没有“进展情况”“完成情况”列") == true)
    }

    @Test func summaryParagraphInBulletinStyle() {
        let report = ProgressReport(
            ledger: ledger([
                task("1", ["市财政局"], due: "2021-10-31", status: "推进中"),
                task("2", ["市财政局", "市卫生健康局"], due: "2021-11-15", status: "推进中"),
                task("3", ["市卫生健康局"], due: "2021-12-31", status: "已完成"),
                task("4", ["市医疗保障局"], due: "2021-12-05", progress: "正在推进"),
                task("5", ["市医疗保障局"], due: "2021-12-31"),
                task("6", ["市医疗保障局"], due: nil, progress: "持续推进"),
            ]), rules: rules)
        #expect(
            BulletinText(report).summary == "截至2021年11月30日，6项重点任务已完成1项，完成率16.7%；"
                + "逾期2项，涉及市财政局2项、市卫生健康局1项；7日内到期1项，涉及市医疗保障局1项；"
                + "未报送进展1项，涉及市医疗保障局1项；其余1项正在推进。")
        #expect(BulletinText(report).heading == "测试台账落实情况通报")
    }

    @Test func aRosterCountsShortFormsUnderTheRostersName() {
        let roster = DepartmentRoster(text: "市卫生健康委员会\t市卫健委\t市卫生健康委\n市财政局\n")
        let report = ProgressReport(
            ledger: ledger([
                task("1", ["市卫健委"], due: "2021-12-31", status: "已完成"),
                task("2", ["市卫生健康委员会", "市卫生健康委"], due: "2021-12-31", status: "推进中"),
                task("3", ["市 财政局", "市教育局"], due: "2021-10-31"),
            ]), rules: rules, roster: roster)
        #expect(report.departments.map { "\($0.department) \($0.counts.tasks)" } == ["市卫生健康委员会 2", "市教育局 1", "市财政局 1"])
        #expect(report.tasks.map(\.task.lead) == [["市卫生健康委员会"], ["市卫生健康委员会"], ["市财政局", "市教育局"]])
    }
}
