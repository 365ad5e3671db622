// SPDX-License-Identifier: Apache-2.0
// Today's date, for the as-of date of a check.

import Foundation

extension CalendarDate {
    /// Today in the machine's time zone.
    public static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CalendarDate(year: year, month: month, day: day)
        else { preconditionFailure("the system calendar gave no date") }
        return date
    }
}
