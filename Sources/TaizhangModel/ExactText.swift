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
        lhs.digest == rhs.digest && same(lhs.text, rhs.text)
    }

    /// Whether two texts have the same UTF-8 bytes: no digest, no Unicode normalisation, and no
    /// look at the bytes when both are one string's storage.
    public static func same(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        let equal = first.utf8.withContiguousStorageIfAvailable { a in
            second.utf8.withContiguousStorageIfAvailable { b in
                guard let one = a.baseAddress, let other = b.baseAddress, one != other else { return true }
                return memcmp(one, other, a.count) == 0
            }
        }
        return equal.flatMap { $0 } ?? first.utf8.elementsEqual(second.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
