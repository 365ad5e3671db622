// SPDX-License-Identifier: Apache-2.0
// A task found in a notice: where it came from, and how sure the extractor is of it.

import TaizhangModel

/// A task with the section headings above it, its source line and the extractor's doubts.
struct ExtractedTask {
    var sectionPath: [SectionHeading]
    var task: LedgerTask
    /// Why the extractor is unsure of this task (`uncertain-extraction` reasons), empty when sure.
    var doubts: [String] = []
}

/// A numbered line that became no task, and why (an `uncertain-extraction` finding naming the line).
struct LineDoubt: Equatable {
    var line: Int
    /// The item's number as printed, empty for a line that has none (a table header).
    var sequence: String
    var reason: String
}
