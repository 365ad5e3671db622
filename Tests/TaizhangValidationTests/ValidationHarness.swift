// SPDX-License-Identifier: Apache-2.0
// Checking a small CSV ledger with one rule and reading the findings as a compact table.

import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangText
import TaizhangValidation

/// Runs rules over CSV text and answers "cell code" lines, as frictionless' tests read.
enum Harness {
    static let header = "序号,重点任务,责任单位,配合单位,完成时限"
    /// The as-of date of every test: 2021-11-30.
    static var asOf: CalendarDate {
        guard let date = CalendarDate(year: 2021, month: 11, day: 30) else { preconditionFailure("a valid date") }
        return date
    }

    /// The findings of `rule` (or the whole catalogue) on a ledger given as CSV lines under `title`.
    static func findings(
        _ lines: [String], rule: (any ValidationRule)? = nil, header: String = header,
        title: String? = "某市2021年重点工作台账", schema: LedgerSchema = .standard, roster: DepartmentRoster? = nil
    ) -> [Finding] {
        let text = ([title].compactMap { $0 } + [header] + lines).joined(separator: "\n") + "\n"
        guard let document = try? CSVReader.read(bytes: Array(text.utf8), file: "t.csv") else { return [] }
        let options = ValidationOptions(schema: schema, roster: roster, asOf: asOf)
        let validator = LedgerValidator(options: options, rules: rule.map { [$0] } ?? RuleCatalogue.rules)
        let sink = validator.sink(file: "t.csv")
        _ = try? LedgerPipeline.run(document.sheet, file: "t.csv", into: [sink])
        // The rules' findings: the reader's own (blank rows, header) are tested with the reader.
        let codes = Set(validator.rules.flatMap(\.codes))
        return sink.findings.filter { codes.contains($0.code) }
    }

    /// The same as compact "cell code" lines.
    static func table(
        _ lines: [String], rule: (any ValidationRule)? = nil, header: String = header, schema: LedgerSchema = .standard,
        roster: DepartmentRoster? = nil
    ) -> [String] {
        findings(lines, rule: rule, header: header, schema: schema, roster: roster).map(\.summary)
    }
}
