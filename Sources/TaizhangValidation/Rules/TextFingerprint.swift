// SPDX-License-Identifier: Apache-2.0
// A 64-bit fingerprint of a text, so rules that remember every row's text hold eight bytes a row.

/// The FNV-1a hash of a text's UTF-8 bytes, skipping the characters `skipping` names.
///
/// Rules that must remember what every earlier row said (the same task twice, a 序号 seen before in
/// its section) keep fingerprints rather than texts, so a million-row ledger costs megabytes, not
/// hundreds. Two different texts share a fingerprint with odds of about one in 10¹³ for a
/// million rows.
struct TextFingerprint: Hashable {
    let value: UInt64

    init(_ text: String, skipping skip: (Unicode.Scalar) -> Bool = { _ in false }) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in text.unicodeScalars where !skip(scalar) {
            for byte in UTF8.encode(scalar)! {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        value = hash
    }
}
