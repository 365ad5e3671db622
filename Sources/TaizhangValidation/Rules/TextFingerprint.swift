// SPDX-License-Identifier: Apache-2.0
// A 64-bit fingerprint of a text, so rules that remember every row's text hold eight bytes a row.

/// The FNV-1a hash of a text's UTF-8 bytes, optionally skipping white space.
///
/// Rules that must remember what every earlier row said (the same task twice, a 序号 seen before in
/// its section) keep fingerprints rather than texts, so a million-row ledger costs megabytes, not
/// hundreds. Two different texts share a fingerprint with odds of about one in 10¹³ for a
/// million rows.
struct TextFingerprint: Hashable {
    let value: UInt64

    /// - Parameter ignoringSpaces: skip spaces, tabs, line breaks, no-break (U+00A0) and
    ///   ideographic (U+3000) spaces, which clerks scatter in a text without making it another.
    init(_ text: String, ignoringSpaces: Bool = false) {
        var text = text
        value = text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var index = 0
            while index < bytes.count {
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
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                index += 1
            }
            return hash
        }
    }

    /// The fingerprint of a list of numbers (a 序号's levels).
    init(numbers: some Sequence<Int>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for number in numbers {
            hash = (hash ^ UInt64(bitPattern: Int64(number))) &* 0x0000_0100_0000_01B3
        }
        value = hash
    }
}
