// SPDX-License-Identifier: Apache-2.0
// Trimming reads only the bytes at the text's two ends when it can: against trimming scalar by scalar.

import Testing
import TaizhangModel

struct LedgerWhitespaceProperties {
    /// Every whitespace the ledger knows, characters of one to four bytes, and characters whose
    /// last UTF-8 byte equals a whitespace's last byte ("退" ends in 0x80 like U+3000).
    static let pieces = [
        "\t", "\n", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200B}", "\u{2028}", "\u{2029}",
        "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "a", "序", "退", "é", "，", "😀", "\u{2003}x",
    ]

    @Test func trimmingAgreesWithScalarByScalar() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
            }
            let scalars = Array(text.unicodeScalars)
            let start = scalars.firstIndex { !$0.isLedgerWhitespace } ?? scalars.count
            let end = scalars.lastIndex { !$0.isLedgerWhitespace }.map { $0 + 1 } ?? start
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[start..<max(start, end)])
            #expect(text.trimmingLedgerWhitespace() == String(expected), "\(Array(text.unicodeScalars))")
            #expect(text.dropFirst(0).trimmingLedgerWhitespace() == String(expected))
        }
    }
}
