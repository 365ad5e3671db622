// SPDX-License-Identifier: Apache-2.0
// How far apart two short texts are, for suggestions ("市保障局" is two characters from "市医疗保障局").

/// The Levenshtein distance, in characters.
public enum EditDistance {
    /// The fewest insertions, deletions and substitutions of characters that turn `a` into `b`.
    ///
    /// - Complexity: O(a.count × b.count); meant for names and short values.
    public static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance between two strings, in characters.
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b))
    }
}
