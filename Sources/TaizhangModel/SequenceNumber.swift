// SPDX-License-Identifier: Apache-2.0
// The sequence number (序号) of a row or section, raw and parsed into its hierarchy.

/// A sequence number as written (序号) and, when it is recognisable, its parsed parts.
///
/// Recognised forms, in any mix of full- and half-width characters, with an optional trailing
/// "、" or ".": "一", "二、", "（三）", "(3)", "1", "１２", "1.2", "①", and hierarchies such as
/// "一.1.(1)". Anything else (e.g. "3O" with a letter O) keeps its raw text and has no parts.
public struct SequenceNumber: Sendable, Hashable {
    /// How one level of a sequence number is written.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// 一, 二, 十二.
        case chinese
        /// （一）, (二).
        case parenthesizedChinese
        /// 1, 12.
        case arabic
        /// （1）, (2).
        case parenthesizedArabic
        /// ①, ②.
        case circled

        /// The nesting rank of the style in a ledger: 一 → （一） → 1 → （1） → ①.
        public var rank: Int {
            switch self {
            case .chinese: 1
            case .parenthesizedChinese: 2
            case .arabic: 3
            case .parenthesizedArabic: 4
            case .circled: 5
            }
        }
    }

    /// One level of a sequence number: its style and value.
    public struct Component: Sendable, Hashable {
        /// How the level is written.
        public var style: Style
        /// Its value, counting from 1.
        public var value: Int

        /// Creates a component.
        public init(style: Style, value: Int) {
            self.style = style
            self.value = value
        }
    }

    /// The text as written, trimmed of surrounding whitespace.
    public let raw: String
    /// The levels from the outermost in, or `nil` when the text is not a recognisable sequence number.
    public let components: [Component]?

    /// Parses a sequence number from the text of a cell.
    public init(_ raw: String) {
        let trimmed = raw.trimmingLedgerWhitespace()
        self.raw = trimmed
        self.components = SequenceNumber.parse(trimmed)
    }

    /// An empty sequence number, for a row that has none.
    public static let empty = SequenceNumber("")

    /// Whether the cell was empty.
    public var isEmpty: Bool { raw.isEmpty }

    /// Whether the text is a recognisable sequence number.
    public var isWellFormed: Bool { components != nil }

    /// The style of the innermost level, when well formed.
    public var style: Style? { components?.last?.style }

    /// The value of the innermost level, when well formed.
    public var value: Int? { components?.last?.value }

    // MARK: - Parsing

    static func parse(_ text: String) -> [Component]? {
        // The common case, "1" … "999999", without the general scanner.
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= 7, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let value = Int(text), value > 0 else { return nil }
            return [Component(style: .arabic, value: value)]
        }
        var scalars = Substring(text.halfWidthFolded).unicodeScalars[...]
        while let last = scalars.last, "、.，,：: ".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
        guard !scalars.isEmpty else { return nil }
        var components: [Component] = []
        while !scalars.isEmpty {
            guard let component = parseComponent(&scalars) else { return nil }
            components.append(component)
            if let next = scalars.first {
                // Levels are separated by "." or "、"; a parenthesis may follow directly: "一(1)".
                if next == "." || next == "、" {
                    scalars.removeFirst()
                    if scalars.isEmpty { return nil }
                } else if next != "(" {
                    return nil
                }
            }
        }
        return components
    }

    private static func parseComponent(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> Component? {
        guard let first = scalars.first else { return nil }
        if first == "(" {
            guard let close = scalars.firstIndex(of: ")") else { return nil }
            let inner = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
            scalars = scalars[scalars.index(after: close)...]
            if let value = Int(inner), value > 0 {
                return Component(style: .parenthesizedArabic, value: value)
            }
            if let value = ChineseNumeral.value(of: inner), value > 0 {
                return Component(style: .parenthesizedChinese, value: value)
            }
            return nil
        }
        if let circled = ChineseNumeral.circledValue(first) {
            scalars.removeFirst()
            return Component(style: .circled, value: circled)
        }
        if first.properties.numericType == .decimal, first.isASCII {
            let digits = scalars.prefix { $0.isASCII && $0.properties.numericType == .decimal }
            scalars.removeFirst(digits.count)
            guard let value = Int(String(String.UnicodeScalarView(digits))), value > 0 else { return nil }
            return Component(style: .arabic, value: value)
        }
        let numeral = scalars.prefix { ChineseNumeral.digitScalars.contains($0) }
        guard !numeral.isEmpty,
            let value = ChineseNumeral.value(of: String(String.UnicodeScalarView(numeral))), value > 0
        else { return nil }
        scalars.removeFirst(numeral.count)
        return Component(style: .chinese, value: value)
    }
}

extension SequenceNumber: CustomStringConvertible {
    /// The sequence number as written.
    public var description: String { raw }
}
