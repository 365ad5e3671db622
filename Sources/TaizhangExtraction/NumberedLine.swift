// SPDX-License-Identifier: Apache-2.0
// The numbering a line of a notice starts with: 一、 （一） 1. 1） （1） ①, in full- or half-width forms.

import TaizhangModel
import TaizhangText

/// How an item number is written. A notice nests its items by these kinds in an order of its own
/// choosing, so the kind (not a fixed ranking) is what tells one level from another.
enum MarkerKind: Hashable, Sendable {
    /// 一、 二． 十一 (a separator after it).
    case chinese
    /// （一） (二).
    case parenthesizedChinese
    /// 1. 1、 1． (any of the three separators).
    case arabic
    /// 1） 1) (a closing bracket only).
    case arabicBracket
    /// （1） (2).
    case parenthesizedArabic
    /// ① ②.
    case circled
}

/// A line that starts with an item number.
struct NumberedLine: Equatable {
    /// The number as written, without the separator after it ("一", "(一)", "1").
    var sequence: SequenceNumber
    /// How it is written.
    var kind: MarkerKind
    /// Its value.
    var value: Int
    /// The text after the number and its separator.
    var rest: String
    /// Whether a digit follows the number's dot directly ("11.121人才…", "1.5亿元…"): an item only
    /// when the document's own count expects this number.
    var glued = false

    /// Parses the start of a line; `nil` when it starts with no item number.
    ///
    /// A bare Chinese numeral needs "、", "．", "." or a space after it ("一体化" is not numbered), an
    /// Arabic one "." "、" "．" or a closing bracket and at most three digits ("2021 年" is not numbered).
    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var end = 0
        var raw: String
        var kind: MarkerKind
        var glued = false
        let opening: Set<Unicode.Scalar> = ["(", "（"]
        let closing: Set<Unicode.Scalar> = [")", "）"]
        if opening.contains(first) {
            guard let close = scalars.prefix(8).firstIndex(where: closing.contains), close > 1 else { return nil }
            end = close + 1
            let inner = String(String.UnicodeScalarView(scalars[1..<close])).halfWidthFolded
            raw = "(" + inner + ")"
            kind = inner.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } ? .parenthesizedArabic : .parenthesizedChinese
        } else if ChineseNumeral.circledValue(first) != nil {
            end = 1
            raw = String(first)
            kind = .circled
        } else if ChineseNumeral.digitScalars.contains(first) {
            while end < scalars.count, ChineseNumeral.digitScalars.contains(scalars[end]) { end += 1 }
            guard end < scalars.count, "、．. \u{3000}".unicodeScalars.contains(scalars[end]) else { return nil }
            raw = String(String.UnicodeScalarView(scalars[..<end]))
            kind = .chinese
        } else if NumberedLine.isDigit(first) {
            while end < scalars.count, NumberedLine.isDigit(scalars[end]) { end += 1 }
            guard end <= 3, end < scalars.count else { return nil }
            let separator = scalars[end]
            if closing.contains(separator) {
                kind = .arabicBracket
            } else if ".、．".unicodeScalars.contains(separator) {
                kind = .arabic
                // "1.5亿元" reads as a number unless the document's count expects item 1 here.
                glued = end + 1 < scalars.count && NumberedLine.isDigit(scalars[end + 1]) && separator != "、"
            } else {
                return nil
            }
            raw = String(String.UnicodeScalarView(scalars[..<end])).halfWidthFolded
        } else {
            return nil
        }
        let sequence = SequenceNumber(raw)
        guard let value = sequence.value, sequence.components?.count == 1 else { return nil }
        var rest = scalars[end...]
        if kind == .arabicBracket { rest = rest.dropFirst() }
        if glued {
            rest = rest.dropFirst()
        } else {
            while let head = rest.first, head.properties.isWhitespace || "、．.".unicodeScalars.contains(head) {
                rest = rest.dropFirst()
            }
        }
        self.sequence = sequence
        self.kind = kind
        self.value = value
        self.rest = String(String.UnicodeScalarView(rest))
        self.glued = glued
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
