// SPDX-License-Identifier: Apache-2.0
// The standing rules of LEDGER-SPEC §10 on the boundary dates.

import TaizhangModel
import TaizhangProgress
import Testing

/// One row of the rules table: a task's time limit, progress and status, and where it stands on 2021-11-30.
struct StandingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var due: String?
    var kind: Deadline.Kind = .date
    var progress: String?
    var status: String?
    var dueSoonDays = 7
    var expected: Standing
    var line: Int

    var testDescription: String { "\(name) (line \(line))" }

    var task: LedgerTask {
        let date = due.flatMap(CalendarDate.init(iso:))
        return LedgerTask(
            sequence: SequenceNumber("1"), text: "任务", lead: ["市财政局"],
            deadline: Deadline(text: due ?? "长期坚持", kind: due == nil && kind == .date ? .ongoing : kind, due: date),
            progress: progress, status: status)
    }
}

private func row(
    _ name: String, due: String?, kind: Deadline.Kind = .date, progress: String? = nil, status: String? = nil,
    days: Int = 7, _ expected: Standing, line: Int = #line
) -> StandingCase {
    StandingCase(
        name: name, due: due, kind: kind, progress: progress, status: status, dueSoonDays: days,
        expected: expected, line: line)
}

/// As of 2021-11-30.
let standingTable: [StandingCase] = [
    row("due yesterday, reported", due: "2021-11-29", progress: "正在推进", status: "推进中", .overdue),
    row("due yesterday, nothing reported", due: "2021-11-29", .overdue),
    row("due today is not overdue", due: "2021-11-30", progress: "正在推进", .dueSoon),
    row("due today, nothing reported", due: "2021-11-30", .dueSoon),
    row("due in 7 days", due: "2021-12-07", status: "推进中", .dueSoon),
    row("due in 8 days", due: "2021-12-08", status: "推进中", .inProgress),
    row("due in 8 days, nothing reported", due: "2021-12-08", .notReported),
    row("due in 3 days with --due-soon-days 2", due: "2021-12-03", status: "推进中", days: 2, .inProgress),
    row("due today with --due-soon-days 0", due: "2021-11-30", status: "推进中", days: 0, .dueSoon),
    row("done after its due date", due: "2021-10-31", progress: "11月15日印发", status: "已完成", .done),
    row("done, said as a synonym", due: "2021-10-31", status: "已办结", .done),
    row("done, said as 完成 with spaces", due: "2021-10-31", status: " 完成 ", .done),
    row("done before it is due", due: "2021-12-31", status: "已完成", .done),
    row("status 已逾期 but not yet due", due: "2021-12-31", status: "已逾期", .inProgress),
    row("ongoing is never overdue", due: nil, progress: "持续推进", .inProgress),
    row("ongoing, nothing reported", due: nil, .notReported),
    row("ongoing kind keeps no due date in force", due: "2021-01-31", kind: .ongoing, status: "推进中", .inProgress),
    row("progress only", due: "2021-12-31", progress: "已完成初稿", .inProgress),
    row("blank progress and status", due: "2021-12-31", progress: "  ", status: "", .notReported),
    row("status 未启动 counts as reported", due: "2021-12-31", status: "未启动", .inProgress),
    row("phased due date", due: "2021-12-05", kind: .phased, status: "推进中", .dueSoon),
    row("time limit with no date", due: nil, kind: .unparsed, .notReported),
]

@Suite struct StandingRulesTests {
    static let asOf = day("2021-11-30")

    @Test(arguments: standingTable)
    func standingOnBoundaryDates(_ example: StandingCase) {
        let rules = StandingRules(asOf: StandingRulesTests.asOf, dueSoonDays: example.dueSoonDays)
        #expect(rules.standing(of: example.task) == example.expected)
    }

    @Test func lightsFollowTheSpec() {
        #expect(
            Standing.allCases.map { "\($0.rawValue) \($0.light.rawValue)" } == [
                "done green", "overdue red", "due-soon yellow", "not-reported yellow", "in-progress green",
            ])
    }

    @Test func doneSpellingsComeFromTheSchema() {
        let done = DoneStatus(schema: .standard)
        #expect(done.spellings == ["已完成", "完成", "已办结"])
        #expect(done.isDone("完成"))
        #expect(!done.isDone("已逾期"))
        #expect(!done.isDone(nil))
        let bare = DoneStatus(schema: LedgerSchema(name: "bare", summary: "", columns: []))
        #expect(bare.spellings == ["已完成"])
        #expect(!bare.isDone("完成"))
    }
}
