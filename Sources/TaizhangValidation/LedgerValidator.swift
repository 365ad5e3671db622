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
}

/// Checks one ledger's events as they arrive: each rule's checker sees every task row, then the end.
///
/// Findings are put in report order as they come — by row, then by column, then in the order the
/// reader and the catalogue's rules give them — and go to a ``FindingLog``, so a sheet with many
/// slips is checked in bounded memory. Without a header there is nothing to check: the findings
/// are the reader's (`header-not-found`).
public final class ValidationSink: LedgerSink {
    private let validator: LedgerValidator
    private let file: String
    private var checkers: [any RowChecker] = []
    private var context: ValidationContext?
    /// The findings of the row being read, not yet in the log.
    private var pending: [Finding] = []
    /// The findings, in report order; complete once the sheet has ended.
    public let log: FindingLog

    init(validator: LedgerValidator, file: String) {
        self.validator = validator
        self.file = file
        log = FindingLog(renderingJSONIn: validator.options.rendersJSONIn)
    }

    /// The findings, in report order, once the sheet has ended.
    public var findings: [Finding] { log.all }

    public func receive(_ event: LedgerEvent) {
        switch event {
        case .header(let header):
            let context = ValidationContext(file: file, header: header, options: validator.options)
            self.context = context
            checkers = validator.rules.map { $0.checker(for: context) }
            for checker in checkers { checker.start { add($0) } }
        case .section:
            break
        case .task(let entry, let row):
            guard let context else { return }
            let taskRow = TaskRow(entry: entry, row: row, in: context)
            for checker in checkers { checker.check(taskRow) { add($0) } }
        case .finding(let finding):
            add(finding)
        }
    }

    public func finish(_ decoded: DecodedLedger) {
        for checker in checkers { checker.finish { add($0) } }
        checkers = []
        flush()
    }

    /// Takes a finding at its severity; a finding on a later row first sends the earlier row's on.
    private func add(_ finding: Finding) {
        var finding = finding
        if let severity = validator.options.severities[finding.code] { finding.severity = severity }
        if let row = finding.location.row, let current = pending.last?.location.row, row > current { flush() }
        pending.append(finding)
    }

    /// Sends the pending findings to the log, sorted by row and column (stably).
    private func flush() {
        defer { pending.removeAll(keepingCapacity: true) }
        // Rules mostly report a row's cells left to right already.
        if zip(pending, pending.dropFirst()).allSatisfy({ Self.place($0) <= Self.place($1) }) {
            for finding in pending { log.append(finding) }
            return
        }
        let ordered = pending.enumerated().sorted { lhs, rhs in
            let (left, right) = (Self.place(lhs.element), Self.place(rhs.element))
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        for (_, finding) in ordered { log.append(finding) }
    }

    /// Where a finding goes in the report: by row, then by column.
    private static func place(_ finding: Finding) -> (Int, Int) {
        (finding.location.row ?? 0, finding.location.column ?? 0)
    }
}
