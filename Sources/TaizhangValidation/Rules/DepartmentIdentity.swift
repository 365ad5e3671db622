// SPDX-License-Identifier: Apache-2.0
// When two written names are one department, for the rules that compare them.

import TaizhangModel
import TaizhangText

/// What makes two written names one department: the roster's canonical name, else the name itself
/// without spaces and with full-width forms folded; compared by bytes, not by Unicode equivalence.
struct DepartmentIdentity {
    let roster: DepartmentRoster?

    func key(_ name: String) -> ExactText {
        ExactText(roster?.canonicalName(for: name) ?? DepartmentRoster.normalized(name))
    }
}
