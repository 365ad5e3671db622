// SPDX-License-Identifier: Apache-2.0
// Finding a document number (文号) such as "遂府办函〔2021〕40号" in a line of text.

import TaizhangModel

/// Reads the document number (文号) of a notice: the issuer's abbreviation, the year in brackets
/// of any kind (〔2021〕, [2016], ［2016］, （2021）), the serial number and 号.
public enum DocumentNumber {
    private static let openers: Set<Unicode.Scalar> = Set("〔[［（(【".unicodeScalars)
    private static let closers: Set<Unicode.Scalar> = Set("〕]］）)】".unicodeScalars)

    /// The first document number in the text, as written, or `nil`.
    public static func find(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard openers.contains(scalars[index]), index + 6 < scalars.count else { continue }
            // The year: four digits (full-width too), then the closing bracket.
            let year = scalars[(index + 1)...(index + 4)].map(digit)
            guard year.allSatisfy({ $0 != nil }), closers.contains(scalars[index + 5]) else { continue }
            var end = index + 6
            while end < scalars.count, digit(scalars[end]) != nil { end += 1 }
            guard end > index + 6, end < scalars.count, scalars[end] == "号" else { continue }
            // The issuer's abbreviation: the CJK characters right before the bracket.
            var start = index
            while start > 0, isHan(scalars[start - 1]), index - start < 12 { start -= 1 }
            guard start < index else { continue }
            return String(String.UnicodeScalarView(scalars[start...end]))
        }
        return nil
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
