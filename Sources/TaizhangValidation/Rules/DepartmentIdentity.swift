// SPDX-License-Identifier: Apache-2.0
// When two written names are one department, for the rules that compare them.

import TaizhangModel
import TaizhangText

/// What makes two written names one department: the roster's canonical name, else the name itself
/// without spaces and with full-width forms folded; compared by bytes, not by Unicode equivalence.
///
/// A ledger names the same few dozen departments on every row, so each name's key is remembered
/// (up to a bound) for the ledger being checked. One is shared by the department rules through
/// ``ValidationContext/departments``; like the rules' checkers, it is used by the one thread that
/// checks the ledger, never by two at once.
final class DepartmentIdentity: @unchecked Sendable {
    private let roster: DepartmentRoster?
    // Used by one thread at a time (see above), so the run-time exclusivity checks, a quarter
    // of a lookup's cost, are left out.
    @exclusivity(unchecked) private var names = TextIndex(capacity: 4096)
    @exclusivity(unchecked) private var keys: [ExactText] = []

    init(roster: DepartmentRoster?) {
        self.roster = roster
    }

    func key(_ name: String) -> ExactText {
        let written = ExactText(name)
        if let known = names.number(of: written) { return keys[known] }
        let key = ExactText(roster?.canonicalName(for: name) ?? DepartmentRoster.normalized(name))
        if names.add(written).forgotEarlier { keys.removeAll(keepingCapacity: true) }
        keys.append(key)
        return key
    }
}
