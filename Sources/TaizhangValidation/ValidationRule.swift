// SPDX-License-Identifier: Apache-2.0
// A rule of the catalogue (LEDGER-SPEC §5): the codes it can emit and the check that emits them.

import TaizhangModel

/// One check of a ledger. Adding a rule is one file in `Rules/` and one line in ``RuleCatalogue``.
public protocol ValidationRule: Sendable {
    /// The codes this rule can emit.
    var codes: [Finding.Code] { get }
    /// Checks the input and reports each finding.
    func check(_ input: ValidationInput, report: (Finding) -> Void)
}
