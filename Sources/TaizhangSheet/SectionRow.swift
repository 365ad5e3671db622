// SPDX-License-Identifier: Apache-2.0
// When a table row is a section row (一、 / （一）) and not a task: one test for sheets and notices.

import TaizhangModel
import TaizhangText

/// Tells a section row from a task row, for the sheet decoder and the notice table extractor alike.
///
/// A section row names no department and no time limit, and is either a Chinese numeral ("一",
/// "（三）") in the sequence column with its title in another cell, or a numbered heading alone in
/// its row ("二 深化医疗保障制度改革", merged across).
public enum SectionRow {
    /// The heading of a row, or `nil` for a task row.
    ///
    /// - Parameters:
    ///   - values: the row's cells, cleaned.
    ///   - sequenceColumn: the column of 序号.
    ///   - assignsWork: whether a department or time-limit cell of the row holds something.
    ///   - acceptsUnnumbered: whether a long text alone in the sequence column, with no numeral, is a
    ///     heading too (sheets print such group titles; a notice's table row without a number is doubtful).
    ///   - place: where the row stands (made only for a heading).
    public static func heading(
        _ values: [String], sequenceColumn: Int, assignsWork: Bool, acceptsUnnumbered: Bool = true,
        place: @autoclosure () -> SourceLocation
    ) -> SectionHeading? {
        guard !assignsWork else { return nil }
        let filled = values.indices.filter { !CellText.isPlaceholder(values[$0]) }
        let sequenceText = sequenceColumn < values.count ? values[sequenceColumn] : ""
        let sequence = SequenceNumber(sequenceText)
        // "一" | "推进公立医院高质量发展" | | |: a numeral in the sequence column, the title beside it.
        if !sequenceText.isEmpty, let style = sequence.style, style == .chinese || style == .parenthesizedChinese,
            let titleCell = filled.first(where: { $0 != sequenceColumn })
        {
            return SectionHeading(
                sequence: sequence, title: SectionHeadingParser.title(values[titleCell]), source: place())
        }
        // "二 深化医疗保障制度改革" alone in the row: numeral and title in one cell.
        guard filled.count == 1 else { return nil }
        let text = values[filled[0]]
        if let (numeral, title) = SectionHeadingParser.split(text),
            numeral.style == .chinese || numeral.style == .parenthesizedChinese
        {
            return SectionHeading(sequence: numeral, title: title, source: place())
        }
        if acceptsUnnumbered, filled[0] == sequenceColumn, !sequence.isWellFormed, text.count > 2 {
            return SectionHeading(sequence: .empty, title: text, source: place())
        }
        return nil
    }
}
