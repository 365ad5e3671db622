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
    /// 1.1 1.2 2.1: the second number counts within the first.
    case decimal
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
    /// For "2.3", the first number (2); `value` is the second. Such a number is an item only when
    /// the count expects it ("1.5亿元" is a figure).
    var major: Int?
    /// For "12.34…", the text after "12." should the count read it as item 12 after all.
    private var gluedRest: String?

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
            kind =
                inner.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
                ? .parenthesizedArabic : .parenthesizedChinese
        } else if ChineseNumeral.circledValue(first) != nil {
            end = 1
            raw = String(first)
            kind = .circled
        } else if (0x2474...0x249B).contains(first.value) {
            // ⑴ … ⒇ and ⒈ … ⒛, single characters some word processors write.
            let parenthesized = first.value <= 0x2487
            let value = Int(first.value) - (parenthesized ? 0x2474 : 0x2488) + 1
            end = 1
            raw = parenthesized ? "(\(value))" : String(value)
            kind = parenthesized ? .parenthesizedArabic : .arabic
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
                var minorEnd = end + 1
                while minorEnd < scalars.count, NumberedLine.isDigit(scalars[minorEnd]) { minorEnd += 1 }
                if glued, minorEnd - end - 1 <= 2, separator != "、",
                    let major = Int(String(String.UnicodeScalarView(scalars[..<end])).halfWidthFolded),
                    let minor = Int(String(String.UnicodeScalarView(scalars[(end + 1)..<minorEnd])).halfWidthFolded)
                {
                    // "2.3 加强…": a second-level number.
                    var rest = scalars[minorEnd...]
                    while let head = rest.first, head.properties.isWhitespace || "、．.".unicodeScalars.contains(head) {
                        rest = rest.dropFirst()
                    }
                    self.sequence = SequenceNumber("\(major).\(minor)")
                    self.kind = .decimal
                    self.value = minor
                    self.major = major
                    self.rest = String(String.UnicodeScalarView(rest))
                    self.gluedRest = String(String.UnicodeScalarView(scalars[(end + 1)...]))
                    return
                }
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

    /// The item this number starts as the document's count reads it, or `nil` when the count does
    /// not expect it (then it is a figure: "1.5亿元"). `last` holds the last value of each kind,
    /// `lastMajor` the first number of the last "2.3".
    func reading(last: [MarkerKind: Int], lastMajor: Int?) -> NumberedLine? {
        let nextArabic = (last[.arabic] ?? 0) + 1
        switch kind {
        case .decimal:
            guard let major else { return nil }
            if major == lastMajor, value == (last[.decimal] ?? 0) + 1 { return self }
            if value == 1, major == last[.arabic] || major == (lastMajor ?? 0) + 1 { return self }
            // "12.34万元" after item 11: item 12 whose text starts with a figure.
            guard major == nextArabic, let gluedRest else { return nil }
            var item = self
            item.kind = .arabic
            item.value = major
            item.sequence = SequenceNumber(String(major))
            item.rest = gluedRest
            item.major = nil
            item.glued = true
            return item
        case .arabic where glued:
            return value == nextArabic ? self : nil
        default:
            return self
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
