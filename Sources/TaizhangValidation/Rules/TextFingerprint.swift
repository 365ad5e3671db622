// SPDX-License-Identifier: Apache-2.0
// A 64-bit fingerprint of a text, so rules that remember every row's text hold eight bytes a row.

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
            var mixer = Mixer()
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
        var mixer = Mixer()
        for number in numbers { mixer.add(word: UInt64(bitPattern: Int64(number))) }
        value = mixer.finish()
    }

    /// Gathers bytes into little-endian words and mixes each whole word into the hash.
    private struct Mixer {
        private var hash: UInt64 = 0x243F_6A88_85A3_08D3
        private var pending: UInt64 = 0
        private var pendingBytes = 0
        private var count: UInt64 = 0

        /// Whether no byte is waiting for its word, so a whole word can be added.
        var isAligned: Bool { pendingBytes == 0 }

        mutating func add(byte: UInt8) {
            pending |= UInt64(byte) << (8 * UInt64(pendingBytes))
            pendingBytes += 1
            count &+= 1
            if pendingBytes == 8 {
                mix(pending)
                pending = 0
                pendingBytes = 0
            }
        }

        /// Adds eight bytes at once; only when ``isAligned``.
        mutating func add(word: UInt64) {
            mix(word)
            count &+= 8
        }

        /// The hash of everything added, its length counted (so "a" and "a" + NUL differ).
        mutating func finish() -> UInt64 {
            if pendingBytes > 0 { mix(pending) }
            var result = hash ^ count
            result = (result ^ (result >> 33)) &* 0xFF51_AFD7_ED55_8CCD
            result = (result ^ (result >> 33)) &* 0xC4CE_B9FE_1A85_EC53
            return result ^ (result >> 33)
        }

        private mutating func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
    }
}
