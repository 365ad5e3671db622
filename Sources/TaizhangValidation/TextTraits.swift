// SPDX-License-Identifier: Apache-2.0
// What kinds of bytes a cell holds, found eight bytes at a time, so the rules about text skip clean cells.

import Glibc
import TaizhangModel

/// The kinds of bytes the rules about a cell's text look for.
///
/// Almost every cell of a ledger is plain text with none of them, so the whitespace, control
/// character and markup rules ask these traits first and read the text itself only when they say
/// it may hold something. The UTF-8 bytes are read a 64-bit word at a time.
struct TextTraits: OptionSet, Sendable {
    let rawValue: UInt8

    /// A byte at or below U+0020: a control character, a tab, a line break or a space.
    static let controlOrSpace = TextTraits(rawValue: 1)
    /// "<" or "&", which may open a tag or an entity.
    static let markupStart = TextTraits(rawValue: 2)
    /// A no-break space (U+00A0) or an ideographic space (U+3000).
    static let wideSpace = TextTraits(rawValue: 4)

    /// Any kind of space or line break, narrow or wide.
    static let anySpace: TextTraits = [.controlOrSpace, .wideSpace]

    /// The traits of a text.
    static func of(_ text: String) -> TextTraits {
        var text = text
        return text.withUTF8 { TextTraits.of($0) }
    }

    /// The traits of UTF-8 bytes.
    ///
    /// The narrow traits (a byte ≤ U+0020, "<", "&") are looked for a word at a time; the wide
    /// spaces, rare in any ledger, by `memchr` for the byte each starts with, which is faster
    /// than testing every word for the bytes they start and end with.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> TextTraits {
        guard let base = bytes.baseAddress else { return [] }
        let count = bytes.count
        var traits: TextTraits = []
        var index = 0
        while index + 8 <= count {
            let word = ByteWord.load(base, at: index)
            if TextTraits.mayHoldNarrow(word) {
                for offset in index..<(index + 8) { traits.formUnion(TextTraits.byte(at: offset, in: bytes)) }
            }
            index += 8
        }
        while index < count {
            traits.formUnion(TextTraits.byte(at: index, in: bytes))
            index += 1
        }
        if !traits.contains(.wideSpace), TextTraits.holdsWideSpace(base, count) { traits.insert(.wideSpace) }
        return traits
    }

    /// Whether the bytes hold U+3000 (E3 80 80) or U+00A0 (C2 A0).
    private static func holdsWideSpace(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        holds(0xE3, then: 0x80, 0x80, in: base, count) || holds(0xC2, then: 0xA0, nil, in: base, count)
    }

    /// Whether the bytes hold `lead` followed by `second` (and `third`), finding each `lead` with
    /// `memchr`.
    private static func holds(
        _ lead: UInt8, then second: UInt8, _ third: UInt8?, in base: UnsafePointer<UInt8>, _ count: Int
    ) -> Bool {
        let length = third == nil ? 2 : 3
        var start = 0
        while start < count, let found = memchr(base + start, Int32(lead), count - start) {
            let at = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
            if at + length <= count, base[at + 1] == second, third.map({ base[at + 2] == $0 }) ?? true { return true }
            start = at + 1
        }
        return false
    }

    /// Whether a word of eight bytes may hold a byte ≤ 0x20, "<" or "&" (never false for one that does).
    @inline(__always)
    static func mayHoldNarrow(_ word: UInt64) -> Bool {
        (ByteWord.mayHoldByte(word, below: 0x21) | ByteWord.bytes(word, equalTo: 0x3C)
            | ByteWord.bytes(word, equalTo: 0x26)) != 0
    }

    /// Whether a word of eight bytes may hold a byte with a trait: a byte ≤ 0x20, "<", "&", the
    /// bytes 80 80 that end U+3000 (E3 80 80) or C2 A0 (U+00A0), or at its end the first bytes of
    /// one that goes on in the next word (E3, E3 80, C2). Never false for a word that holds or
    /// starts one; a word it flags is looked at byte by byte. Chinese text rarely holds 80 80
    /// elsewhere, so almost every word passes at once.
    @inline(__always)
    static func mayHoldAny(_ word: UInt64) -> Bool {
        if mayHoldNarrow(word) { return true }
        let x80 = ByteWord.bytes(word, equalTo: 0x80)
        let xA0 = ByteWord.bytes(word, equalTo: 0xA0)
        let xC2 = ByteWord.bytes(word, equalTo: 0xC2)
        let xE3 = ByteWord.bytes(word, equalTo: 0xE3)
        let pairs = (x80 & (x80 >> 8)) | (xC2 & (xA0 >> 8))
        let lastByte: UInt64 = 0x8000_0000_0000_0000
        let straddling = ((xE3 | xC2) & lastByte) | (xE3 & (x80 >> 8) & (lastByte >> 8))
        return (pairs | straddling) != 0
    }

    /// The trait the byte at `index` starts, if any.
    @inline(__always)
    private static func byte(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextTraits {
        switch bytes[index] {
        case 0...0x20: return .controlOrSpace
        case 0x3C, 0x26: return .markupStart
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return .wideSpace
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
            return .wideSpace
        default: return []
        }
    }
}
