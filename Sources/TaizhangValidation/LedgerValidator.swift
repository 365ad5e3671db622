// SPDX-License-Identifier: Apache-2.0
// Running the rule catalogue over one ledger, with the severities the user asked for.

import TaizhangModel
import TaizhangSheet

/// Checks a ledger against the rule catalogue.
///
/// ```swift
/// let validator = LedgerValidator(options: ValidationOptions(asOf: today))
/// let findings = validator.validate(ValidationInput(ledger: ledger, options: validator.options),
///                                   readerFindings: result.findings)
/// ```
public struct LedgerValidator: Sendable {
    /// The standards.
    public let options: ValidationOptions
    /// The rules run.
    public let rules: [any ValidationRule]

    /// Creates a validator running `rules` (the whole catalogue by default).
    public init(options: ValidationOptions, rules: [any ValidationRule] = RuleCatalogue.rules) {
        self.options = options
        self.rules = rules
    }

    /// The findings of a ledger: the reader's, then the rules', sorted by row and column, each at
    /// the severity the options give its code.
    public func validate(_ input: ValidationInput, readerFindings: [Finding] = []) -> [Finding] {
        validate(input, readerFindings: readerFindings, rules: rules)
    }

    /// The findings of a ledger with only the given rules run (none when the reader found no
    /// header: there is nothing to check).
    public func validate(_ input: ValidationInput, readerFindings: [Finding], rules: [any ValidationRule]) -> [Finding] {
        var findings = readerFindings
        for rule in rules {
            rule.check(input) { findings.append($0) }
        }
        for index in findings.indices {
            if let severity = options.severities[findings[index].code] { findings[index].severity = severity }
        }
        // Stable: within a row, the order of the catalogue.
        return findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location.row ?? 0, lhs.element.location.column ?? 0, lhs.offset)
            let right = (rhs.element.location.row ?? 0, rhs.element.location.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }
}
