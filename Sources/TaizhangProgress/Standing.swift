// SPDX-License-Identifier: Apache-2.0
// A task's standing on a date (LEDGER-SPEC §10) and the light it shows.

/// Where a task stands on a date: the first of these that applies (LEDGER-SPEC §10).
///
/// The raw values are the bulletin JSON's `standing`.
public enum Standing: String, Sendable, Hashable, CaseIterable {
    /// 完成情况 is 已完成 or a synonym of it.
    case done
    /// The due date is before the date, and the task is not done.
    case overdue
    /// The due date is the date or within the next days (``StandingRules/dueSoonDays``).
    case dueSoon = "due-soon"
    /// Neither 进展情况 nor 完成情况 is filled in.
    case notReported = "not-reported"
    /// Reported, not done, and not near its due date.
    case inProgress = "in-progress"

    /// The light a bulletin shows: done and in-progress green, due-soon and not-reported yellow,
    /// overdue red.
    public var light: Light {
        switch self {
        case .done, .inProgress: .green
        case .dueSoon, .notReported: .yellow
        case .overdue: .red
        }
    }

    /// The order bulletins list standings in, as the JSON's counts: done, in progress, due soon,
    /// overdue, not reported.
    public static let reportOrder: [Standing] = [.done, .inProgress, .dueSoon, .overdue, .notReported]

    /// The colour of the standing's part of a bar in the bulletin's charts, as 0xRRGGBB: two
    /// greens, two yellows and the red of the lights.
    public var chartColor: UInt32 {
        switch self {
        case .done: 0x2E7D32
        case .inProgress: 0x9CCC65
        case .dueSoon: 0xF2B600
        case .notReported: 0xFFE082
        case .overdue: 0xC62828
        }
    }

    /// What the standing is called in a bulletin (通报), where it is always Chinese.
    public var label: String {
        switch self {
        case .done: "已完成"
        case .overdue: "逾期"
        case .dueSoon: "即将到期"
        case .notReported: "未报送"
        case .inProgress: "推进中"
        }
    }
}

/// The traffic light of a task in a bulletin; the raw values are the bulletin JSON's `light`.
public enum Light: String, Sendable, Hashable, CaseIterable {
    /// Done, or going as it should.
    case green
    /// Needs watching: due soon, or nothing reported.
    case yellow
    /// Overdue.
    case red

    /// The colour printed for the light, as 0xRRGGBB.
    public var color: UInt32 {
        switch self {
        case .green: 0x2E7D32
        case .yellow: 0xF2B600
        case .red: 0xC62828
        }
    }
}
