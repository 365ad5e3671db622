// SPDX-License-Identifier: Apache-2.0
// A dictionary key that compares and hashes text by its UTF-8 bytes.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text as a hash key by its exact UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which normalises every CJK string it
/// touches; a memo of cell texts only needs byte equality, at a fraction of the cost. The bytes
/// are digested once, eight at a time, from a seed drawn per process (so no file can be made
/// whose texts all share a digest); hashing uses the digest, and equality checks it before the
/// bytes.
public struct ExactText: Hashable, Sendable {
    /// The text.
    public let text: String
    /// The bytes' 64-bit digest, seeded per process.
    package let digest: UInt64

    private static let seed = UInt64.random(in: .min ... .max)

    /// Wraps a text.
    public init(_ text: String) {
        var native = text
        native.makeContiguousUTF8()
        digest = native.withUTF8 { bytes in
            var mixer = WordMixer(seed: ExactText.seed)
            mixer.add(bytes)
            return mixer.finish()
        }
        self.text = native
    }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        guard lhs.digest == rhs.digest, lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        // Both texts were made contiguous UTF-8 at init, so their bytes are at hand (the
        // element-wise comparison is only a fallback).
        let equal = lhs.text.utf8.withContiguousStorageIfAvailable { a in
            rhs.text.utf8.withContiguousStorageIfAvailable { b in
                guard let first = a.baseAddress, let second = b.baseAddress else { return true }
                return memcmp(first, second, a.count) == 0
            }
        }
        return equal.flatMap { $0 } ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
