// SPDX-License-Identifier: Apache-2.0
// The merge report of LEDGER-SPEC §9: each return, every finding, the departments that sent nothing.

import TaizhangModel

/// What a merge did and found.
public struct MergeReport: Sendable {
    /// One return's line in the report.
    public struct ReturnSummary: Sendable, Equatable {
        /// The file as given.
        public var file: String
        /// The department it came from (canonical); empty (null in the JSON) when the file could not be read.
        public var department: String
        /// Its task rows.
        public var rows: Int
        /// How many of them matched a task, by each method.
        public var matchedBy: [MatchMethod: Int]

        /// The rows matched by any method.
        public var matched: Int { matchedBy.values.reduce(0, +) }
    }

    /// The master as given.
    public var master: String
    /// The returns, in the order they were read.
    public var returns: [ReturnSummary]
    /// The findings: about the master first, then by return and row, then the missing returns.
    public var findings: [Finding]
    /// The departments with tasks that sent no return, in the order the master names them.
    public var missing: [String]
    /// Whether the master carried its own task identifiers (else they were derived).
    public var masterHasIdentifiers: Bool

    /// Whether a finding is an error (exit status 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The returned rows in all, matched and not.
    public var rows: Int { returns.reduce(0) { $0 + $1.rows } }
    /// The returned rows matched to a task.
    public var matched: Int { returns.reduce(0) { $0 + $1.matched } }

    /// The report as LEDGER-SPEC §9's JSON, messages in the catalogue's language; keys in a fixed
    /// order, so the same merge gives the same bytes.
    public func json(_ catalog: MessageCatalog) -> String {
        let returnValues: [JSONValue] = returns.map { summary in
            .object([
                ("file", .string(summary.file)),
                ("department", .string(summary.department.isEmpty ? nil : summary.department)),
                ("rows", .number(summary.rows)),
                ("matched", .number(summary.matched)),
                ("matchedBy", .object(MatchMethod.allCases.map { ($0.rawValue, .number(summary.matchedBy[$0] ?? 0)) })),
            ])
        }
        let findingValues: [JSONValue] = findings.map { finding in
            let arguments = finding.arguments
            return .object([
                ("code", .string(finding.code.rawValue)),
                ("severity", .string(finding.severity.rawValue)),
                ("file", .string(finding.location.file)),
                ("department", .string(arguments["department"])),
                ("row", finding.location.row.map { .number($0) } ?? .null),
                ("column", .string(finding.columnTitle)),
                ("taskId", .string(arguments["taskId"])),
                ("sequence", .string(arguments["sequence"])),
                ("master", .string(arguments["master"])),
                ("returned", .string(arguments["returned"])),
                ("message", .string(catalog.message(for: finding))),
            ])
        }
        let summary: JSONValue = .object([
            ("returns", .number(returns.count)),
            ("rows", .number(rows)),
            ("matched", .number(matched)),
            ("unmatched", .number(rows - matched)),
            ("findings", .number(findings.count)),
            ("missing", .number(missing.count)),
        ])
        return JSONValue.object([
            ("master", .string(master)),
            ("masterIdentifiers", .string(masterHasIdentifiers ? "stored" : "derived")),
            ("returns", .array(returnValues)),
            ("findings", .array(findingValues)),
            ("missing", .array(missing.map { .string($0) })),
            ("summary", summary),
        ]).jsonText
    }
}
