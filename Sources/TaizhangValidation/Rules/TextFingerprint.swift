// SPDX-License-Identifier: Apache-2.0
// A 64-bit fingerprint of a text, so rules that remember every row's text hold eight bytes a row.

import TaizhangModel

/// A 64-bit hash of a text's UTF-8 bytes, optionally skipping white space.
///
/// Rules that must remember what every earlier row said (the same task twice, a 序号 seen before in
/// its section) keep fingerprints rather than texts, so a million-row ledger costs megabytes, not
/// hundreds. Two different texts share a fingerprint with odds of about one in 10¹³ for a
/// million rows.
///
/// The bytes kept are mixed in eight at a time; a word with no byte to skip is taken whole, so
/// the usual cell costs a few instructions per word, and the value is the same whichever way the
/// bytes were gathered.
struct TextFingerprint: Hashable {
    let value: UInt64

    /// - Parameter ignoringSpaces: skip spaces, tabs, line breaks, no-break (U+00A0) and
    ///   ideographic (U+3000) spaces, which clerks scatter in a text without making it another.
    init(_ text: String, ignoringSpaces: Bool = false) {
        var text = text
        value = text.withUTF8 { bytes in
            var mixer = WordMixer()
            // Most texts hold no space at all: then every byte counts, a word at a time.
            if !ignoringSpaces || TextTraits.of(bytes).isDisjoint(with: .anySpace) {
                mixer.add(bytes)
                return mixer.finish()
            }
            guard let base = bytes.baseAddress else { return mixer.finish() }
            var index = 0
            while index < bytes.count {
                if mixer.isAligned, index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if !ignoringSpaces || !TextTraits.mayHoldAny(word) {
                        mixer.add(word: word)
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if ignoringSpaces {
                    if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                        index += 1
                        continue
                    }
                    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                        index += 2
                        continue
                    }
                    if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                        index += 3
                        continue
                    }
                }
                mixer.add(byte: byte)
                index += 1
            }
            return mixer.finish()
        }
    }

    /// The fingerprint of a list of numbers (a 序号's levels).
    init(numbers: some Sequence<Int>) {
        var mixer = WordMixer()
        for number in numbers { mixer.add(word: UInt64(bitPattern: Int64(number))) }
        value = mixer.finish()
    }
}
