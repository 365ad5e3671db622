// SPDX-License-Identifier: Apache-2.0
// The findings of a validation run, per file, with the counts LEDGER-SPEC §8 reports.

import Dispatch
import TaizhangModel

/// What a run found in one file.
public struct FileReport: Sendable {
    /// The file as the user named it (or as found in a folder).
    public var file: String
    /// The findings, in row order, in bounded memory however many there are.
    public let log: FindingLog

    /// Creates a report of findings in row order.
    public init(file: String, findings: [Finding]) {
        self.init(file: file, log: FindingLog(findings))
    }

    /// Creates a report of a validation's log.
    public init(file: String, log: FindingLog) {
        self.file = file
        self.log = log
    }

    /// The findings, in row order, all in memory (``log`` streams them).
    public var findings: [Finding] { log.all }

    /// How many findings have a severity.
    public func count(_ severity: Severity) -> Int { log.count(severity) }

    /// Whether the file has no error.
    public var isValid: Bool { count(.error) == 0 }

    /// The most severe finding, the first of its severity.
    public var worst: Finding? { log.first(.error) ?? log.first(.warning) ?? log.first(.info) }
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
        var bytes: [UInt8] = []
        writeJSON(catalog) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes LEDGER-SPEC §8's JSON a finding at a time to `output`, so a report of any length
    /// streams (the same bytes as ``json(_:)``).
    public func writeJSON<Failure: Error>(
        _ catalog: MessageCatalog, to output: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        try output(Array("{\n  \"files\": [".utf8))
        for (index, file) in files.enumerated() {
            try output(Array((index == 0 ? "\n    {\n" : ",\n    {\n").utf8))
            var head = ""
            for (key, value) in [
                ("file", JSONValue.text(file.file)), ("valid", .bool(file.isValid)),
                ("errors", .number(file.count(.error))), ("warnings", .number(file.count(.warning))),
                ("infos", .number(file.count(.info))),
            ] {
                head += "      "
                JSONValue.text(key).write(to: &head, indent: 6)
                head += ": "
                value.write(to: &head, indent: 6)
                head += ",\n"
            }
            head += "      \"findings\": ["
            try output(Array(head.utf8))
            if file.log.rendersJSONIn == catalog.language {
                try ValidationReport.writeRendered(file.log, to: output)
                continue
            }
            var first = true
            var failure: Failure?
            var batch: [Finding] = []
            func send() {
                guard failure == nil, !batch.isEmpty else { return }
                for part in ValidationReport.render(batch, catalog, continuing: !first) {
                    do throws(Failure) {
                        try output(part)
                    } catch {
                        failure = error
                        break
                    }
                }
                first = false
                batch.removeAll(keepingCapacity: true)
            }
            file.log.forEach { finding in
                guard failure == nil else { return }
                batch.append(finding)
                if batch.count == ValidationReport.renderBatch { send() }
            }
            send()
            if let failure { throw failure }
            try output(ValidationReport.findingsEnd(empty: first))
        }
        var tail = files.isEmpty ? "]" : "\n  ]"
        tail += ",\n  \"summary\": "
        JSONValue.object([
            ("files", .number(files.count)),
            ("valid", .number(files.filter(\.isValid).count)),
            ("errors", .number(files.reduce(0) { $0 + $1.count(.error) })),
            ("warnings", .number(files.reduce(0) { $0 + $1.count(.warning) })),
            ("infos", .number(files.reduce(0) { $0 + $1.count(.info) })),
        ]).write(to: &tail, indent: 2)
        try output(Array((tail + "\n}\n").utf8))
    }

    /// Writes the findings of a log that rendered them as they came, and the end of the file's
    /// object, in about 64 KB writes.
    private static func writeRendered<Failure: Error>(
        _ log: FindingLog, to output: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var bytes: [UInt8] = []
        var failure: Failure?
        var first = true
        log.forEachJSON { json in
            guard failure == nil else { return }
            bytes += first ? firstSeparator : separator
            bytes += json
            first = false
            guard bytes.count >= 1 << 16 else { return }
            do throws(Failure) { try output(bytes) } catch { failure = error }
            bytes.removeAll(keepingCapacity: true)
        }
        if let failure { throw failure }
        bytes += findingsEnd(empty: first)
        try output(bytes)
    }

    /// What closes a file's findings and its object.
    private static func findingsEnd(empty: Bool) -> [UInt8] {
        Array(((empty ? "]" : "\n      ]") + "\n    }").utf8)
    }

    /// A finding's object in the report, laid out as ``writeJSON(_:to:)`` lays it out.
    static func jsonObject(of finding: Finding, _ catalog: MessageCatalog) -> [UInt8] {
        var bytes: [UInt8] = []
        write(finding, catalog, to: &bytes)
        return bytes
    }

    /// How many findings are rendered at a time.
    private static let renderBatch = 4096

    /// The JSON objects of findings in order, each after its separator, as one or two runs of
    /// bytes rendered side by side: a report of hundreds of thousands of findings is otherwise
    /// written by one core after the rows are done.
    private static func render(_ findings: [Finding], _ catalog: MessageCatalog, continuing: Bool) -> [[UInt8]] {
        let parts = findings.count >= 256 ? 2 : 1
        let size = (findings.count + parts - 1) / parts
        var rendered = [[UInt8]](repeating: [], count: parts)
        rendered.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own slot, and all are done when concurrentPerform returns.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var bytes: [UInt8] = []
                for index in (part * size)..<min(findings.count, (part + 1) * size) {
                    bytes += index == 0 && !continuing ? firstSeparator : separator
                    write(findings[index], catalog, to: &bytes)
                }
                slots[part] = bytes
            }
        }
        return rendered
    }

    private static let firstSeparator = Array("\n        ".utf8)
    private static let separator = Array(",\n        ".utf8)

    /// The keys of a finding's object, each with what comes before it, eight spaces deep as
    /// ``JSONValue/write(to:indent:)`` lays objects out; a report has one object per finding, so
    /// they are written straight to bytes rather than built as a `JSONValue` first.
    private static let findingKeys: [[UInt8]] = [
        "code", "severity", "sheet", "row", "column", "cell", "message", "suggestion",
    ]
    .enumerated().map { index, key in
        Array(((index == 0 ? "{\n" : ",\n") + String(repeating: " ", count: 10) + "\"\(key)\": ").utf8)
    }
    private static let findingEnd = Array(("\n" + String(repeating: " ", count: 8) + "}").utf8)

    /// Appends a finding's JSON object.
    private static func write(_ finding: Finding, _ catalog: MessageCatalog, to bytes: inout [UInt8]) {
        func text(_ value: String?) {
            if let value { JSONValue.writeString(value, to: &bytes) } else { bytes += JSONValue.nullBytes }
        }
        bytes += findingKeys[0]
        text(finding.code.rawValue)
        bytes += findingKeys[1]
        text(finding.severity.rawValue)
        bytes += findingKeys[2]
        text(finding.location.sheet)
        bytes += findingKeys[3]
        if let row = finding.location.row { bytes += String(row).utf8 } else { bytes += JSONValue.nullBytes }
        bytes += findingKeys[4]
        text(finding.columnTitle)
        bytes += findingKeys[5]
        text(finding.location.cell)
        bytes += findingKeys[6]
        text(catalog.message(for: finding))
        bytes += findingKeys[7]
        text(catalog.suggestion(for: finding))
        bytes += findingEnd
    }

}
