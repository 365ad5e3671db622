// SPDX-License-Identifier: Apache-2.0
// Time limits (LEDGER-SPEC §4): every form of the table, relative to the ledger year.

import Testing
import TaizhangModel
import TaizhangText

struct DeadlineParserTests {
    let parser = DeadlineParser(year: 2021)

    @Test(arguments: [
        ("2021年12月31日", Deadline.Kind.date, "2021-12-31"),
        ("2021-12-31", .date, "2021-12-31"),
        ("2021/12/31", .date, "2021-12-31"),
        ("2021.12.31", .date, "2021-12-31"),
        ("２０２１年６月３０日前", .date, "2021-06-30"),
        ("6月30日", .date, "2021-06-30"),
        ("44561", .date, "2021-12-31"),
        ("12月底", .monthEnd, "2021-12-31"),
        ("12月底前", .monthEnd, "2021-12-31"),
        ("10月底前出台文件", .monthEnd, "2021-10-31"),
        ("2021年6月底", .monthEnd, "2021-06-30"),
        ("十月底", .monthEnd, "2021-10-31"),
        ("2月", .monthEnd, "2021-02-28"),
        ("年底前", .yearEnd, "2021-12-31"),
        ("年内", .yearEnd, "2021-12-31"),
        ("年底", .yearEnd, "2021-12-31"),
        ("2022年底前", .yearEnd, "2022-12-31"),
        ("第三季度", .quarterEnd, "2021-09-30"),
        ("三季度末", .quarterEnd, "2021-09-30"),
        ("第1季度", .quarterEnd, "2021-03-31"),
        ("上半年", .halfEnd, "2021-06-30"),
        ("年中", .halfEnd, "2021-06-30"),
        ("下半年", .halfEnd, "2021-12-31"),
        ("12月底前完成阶段性目标", .phased, "2021-12-31"),
        ("10月底前完成阶段性目标", .phased, "2021-10-31"),
        ("2016年9月-2018年4月", .range, "2018-04-30"),
        ("2017—2020年", .range, "2020-12-31"),
        ("2021年3月至6月", .range, "2021-06-30"),
    ])
    func readsDueDates(text: String, kind: Deadline.Kind, due: String) {
        let deadline = parser.parse(text)
        #expect(deadline.kind == kind, "\(text)")
        #expect(deadline.due?.iso == due, "\(text)")
        #expect(deadline.text == text)
    }

    @Test(arguments: ["长期", "长期坚持", "持续推进", "常态化推进", "每季度"])
    func readsOngoingWork(text: String) {
        let deadline = parser.parse(text)
        #expect(deadline.kind == .ongoing)
        #expect(deadline.due == nil)
    }

    @Test(arguments: ["", "——", "无"])
    func readsNoDeadline(text: String) {
        #expect(parser.parse(text).kind == .none)
    }

    @Test(arguments: ["尽快", "按上级要求", "13月底", "2月30日"])
    func leavesNonsenseUnparsedOrWithoutDate(text: String) {
        let deadline = parser.parse(text)
        #expect(deadline.due == nil)
        #expect(deadline.kind != .ongoing)
    }

    @Test func keepsWhatIsDueAsANote() {
        #expect(parser.parse("10月底前出台文件").note == "出台文件")
        #expect(parser.parse("12月底前完成阶段性目标").note == "完成阶段性目标")
        #expect(parser.parse("12月底").note == nil)
    }

    @Test func needsAYearForRelativePhrases() {
        let deadline = DeadlineParser(year: nil).parse("12月底")
        #expect(deadline.kind == .monthEnd)
        #expect(deadline.due == nil)
        #expect(DeadlineParser(year: nil).parse("2021年12月31日").due?.iso == "2021-12-31")
    }

    @Test func takesTheLatestOfSeveralDates() {
        let deadline = parser.parse("6月底前完成初稿，12月底前全面完成")
        #expect(deadline.due?.iso == "2021-12-31")
    }

    @Test func keepsTheTextTrimmedButOtherwiseAsWritten() {
        #expect(parser.parse("  10月底前 出台文件 ").text == "10月底前 出台文件")
    }

    /// A day that does not exist is no due date: the validator then asks the clerk (unparsed-deadline).
    @Test(arguments: ["2月30日", "2021年13月", "2021-02-30", "2021年4月31日", "13月底前"])
    func impossibleDatesAreUnparsed(text: String) {
        let deadline = DeadlineParser(year: 2021).parse(text)
        #expect(deadline.kind == .unparsed, "\(text)")
        #expect(deadline.due == nil)
    }

    @Test func aLeapDayWithoutAYearIsPossible() {
        #expect(DeadlineParser(year: nil).parse("2月29日").kind == .date)
        #expect(DeadlineParser(year: 2024).parse("2月29日").due == CalendarDate(year: 2024, month: 2, day: 29))
    }
}
