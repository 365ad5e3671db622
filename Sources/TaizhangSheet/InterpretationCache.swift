// SPDX-License-Identifier: Apache-2.0
// Remembering how repeated cell texts were interpreted: ledgers repeat departments and time limits endlessly.

import TaizhangModel
import TaizhangText

/// A bounded memo of department splits and time-limit readings, keyed by the cell's text.
///
/// A ledger names the same few dozen departments and time limits on every row, so interpreting
/// each distinct text once saves most of the decoder's work. The memo is emptied when it holds
/// `capacity` texts, so a sheet of all-distinct cells costs bounded memory.
struct InterpretationCache {
    private let capacity: Int
    private let deadlines: DeadlineParser
    private var splits: [String: [DepartmentMention]] = [:]
    private var readings: [String: Deadline] = [:]

    init(year: Int?, capacity: Int = 32_768) {
        self.capacity = capacity
        self.deadlines = DeadlineParser(year: year)
    }

    /// ``DepartmentList/split(_:)`` of the text, remembered.
    mutating func departments(_ text: String) -> [DepartmentMention] {
        if text.isEmpty { return [] }
        if let known = splits[text] { return known }
        if splits.count >= capacity { splits.removeAll(keepingCapacity: true) }
        let split = DepartmentList.split(text)
        splits[text] = split
        return split
    }

    /// ``DeadlineParser/parse(_:)`` of the text, remembered.
    mutating func deadline(_ text: String) -> Deadline {
        if text.isEmpty { return .none }
        if let known = readings[text] { return known }
        if readings.count >= capacity { readings.removeAll(keepingCapacity: true) }
        let reading = deadlines.parse(text)
        readings[text] = reading
        return reading
    }
}
