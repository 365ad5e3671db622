// SPDX-License-Identifier: Apache-2.0
// Department names made comparable, with or without a roster.

import TaizhangText

/// Department names made comparable: the roster's canonical name where there is a roster and it
/// knows the name, else the name normalised (spaces removed, full-width forms folded).
public struct DepartmentNames: Sendable {
    /// The roster, if any.
    public let roster: DepartmentRoster?

    /// Creates the naming with an optional roster.
    public init(roster: DepartmentRoster? = nil) {
        self.roster = roster
    }

    /// The canonical form of a name.
    public func canonical(_ name: String) -> String {
        roster?.canonicalName(for: name) ?? DepartmentRoster.normalized(name)
    }

    /// The canonical forms of names, without repeats, in order.
    public func canonical(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map(canonical).filter { seen.insert($0).inserted }
    }

    /// Every written form the roster knows for a canonical name (itself first), longest first after it.
    func spellings(of canonical: String) -> [String] {
        let aliases = roster?.departments.first { $0.name == canonical }?.aliases ?? []
        return [canonical] + aliases.sorted { $0.count > $1.count }
    }
}
