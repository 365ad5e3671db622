// SPDX-License-Identifier: Apache-2.0
// The line count's byte loop, with its shortcuts, against the wrapping rules applied one character at a time.

import Testing
@testable import TaizhangXLSXWriter

struct TextMeasureProperties {
    /// The wrapping rules of ``TextMeasure`` stated plainly over Unicode scalars: the model the
    /// byte loop and its ideograph shortcut must agree with.
    static func modelLineCount(of text: String, limit: Double) -> Int {
        var lines = 1
        var used = 0.0
        var previous = 0.0
        var word = 0.0
        func endWord() {
            guard word > 0 else { return }
            if word > limit {
                lines += Int(((used + word) / limit).rounded(.down))
                used = (used + word).truncatingRemainder(dividingBy: limit)
            } else {
                if used + word > limit, used > 0 {
                    lines += 1
                    used = 0
                }
                used += word
            }
            previous = 0
            word = 0
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isASCIIHexDigit || ("g"..."z").contains(scalar) || ("G"..."Z").contains(scalar) {
                word += 0.55
                continue
            }
            endWord()
            if scalar == "\n" {
                lines += 1
                used = 0
                previous = 0
                continue
            }
            let advance = TextMeasure.advance(of: scalar.value)
            if used + advance > limit, used > 0 {
                lines += 1
                if "、。，；：？！）》」』”’】％…".unicodeScalars.contains(scalar) {
                    used = previous + advance
                    previous = advance
                    continue
                }
                used = 0
            }
            used += advance
            previous = advance
        }
        endWord()
        return lines
    }

    /// Ideographs from both ends of the shortcut's range and beside it, closing punctuation,
    /// Latin words, spaces, line breaks, and characters of two and four bytes.
    static let pieces = [
        "一", "中", "龥", "䀀", "㐀", "，", "。", "、", "”", "“", "—", "abc", "Z9", "x", " ", "\n", "é", "😀", "（", "）",
    ]

    @Test func theByteLoopAgreesWithTheRules() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
            }
            let characters = Double(Int.random(in: 1...24, using: &generator)) / 2
            let counted = TextMeasure.lineCount(of: text, width: characters * 12, fontSize: 12)
            #expect(counted == Self.modelLineCount(of: text, limit: characters), "\(text) in \(characters) em")
        }
    }
}
