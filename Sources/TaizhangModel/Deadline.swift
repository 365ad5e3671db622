// SPDX-License-Identifier: Apache-2.0
// A time limit (完成时限): the text as written and what it means.

/// A time limit (完成时限) as written, with the due date that follows from it (LEDGER-SPEC §4).
public struct Deadline: Sendable, Hashable {
    /// What kind of time limit the text expresses; the raw values are the interchange JSON's.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// A day: "2021年12月31日", "2021-12-31", an Excel date serial.
        case date
        /// The end of a month: "12月底", "10月底前出台文件".
        case monthEnd = "month-end"
        /// The end of the ledger's year: "年底前", "年内".
        case yearEnd = "year-end"
        /// The end of a quarter: "第三季度", "三季度末".
        case quarterEnd = "quarter-end"
        /// The end of a half year: "上半年", "年中", "下半年".
        case halfEnd = "half-end"
        /// A due date for a stage of the work: "12月底前完成阶段性目标".
        case phased
        /// Work that goes on: "长期", "持续推进", "常态化推进"; never overdue.
        case ongoing
        /// A period, due at its end: "2016年9月-2018年4月", "2017—2020年".
        case range
        /// Text with no recognisable meaning.
        case unparsed
        /// No time limit given.
        case none
    }

    /// The text as written, trimmed.
    public var text: String
    /// What the text means.
    public var kind: Kind
    /// The due date, when one follows (a month or quarter needs the ledger's year).
    public var due: CalendarDate?
    /// What is due, when the text says more than a date: "出台文件", "完成阶段性目标".
    public var note: String?

    /// Creates a time limit.
    public init(text: String, kind: Kind, due: CalendarDate? = nil, note: String? = nil) {
        self.text = text
        self.kind = kind
        self.due = due
        self.note = note
    }

    /// No time limit.
    public static let none = Deadline(text: "", kind: .none)
}
