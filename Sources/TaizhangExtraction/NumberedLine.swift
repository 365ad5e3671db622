// SPDX-License-Identifier: Apache-2.0
// The numbering a line of a notice starts with: 一、 （一） 1. （1） ①, in full- or half-width forms.

import TaizhangModel
import TaizhangText

/// A line that starts with an item number.
struct NumberedLine: Equatable {
    /// The number as written, without the separator after it ("一", "(一)", "1").
    var sequence: SequenceNumber
    /// The numbering style.
    var style: SequenceNumber.Style
    /// Its value.
    var value: Int
    /// The text after the number and its separator.
    var rest: String

    /// Parses the start of a line; `nil` when it starts with no item number.
    ///
    /// A bare Chinese numeral needs "、", "．", "." or a space after it ("一体化" is not numbered), an
    /// Arabic one needs "." "、" or "．" and at most three digits ("2021 年" is not numbered).
    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var end = 0
        var raw: String
        let opening: Set<Unicode.Scalar> = ["(", "（"]
        let closing: Set<Unicode.Scalar> = [")", "）"]
        if opening.contains(first) {
            guard let close = scalars.prefix(8).firstIndex(where: closing.contains), close > 1 else { return nil }
            end = close + 1
            raw = "(" + String(String.UnicodeScalarView(scalars[1..<close])) + ")"
        } else if ChineseNumeral.circledValue(first) != nil {
            end = 1
            raw = String(first)
        } else if ChineseNumeral.digitScalars.contains(first) {
            while end < scalars.count, ChineseNumeral.digitScalars.contains(scalars[end]) { end += 1 }
            guard end < scalars.count, "、．. \u{3000}".unicodeScalars.contains(scalars[end]) else { return nil }
            raw = String(String.UnicodeScalarView(scalars[..<end]))
        } else if ("0"..."9").contains(first) || ("０"..."９").contains(first) {
            while end < scalars.count, ("0"..."9").contains(scalars[end]) || ("０"..."９").contains(scalars[end]) { end += 1 }
            guard end <= 3, end < scalars.count, ".、．".unicodeScalars.contains(scalars[end]) else { return nil }
            // "1.5亿元" is a number, not an item: a dot must not be followed by a digit.
            if end + 1 < scalars.count, ("0"..."9").contains(scalars[end + 1]) { return nil }
            raw = String(String.UnicodeScalarView(scalars[..<end]))
        } else {
            return nil
        }
        let sequence = SequenceNumber(raw)
        guard let style = sequence.style, let value = sequence.value, sequence.components?.count == 1 else { return nil }
        var rest = scalars[end...]
        while let head = rest.first, head.properties.isWhitespace || "、．.".unicodeScalars.contains(head) {
            rest = rest.dropFirst()
        }
        self.sequence = sequence
        self.style = style
        self.value = value
        self.rest = String(String.UnicodeScalarView(rest))
    }
}
