// SPDX-License-Identifier: Apache-2.0
// The word-at-a-time scans agree with a byte-by-byte reading on texts of every shape.

import Testing
@testable import TaizhangValidation

struct TextScanTests {
    /// Pieces a cell is made of: CJK text and punctuation sharing lead bytes with the wide spaces,
    /// ASCII, every kind of space and break, markup starts and control characters.
    static let pieces = [
        "市", "卫生健康局", "、", "。", "〇", "\u{3000}", "\u{A0}", "Â", "a", "1", " ", "\t", "\n", "\r", "\u{7}", "\u{1F}",
        "<", "&", "p>", "nbsp;", "ã", "\u{3001}", "\u{2028}",
    ]

    /// Texts of 0–40 pieces, from a fixed seed so a failure repeats.
    static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(41)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    /// The traits read one byte at a time, as plainly as they can be said.
    static func expectedTraits(_ text: String) -> TextTraits {
        let bytes = Array(text.utf8)
        var traits: TextTraits = []
        for (index, byte) in bytes.enumerated() {
            if byte <= 0x20 { traits.insert(.controlOrSpace) }
            if byte == 0x3C || byte == 0x26 { traits.insert(.markupStart) }
            if bytes[index...].starts(with: [0xC2, 0xA0]) || bytes[index...].starts(with: [0xE3, 0x80, 0x80]) {
                traits.insert(.wideSpace)
            }
        }
        return traits
    }

    @Test func traitsAgreeWithAByteByByteReading() {
        for text in Self.texts(count: 5_000) {
            #expect(TextTraits.of(text) == Self.expectedTraits(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aWideSpaceAcrossTwoWordsIsFound() {
        // U+3000 is three bytes; placed at every offset it crosses each word boundary once.
        for offset in 0..<16 {
            let text = String(repeating: "a", count: offset) + "\u{3000}" + String(repeating: "b", count: 9)
            #expect(TextTraits.of(text) == .wideSpace, "offset \(offset)")
        }
    }

    @Test func spacesNeverMakeAnotherFingerprint() {
        let spaces: Set<Character> = [" ", "\t", "\n", "\r", "\u{A0}", "\u{3000}", "\r\n"]
        for text in Self.texts(count: 3_000) {
            let bare = String(text.filter { !spaces.contains($0) })
            #expect(
                TextFingerprint(text, ignoringSpaces: true) == TextFingerprint(bare), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func differentTextsHaveDifferentFingerprints() {
        let texts = Set(Self.texts(count: 20_000))
        let fingerprints = Set(texts.map { TextFingerprint($0).value })
        #expect(fingerprints.count == texts.count)
        #expect(TextFingerprint("a") != TextFingerprint("a\u{0}"))
        #expect(TextFingerprint("市卫生健康局") != TextFingerprint("市卫生健康"))
    }
}
