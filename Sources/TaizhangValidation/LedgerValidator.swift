// SPDX-License-Identifier: Apache-2.0
// Running the rule catalogue over a ledger as its rows go by, with the severities the user asked for.

import TaizhangModel
import TaizhangSheet

/// Checks ledgers against the rule catalogue.
///
/// ```swift
/// let validator = LedgerValidator(options: ValidationOptions(asOf: today))
/// let sink = validator.sink(file: "ledger.csv")      // a LedgerSink: feed it a file's events
/// let findings = validator.validate(ledger)          // or a ledger held in memory
/// ```
///
/// Files are checked through `LedgerFile.validate(options:)`, which streams the file into
/// ``sink(file:)``: the same findings for the same file, whichever way it is called.
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

    /// A sink that checks a file's events as they arrive; its ``ValidationSink/findings`` are ready
    /// once the sheet has ended.
    public func sink(file: String) -> ValidationSink {
        ValidationSink(validator: self, file: file)
    }

    /// The findings of a ledger held in memory (no rows: text rules look at the model).
    public func validate(_ ledger: Ledger, file: String = "") -> [Finding] {
        let sink = sink(file: file)
        // Collecting findings cannot fail.
        _ = try? ledger.replay(into: sink)
        return sink.findings
    }

    /// The findings sorted by row and column (stable: within a row, the catalogue's order), each
    /// at the severity the options give its code.
    func ordered(_ findings: [Finding]) -> [Finding] {
        var findings = findings
        for index in findings.indices {
            if let severity = options.severities[findings[index].code] { findings[index].severity = severity }
        }
        return findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location.row ?? 0, lhs.element.location.column ?? 0, lhs.offset)
            let right = (rhs.element.location.row ?? 0, rhs.element.location.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }
}

/// Checks one ledger's events as they arrive: each rule's checker sees every task row, then the end.
///
/// Without a header there is nothing to check: the findings are the reader's (`header-not-found`).
public final class ValidationSink: LedgerSink {
    private let validator: LedgerValidator
    private let file: String
    private var checkers: [any RowChecker] = []
    private var context: ValidationContext?
    private var collected: [Finding] = []
    /// The findings, sorted, once the sheet has ended.
    public private(set) var findings: [Finding] = []

    init(validator: LedgerValidator, file: String) {
        self.validator = validator
        self.file = file
    }

    public func receive(_ event: LedgerEvent) {
        switch event {
        case .header(let header):
            let context = ValidationContext(file: file, header: header, options: validator.options)
            self.context = context
            checkers = validator.rules.map { $0.checker(for: context) }
        case .section:
            break
        case .task(let entry, let row):
            guard let context else { return }
            let taskRow = TaskRow(entry: entry, row: row, in: context)
            for checker in checkers { checker.check(taskRow) { collected.append($0) } }
        }
    }

    public func finish(_ decoded: DecodedLedger) {
        for checker in checkers { checker.finish { collected.append($0) } }
        checkers = []
        findings = validator.ordered(decoded.findings + collected)
        collected = []
    }
}
