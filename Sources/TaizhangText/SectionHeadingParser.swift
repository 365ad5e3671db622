// SPDX-License-Identifier: Apache-2.0
// Telling a section heading ("二、深化医疗保障制度改革", "（三）…") from its numeral.

import TaizhangModel

/// Splits the text of a section row into its numeral and its title.
public enum SectionHeadingParser {
    /// The numeral and title of a heading such as "二 深化医疗保障制度改革", "三、健全药品供应保障体系"
    /// or "（一）推动公立医院高质量发展"; `nil` when the text does not start with a section numeral.
    ///
    /// A bare Chinese numeral must be followed by "、", "." or a space, so a title that merely starts
    /// with 一 ("一体化推进…") is not taken for a numbered heading.
    public static func split(_ text: String) -> (sequence: SequenceNumber, title: String)? {
        let cleaned = CellText.clean(text)
        let folded = cleaned.halfWidthFolded
        let scalars = Array(folded.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var numeralEnd: Int
        if first == "(" {
            guard let close = scalars.firstIndex(of: ")"), close > 1 else { return nil }
            numeralEnd = close + 1
        } else if ChineseNumeral.digitScalars.contains(first) || ChineseNumeral.circledValue(first) != nil {
            numeralEnd = 1
            while numeralEnd < scalars.count, ChineseNumeral.digitScalars.contains(scalars[numeralEnd]) {
                numeralEnd += 1
            }
            guard numeralEnd < scalars.count,
                "、.， ".unicodeScalars.contains(scalars[numeralEnd])
                    || scalars[numeralEnd].isLedgerWhitespace
            else { return nil }
        } else {
            return nil
        }
        let numeral = String(String.UnicodeScalarView(scalars[..<numeralEnd]))
        let sequence = SequenceNumber(String(cleaned.unicodeScalars.prefix(numeralEnd).map(Character.init)))
        guard sequence.isWellFormed, SequenceNumber(numeral).isWellFormed else { return nil }
        var rest = Array(cleaned.unicodeScalars.dropFirst(numeralEnd))
        while let head = rest.first, head.isLedgerWhitespace || "、.．，".unicodeScalars.contains(head) {
            rest.removeFirst()
        }
        let title = String(String.UnicodeScalarView(rest)).trimmingLedgerWhitespace()
        guard !title.isEmpty else { return nil }
        return (sequence, title)
    }

    /// A section title with any leading numeral removed: "二、深化改革" → "深化改革".
    public static func title(_ text: String) -> String {
        split(text)?.title ?? CellText.clean(text)
    }
}
