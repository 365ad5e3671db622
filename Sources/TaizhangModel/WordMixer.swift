// SPDX-License-Identifier: Apache-2.0
// A 64-bit hash of bytes taken eight at a time: the one mixer behind ExactText and the rules' fingerprints.

/// Mixes bytes into a 64-bit hash a little-endian word at a time.
///
/// Cell texts are hashed on every row (memo lookups, department keys, duplicate fingerprints), so
/// the usual text costs a multiply per eight bytes rather than a SipHash round per block. Bytes
/// given one at a time are gathered into words first, so the hash is the same however the bytes
/// arrive. Not a keyed hash: where an input could be chosen to collide, start from a secret seed.
package struct WordMixer {
    // Inlinable, with its state visible to the inlined code: the rules mix a word at a time
    // from another module, and a call per word would cost more than the mixing.
    @usableFromInline var hash: UInt64
    @usableFromInline var pending: UInt64 = 0
    @usableFromInline var pendingBytes = 0
    @usableFromInline var count: UInt64 = 0

    /// A mixer starting from `seed`.
    @inlinable
    package init(seed: UInt64 = 0x243F_6A88_85A3_08D3) {
        hash = seed
    }

    /// Whether no byte is waiting for its word, so a whole word can be added.
    @inlinable
    package var isAligned: Bool { pendingBytes == 0 }

    /// Adds one byte.
    @inlinable
    package mutating func add(byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingBytes))
        pendingBytes += 1
        count &+= 1
        if pendingBytes == 8 {
            mix(pending)
            pending = 0
            pendingBytes = 0
        }
    }

    /// Adds eight bytes at once (little-endian); only when ``isAligned``.
    @inlinable
    package mutating func add(word: UInt64) {
        mix(word)
        count &+= 8
    }

    /// Adds a run of bytes, whole words first.
    @inlinable
    package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        if isAligned {
            while index + 8 <= bytes.count {
                add(word: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                index += 8
            }
        }
        while index < bytes.count {
            add(byte: bytes[index])
            index += 1
        }
    }

    /// The hash of everything added, its length counted (so "a" and "a" + NUL differ).
    @inlinable
    package mutating func finish() -> UInt64 {
        if pendingBytes > 0 { mix(pending) }
        var result = hash ^ count
        result = (result ^ (result >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        result = (result ^ (result >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return result ^ (result >> 33)
    }

    @inlinable @inline(__always)
    mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }
}
