// SPDX-License-Identifier: Apache-2.0
// Chinese numerals (一 … 九十九, 〇, 两) and circled numbers (① …), as used in sequence numbers and dates.

/// Reads the numerals clerks write in sequence numbers, months and quarters.
public enum ChineseNumeral {
    /// The characters a Chinese numeral may be made of.
    public static let digitScalars: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十百两".unicodeScalars)

    private static let digitValues: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The value of a Chinese numeral such as "一", "十二", "二十一" or "一百零五", or `nil`.
    public static func value(of text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var pending: Int?  // a digit waiting for its unit (十, 百) or for the end
        var lastUnit = Int.max
        for scalar in text.unicodeScalars {
            if let digit = digitValues[scalar] {
                guard pending == nil else { return nil }  // "一二" is not a number
                pending = digit
            } else if let unit = unitValues[scalar] {
                guard unit < lastUnit else { return nil }  // "十十", "十百"
                total += max(pending ?? 1, 1) * unit
                pending = nil
                lastUnit = unit
            } else {
                return nil
            }
            if pending == 0 { pending = nil }  // 零 only separates: 一百零五
        }
        return total + (pending ?? 0)
    }

    private static let unitValues: [Unicode.Scalar: Int] = ["十": 10, "百": 100]

    /// The value of a circled number ① … ⑳, ㉑ … ㊿, or `nil`.
    public static func circledValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2460...0x2473: Int(scalar.value - 0x2460 + 1)
        case 0x3251...0x325F: Int(scalar.value - 0x3251 + 21)
        case 0x32B1...0x32BF: Int(scalar.value - 0x32B1 + 36)
        default: nil
        }
    }

    /// The Chinese numeral for 1 … 99, as a section heading is numbered ("一", "十二", "二十").
    public static func text(for value: Int) -> String {
        precondition(value > 0 && value < 100, "section numerals run from 1 to 99")
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let tens = value / 10
        let units = value % 10
        switch tens {
        case 0: return digits[units]
        case 1: return "十" + digits[units]
        default: return digits[tens] + "十" + digits[units]
        }
    }
}
