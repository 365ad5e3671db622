// SPDX-License-Identifier: Apache-2.0
// The UTF-8 scan the CSV reader runs on every chunk, against the standard library's validation.

import Testing
import TaizhangCSV

struct UTF8ScanProperties {
    /// What the scan must answer, from `String(validating:)` alone: the longest valid prefix, and
    /// no fault when the rest is a character cut short (some continuation bytes would complete it).
    static func expected(_ bytes: [UInt8]) -> (complete: Int, invalid: Int?) {
        var complete = bytes.count
        while complete > 0, String(validating: bytes[..<complete], as: UTF8.self) == nil { complete -= 1 }
        let rest = Array(bytes[complete...])
        guard !rest.isEmpty else { return (complete, nil) }
        let cutShort =
            rest.count < 4
            && (1...(4 - rest.count)).contains { extra in
                [0x80, 0x90, 0xA0, 0xBF].contains { (byte: UInt8) in
                    let whole = rest + [UInt8](repeating: byte, count: extra)
                    return String(validating: whole, as: UTF8.self)?.unicodeScalars.count == 1
                }
            }
        return (complete, cutShort ? nil : complete)
    }

    /// Pieces that exercise every path: ASCII runs, CJK, two- and four-byte characters, the
    /// narrowed leads (E0, ED, F0, F4), stray continuation bytes, overlongs and bytes UTF-8 never uses.
    static let pieces: [[UInt8]] = [
        Array("abcdefgh".utf8), Array("序号".utf8), Array("é".utf8), Array("😀".utf8), Array("\u{FFFF}".utf8),
        Array("\u{800}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("\u{10FFFF}".utf8),
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xE4], [0xE4, 0xB8], [0xF0, 0x9F], [0x0A], [0x2C],
    ]

    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...10, using: &generator) {
                bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
            }
            // Cut anywhere, as a chunk boundary does.
            let cut = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            for sample in [bytes, cut] {
                let scanned = TextDecoder.scanUTF8(sample)
                let wanted = Self.expected(sample)
                #expect(scanned.complete == wanted.complete && scanned.invalid == wanted.invalid, "\(sample)")
            }
        }
    }
}
