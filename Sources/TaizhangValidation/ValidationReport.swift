// SPDX-License-Identifier: Apache-2.0
// The findings of a validation run, per file, with the counts LEDGER-SPEC §8 reports.

import TaizhangModel

/// What a run found in one file.
public struct FileReport: Sendable {
    /// The file as the user named it (or as found in a folder).
    public var file: String
    /// The findings, in row order.
    public var findings: [Finding]

    /// Creates a report.
    public init(file: String, findings: [Finding]) {
        self.file = file
        self.findings = findings
    }

    /// How many findings have a severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// Whether the file has no error.
    public var isValid: Bool { count(.error) == 0 }

    /// The most severe finding, the first of its severity.
    public var worst: Finding? {
        findings.first { $0.severity == .error } ?? findings.first { $0.severity == .warning } ?? findings.first
    }
}

/// The findings of a whole run.
public struct ValidationReport: Sendable {
    /// One report per file, in the order the files were given and found.
    public var files: [FileReport]

    /// Creates a report.
    public init(files: [FileReport]) {
        self.files = files
    }

    /// Whether some file has an error (the command then exits 1).
    public var hasErrors: Bool { files.contains { !$0.isValid } }

    /// The report as LEDGER-SPEC §8's JSON, messages in the catalogue's language.
    public func json(_ catalog: MessageCatalog) -> String {
        let fileValues: [JSONValue] = files.map { file in
            .object([
                ("file", .text(file.file)),
                ("valid", .bool(file.isValid)),
                ("errors", .number(file.count(.error))),
                ("warnings", .number(file.count(.warning))),
                ("infos", .number(file.count(.info))),
                ("findings", .array(file.findings.map { finding in
                    .object([
                        ("code", .text(finding.code.rawValue)),
                        ("severity", .text(finding.severity.rawValue)),
                        ("sheet", .string(finding.location.sheet)),
                        ("row", finding.location.row.map(JSONValue.number) ?? .null),
                        ("column", .string(finding.columnTitle)),
                        ("cell", .string(finding.location.cell)),
                        ("message", .text(catalog.message(for: finding))),
                        ("suggestion", .string(catalog.suggestion(for: finding))),
                    ])
                })),
            ])
        }
        let summary: JSONValue = .object([
            ("files", .number(files.count)),
            ("valid", .number(files.filter(\.isValid).count)),
            ("errors", .number(files.reduce(0) { $0 + $1.count(.error) })),
            ("warnings", .number(files.reduce(0) { $0 + $1.count(.warning) })),
            ("infos", .number(files.reduce(0) { $0 + $1.count(.info) })),
        ])
        return JSONValue.object([("files", .array(fileValues)), ("summary", summary)]).jsonText
    }
}
