// SPDX-License-Identifier: Apache-2.0
// Looking at eight bytes of text at once: the word tests the readers, rules and writers scan with.

/// Tests on eight bytes held in one `UInt64`, byte 0 lowest whatever the machine's byte order.
///
/// Text scans (cell boundaries in a CSV, bytes to escape in JSON, characters a workbook cannot
/// hold, line feeds) mostly meet bytes that need nothing; testing a word at a time skips them
/// with a handful of instructions per eight. A mask marks the bytes found with 0x80 in that byte.
public enum ByteWord {
    /// The eight bytes at `base + offset` (the caller checks that eight are there).
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The byte in all eight places.
    @inlinable @inline(__always)
    public static func repeating(_ byte: UInt8) -> UInt64 {
        0x0101_0101_0101_0101 &* UInt64(byte)
    }

    /// 0x80 in each byte of `word` that is zero and nowhere else (no borrow crosses bytes).
    @inlinable @inline(__always)
    public static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// 0x80 in each byte of `word` equal to `byte`, exactly.
    @inlinable @inline(__always)
    public static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ repeating(byte))
    }

    /// A mask of bytes of `word` that may be below `limit` (at most 0x80): zero only for a word
    /// that holds none, so a scan can skip it, and its lowest marked byte is always one (a borrow
    /// can only mark bytes above a true one). Bytes of 0x80 and above are never marked.
    @inlinable @inline(__always)
    public static func mayHoldByte(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- repeating(limit)) & ~word & 0x8080_8080_8080_8080
    }

    /// The place (0–7) of the lowest byte a nonzero mask marks.
    @inlinable @inline(__always)
    public static func firstMarked(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount &>> 3
    }
}
