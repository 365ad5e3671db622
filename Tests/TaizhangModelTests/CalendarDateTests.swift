// SPDX-License-Identifier: Apache-2.0
// Calendar days: validity, month ends, ISO text and Excel serials in both date systems.

import Testing
import TaizhangModel

struct CalendarDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 4, day: 31) == nil)
    }

    @Test func findsMonthEnds() {
        #expect(CalendarDate.endOf(month: 2, year: 2024)?.iso == "2024-02-29")
        #expect(CalendarDate.endOf(month: 2, year: 1900)?.iso == "1900-02-28")
        #expect(CalendarDate.endOf(month: 10, year: 2021)?.iso == "2021-10-31")
        #expect(CalendarDate.endOf(month: 0, year: 2021) == nil)
    }

    @Test func readsAndWritesISO() {
        #expect(CalendarDate(iso: "2021-10-31")?.iso == "2021-10-31")
        #expect(CalendarDate(iso: "2021-1-31") == nil)
        #expect(CalendarDate(iso: "2021-02-30") == nil)
    }

    /// Serials as Excel shows them (checked against LibreOffice's DATEVALUE).
    @Test(arguments: [
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (44500, "2021-10-31"),
        (44561, "2021-12-31"), (45292, "2024-01-01"),
    ])
    func convertsExcelSerials(serial: Int, iso: String) {
        #expect(CalendarDate(excelSerial: serial)?.iso == iso)
    }

    @Test func hasNoDateForExcelsLeapDayOf1900() {
        #expect(CalendarDate(excelSerial: 60) == nil)
    }

    @Test func convertsSerialsOfThe1904System() {
        #expect(CalendarDate(excelSerial: 0, date1904: true)?.iso == "1904-01-01")
        #expect(CalendarDate(excelSerial: 43100, date1904: true)?.iso == "2022-01-01")
    }

    @Test func ordersDates() throws {
        let early = try #require(CalendarDate(year: 2021, month: 6, day: 30))
        let late = try #require(CalendarDate(year: 2021, month: 12, day: 31))
        #expect(early < late)
    }
}
