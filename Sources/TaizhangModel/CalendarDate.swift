// SPDX-License-Identifier: Apache-2.0
// A day in the Gregorian calendar, with no time and no time zone.

/// A calendar day (year, month, day), as time limits name them; free of time zones by design.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// The year, e.g. 2021.
    public let year: Int
    /// The month, 1 … 12.
    public let month: Int
    /// The day of the month, 1 … 28/29/30/31.
    public let day: Int

    /// Creates a date, or `nil` when the day does not exist (2021-02-29, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day of a month, or `nil` when the month is out of range.
    public static func endOf(month: Int, year: Int) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Parses an ISO 8601 calendar date, "2021-10-31".
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date of an Excel serial day number in the 1900 date system (1 = 1900-01-01), or in
    /// the 1904 system when `date1904` is set (0 = 1904-01-01).
    ///
    /// Excel counts a 29 February 1900 that never was, so serials from 61 on are one day late;
    /// like Excel, serial 60 has no real date and gives `nil`.
    public init?(excelSerial serial: Int, date1904: Bool = false) {
        let daysSinceEpoch: Int
        if date1904 {
            guard serial >= 0 else { return nil }
            daysSinceEpoch = serial + CalendarDate.daysFrom1900(to: 1904)
        } else {
            guard serial >= 1, serial != 60 else { return nil }
            daysSinceEpoch = serial < 60 ? serial - 1 : serial - 2
        }
        guard let date = CalendarDate(daysSince1900: daysSinceEpoch) else { return nil }
        self = date
    }

    /// The date as ISO 8601, "2021-10-31".
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1900-01-01 (which is day 0).
    public var daysSince1900: Int {
        var days = CalendarDate.daysFrom1900(to: year)
        for m in 1..<month { days += CalendarDate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// Compares two dates in time order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: - Calendar arithmetic

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func daysFrom1900(to year: Int) -> Int {
        (1900..<max(year, 1900)).reduce(0) { $0 + (isLeap($1) ? 366 : 365) }
    }

    private init?(daysSince1900 days: Int) {
        guard days >= 0, days < 3_000_000 else { return nil }
        var remaining = days
        var year = 1900
        while true {
            let length = CalendarDate.isLeap(year) ? 366 : 365
            if remaining < length { break }
            remaining -= length
            year += 1
        }
        var month = 1
        while remaining >= CalendarDate.daysIn(month: month, year: year) {
            remaining -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: remaining + 1)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as ISO 8601.
    public var description: String { iso }
}
