// SPDX-License-Identifier: Apache-2.0
// The department roster (单位名录): canonical names and their aliases, as a clerk writes them (LEDGER-SPEC §3).

import TaizhangModel

/// A department of a roster: its canonical name and the other names it goes by.
public struct RosterDepartment: Sendable, Equatable {
    /// The full name the office uses, e.g. "市人力资源和社会保障局".
    public var name: String
    /// Short and older forms, e.g. "市人社局", "市人力资源社会保障局".
    public var aliases: [String]

    /// Creates a department.
    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}

/// The departments an office deals with, read from a plain-text roster file.
///
/// One department per line: the canonical name first, then its aliases, separated by tabs or
/// commas (`,` `，`). Blank lines and lines starting with `#` are skipped.
///
/// ```swift
/// let roster = DepartmentRoster(text: "市人力资源和社会保障局\t市人社局\n市医疗保障局，市医保局\n")
/// roster.canonicalName(for: "市人社局")   // "市人力资源和社会保障局"
/// ```
public struct DepartmentRoster: Sendable, Equatable {
    /// The departments in file order, each name once.
    public private(set) var departments: [RosterDepartment]
    /// Canonical names by the normalised form of every name and alias.
    private var canonicalByName: [ExactText: String]

    /// Reads a roster from its text; a name seen again on a later line is skipped there.
    public init(text: String) {
        departments = []
        canonicalByName = [:]
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = CellText.clean(String(line))
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let names = trimmed.split(whereSeparator: { $0 == "\t" || $0 == "," || $0 == "，" })
                .map { CellText.clean(String($0)) }
                .filter { !$0.isEmpty }
            guard let canonical = names.first, canonicalByName[ExactText(DepartmentRoster.normalized(canonical))] == nil
            else {
                continue
            }
            canonicalByName[ExactText(DepartmentRoster.normalized(canonical))] = canonical
            var aliases: [String] = []
            for alias in names.dropFirst() where canonicalByName[ExactText(DepartmentRoster.normalized(alias))] == nil {
                canonicalByName[ExactText(DepartmentRoster.normalized(alias))] = canonical
                aliases.append(alias)
            }
            departments.append(RosterDepartment(name: canonical, aliases: aliases))
        }
    }

    /// The canonical names in file order.
    public var names: [String] { departments.map(\.name) }

    /// Whether the roster names no department.
    public var isEmpty: Bool { departments.isEmpty }

    /// The canonical name a name stands for (itself when canonical), or `nil` when the roster does
    /// not know it; names are compared without spaces and with full-width forms folded.
    public func canonicalName(for name: String) -> String? {
        canonicalByName[ExactText(DepartmentRoster.normalized(name))]
    }
}
