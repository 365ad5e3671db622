// SPDX-License-Identifier: Apache-2.0
// Task text as compared across copies of a ledger: folded forms, no spaces, and a similarity measure.

import Foundation

/// Task text reduced to what survives a clerk's copy: compatibility forms folded (全角 → 半角),
/// spaces, line breaks and punctuation removed.
struct ComparableText: Sendable {
    /// The folded text.
    let key: String
    /// The text's adjacent character pairs, with their counts (a multiset), for ``similarity(to:)``.
    let pairs: [UInt64: Int]
    /// How many pairs the text has in all (one for a one-character text).
    let pairCount: Int

    init(_ text: String) {
        key = ComparableText.fold(text)
        var pairs: [UInt64: Int] = [:]
        let scalars = Array(key.unicodeScalars)
        if scalars.count == 1 {
            pairs[UInt64(scalars[0].value)] = 1
        } else if scalars.count > 1 {
            for index in 1..<scalars.count {
                pairs[UInt64(scalars[index - 1].value) << 32 | UInt64(scalars[index].value), default: 0] += 1
            }
        }
        self.pairs = pairs
        pairCount = max(scalars.count - 1, scalars.isEmpty ? 0 : 1)
    }

    /// The Dice coefficient of the two texts' character pairs: 1 for equal texts, near 0 for unrelated
    /// ones; a reworded sentence keeps most of its pairs, so it stays well above an unrelated one.
    func similarity(to other: ComparableText) -> Double {
        if key == other.key { return 1 }
        let (small, large) = pairs.count <= other.pairs.count ? (pairs, other.pairs) : (other.pairs, pairs)
        var shared = 0
        for (pair, count) in small {
            if let theirs = large[pair] { shared += min(count, theirs) }
        }
        return similarity(shared: shared, with: other)
    }

    /// The Dice coefficient given the number of pairs the texts share (counted with multiplicity).
    func similarity(shared: Int, with other: ComparableText) -> Double {
        if key == other.key { return 1 }
        guard pairCount > 0, other.pairCount > 0 else { return 0 }
        return 2 * Double(shared) / Double(pairCount + other.pairCount)
    }

    /// Text folded for comparison.
    static func fold(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.filter { scalar in
                    !scalar.properties.isWhitespace && !CharacterSet.punctuationCharacters.contains(scalar)
                        && !CharacterSet.symbols.contains(scalar)
                }))
    }
}
