// SPDX-License-Identifier: Apache-2.0
// Turning a cell's stored value into the text a clerk sees: numbers, dates, booleans, errors.

import Foundation
import TaizhangModel

/// Formats stored cell values as text, the way the grid of a ``Sheet`` holds them; shared by the
/// workbook readers (.xlsx, .xls) so a number or date reads alike whichever format held it.
///
/// Numbers read as they would in a ledger: "1.0" is "1" (a sequence number), 3.5 is "3.5",
/// 0.1 + 0.2 is "0.3" (15 significant digits, as Excel shows). Numbers in a date format become
/// ISO dates ("2021-10-31"), with the time when there is one ("2021-10-31 08:30:00"), or the
/// time alone for a time of day.
public struct CellValueFormatter: Sendable {
    /// Whether date serials count from 1904 (Mac Excel of old) rather than 1900.
    public let date1904: Bool

    /// Creates a formatter for a workbook's date system.
    public init(date1904: Bool) {
        self.date1904 = date1904
    }

    /// Text of a number, `raw` as stored in `<v>`.
    public func number(_ raw: String, isDate: Bool) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        if isDate, let text = dateText(value) { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Text of a date serial, or `nil` when it names no day.
    public func dateText(_ serial: Double) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if days == 0, !date1904 { return time }
        guard let date = CalendarDate(excelSerial: days, date1904: date1904) else { return nil }
        return seconds == 0 ? date.iso : date.iso + " " + time
    }

    /// Text of an ISO date cell (`t="d"`): "2023-01-01T00:00:00.4" → "2023-01-01 00:00:00".
    public func isoDate(_ raw: String) -> String {
        let parts = raw.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return raw }
        let time = parts[1].prefix(8)
        return time == "00:00:00" && parts[1].count <= 8 ? String(parts[0]) : "\(parts[0]) \(time)"
    }

    /// Text of a boolean cell.
    public func boolean(_ raw: String) -> String {
        raw == "1" || raw.lowercased() == "true" ? "TRUE" : "FALSE"
    }
}
