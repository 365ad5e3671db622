// SPDX-License-Identifier: Apache-2.0
// Matching a written department name against a roster: canonical, alias, or unknown with the nearest names.

import Foundation
import TaizhangModel

/// How a written name stands in a roster.
public enum RosterMatch: Sendable, Equatable {
    /// The canonical name itself.
    case canonical
    /// A known alias of the canonical name given.
    case alias(canonical: String)
    /// Not in the roster; the nearest canonical names, best first (possibly none).
    case unknown(suggestions: [String])
}

extension DepartmentRoster {
    /// How `name` stands in the roster.
    ///
    /// Names are compared after normalising (spaces removed, full-width letters and digits made
    /// half-width). An unknown name gets up to three suggestions: canonical names (or those of
    /// aliases) that are a short form of it or that it is a short form of (市保障局 → 市医疗保障局,
    /// 市人社局 ↔ 市人力资源和社会保障局: the short form's characters appear in order in the long
    /// one), and names within a small edit distance (a slip of one or two characters), nearest first.
    public func match(_ name: String) -> RosterMatch {
        let key = DepartmentRoster.normalized(name)
        if let canonical = canonicalName(for: name) {
            return DepartmentRoster.normalized(canonical) == key ? .canonical : .alias(canonical: canonical)
        }
        return .unknown(suggestions: suggestions(for: key))
    }

    private func suggestions(for key: String) -> [String] {
        let written = Array(key)
        var scored: [(name: String, score: Int)] = []
        for department in departments {
            var best = Int.max
            for candidate in [department.name] + department.aliases {
                let other = Array(DepartmentRoster.normalized(candidate))
                let distance = EditDistance.between(written, other)
                let isShortForm =
                    DepartmentRoster.isShortForm(written, of: other)
                    || DepartmentRoster.isShortForm(other, of: written)
                let tolerance = max(1, min(written.count, other.count) / 3)
                if isShortForm || distance <= tolerance { best = min(best, distance) }
            }
            if best < Int.max { scored.append((department.name, best)) }
        }
        return scored.sorted { $0.score < $1.score || ($0.score == $1.score && $0.name < $1.name) }
            .prefix(3).map(\.name)
    }

    /// The name as compared: without spaces, compatibility forms folded (全角 → 半角).
    public static func normalized(_ name: String) -> String {
        // Most names hold neither spaces nor full-width forms: they are their own normal form,
        // and NFKC, the costly part, is skipped.
        let plain = name.unicodeScalars.allSatisfy { scalar in
            !(0xFF01...0xFFEF).contains(scalar.value) && scalar.value != 0x3000 && scalar.value > 0x20
                && !(0x2000...0x200B).contains(scalar.value) && scalar.value != 0xA0
        }
        if plain { return name }
        return String(
            name.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                !$0.properties.isWhitespace
            }.map(Character.init))
    }

    /// Whether `short` is a short form of `long`: they share the first character (the level, 市/县/区)
    /// and the last (局/委/办), and every character of `short` appears in `long` in order.
    static func isShortForm(_ short: [Character], of long: [Character]) -> Bool {
        guard short.count >= 3, short.count < long.count, short.first == long.first, short.last == long.last else {
            return false
        }
        var index = long.startIndex
        for character in short {
            guard let found = long[index...].firstIndex(of: character) else { return false }
            index = long.index(after: found)
        }
        return true
    }
}
