// SPDX-License-Identifier: Apache-2.0
// Remembering how repeated cell texts were interpreted: ledgers repeat departments and time limits endlessly.

import TaizhangModel
import TaizhangText

/// The departments of a cell, split once and ready to use.
struct DepartmentCell {
    /// The mentions, with their lead marks.
    var mentions: [DepartmentMention]
    /// The names alone, in order.
    var names: [String]
    /// Whether any name carries a lead mark ("▲", "（牵头）").
    var hasMarks: Bool

    static let empty = DepartmentCell(mentions: [], names: [], hasMarks: false)
}

/// A bounded memo of department splits and time-limit readings, keyed by the cell's text.
///
/// A ledger names the same few dozen departments and time limits on every row, so interpreting
/// each distinct text once saves most of the decoder's work. The memo is emptied when it holds
/// `capacity` texts, so a sheet of all-distinct cells costs bounded memory.
struct InterpretationCache {
    private let deadlines: DeadlineParser
    private var splitTexts: TextIndex
    private var splits: [DepartmentCell] = []
    private var readingTexts: TextIndex
    private var readings: [Deadline] = []

    init(year: Int?, capacity: Int = 32_768) {
        deadlines = DeadlineParser(year: year)
        splitTexts = TextIndex(capacity: capacity)
        readingTexts = TextIndex(capacity: capacity)
    }

    /// ``DepartmentList/split(_:)`` of the text, remembered.
    mutating func departments(_ text: String) -> DepartmentCell {
        if text.isEmpty { return .empty }
        let key = ExactText(text)
        if let known = splitTexts.number(of: key) { return splits[known] }
        let mentions = DepartmentList.split(text)
        let cell = DepartmentCell(
            mentions: mentions, names: mentions.map(\.name),
            hasMarks: mentions.contains(where: \.isMarkedLead))
        if splitTexts.add(key).forgotEarlier { splits.removeAll(keepingCapacity: true) }
        splits.append(cell)
        return cell
    }

    /// ``DeadlineParser/parse(_:)`` of the text, remembered.
    mutating func deadline(_ text: String) -> Deadline {
        if text.isEmpty { return .none }
        let key = ExactText(text)
        if let known = readingTexts.number(of: key) { return readings[known] }
        let reading = deadlines.parse(text)
        if readingTexts.add(key).forgotEarlier { readings.removeAll(keepingCapacity: true) }
        readings.append(reading)
        return reading
    }
}
