// SPDX-License-Identifier: Apache-2.0
// The findings of one file in row order, held in bounded memory whatever their number.

import Foundation
import TaizhangModel

/// The findings of one file, in the order a report lists them.
///
/// The first ``memoryLimit`` findings stay in memory; past that they go, in a compact binary form, to
/// an unlinked temporary file that is read back when the report is printed. A sheet with a million
/// slips is reported in the memory of a few thousand. Counts per severity are kept as findings arrive.
public final class FindingLog: @unchecked Sendable {
    /// How many findings stay in memory before the rest spill to disk.
    public static let memoryLimit = 5_000

    private var held: [Finding] = []
    /// The JSON objects of ``held`` then ``overflow``, when the log renders them.
    private var heldJSON: [[UInt8]] = []
    private var spill: UnsafeMutablePointer<FILE>?
    private var spilled = 0
    /// Findings after a failed spill (a full disk), kept in memory so none is lost or reordered.
    private var overflow: [Finding] = []
    private var spillFailed = false
    private var counts: [Severity: Int] = [:]
    private var firstBySeverity: [Severity: Finding] = [:]
    private let lock = NSLock()
    /// The language findings are rendered in as they arrive, if they are.
    public let rendersJSONIn: MessageLanguage?
    private let catalog: MessageCatalog?

    /// An empty log; given a language, it renders each finding's JSON object as it is appended.
    public init(renderingJSONIn language: MessageLanguage? = nil) {
        rendersJSONIn = language
        catalog = language.map { MessageCatalog(language: $0) }
    }

    /// A log of findings already in order.
    public convenience init(_ findings: [Finding]) {
        self.init()
        findings.forEach(append)
    }

    deinit {
        if let spill { fclose(spill) }
    }

    /// Adds the next finding.
    public func append(_ finding: Finding) {
        let json = catalog.map { ValidationReport.jsonObject(of: finding, $0) }
        lock.lock()
        defer { lock.unlock() }
        counts[finding.severity, default: 0] += 1
        if firstBySeverity[finding.severity] == nil { firstBySeverity[finding.severity] = finding }
        if held.count < FindingLog.memoryLimit {
            held.append(finding)
        } else if spillFailed || !spillToDisk(finding, json: json) {
            overflow.append(finding)
        } else {
            return
        }
        if let json { heldJSON.append(json) }
    }

    /// How many findings there are.
    public var count: Int { lock.withLock { held.count + spilled + overflow.count } }

    /// How many findings have a severity.
    public func count(_ severity: Severity) -> Int { lock.withLock { counts[severity] ?? 0 } }

    /// The first finding of a severity.
    public func first(_ severity: Severity) -> Finding? { lock.withLock { firstBySeverity[severity] } }

    /// Hands every finding, in order, to `body`.
    public func forEach(_ body: (Finding) throws -> Void) rethrows {
        lock.lock()
        defer { lock.unlock() }
        for finding in held { try body(finding) }
        try forEachSpilled { record, _ in try body(FindingRecord.decode(record)) }
        for finding in overflow { try body(finding) }
    }

    /// Hands every finding's JSON object, in order, to `body`; only for a log that renders them.
    public func forEachJSON(_ body: ([UInt8]) throws -> Void) rethrows {
        lock.lock()
        defer { lock.unlock() }
        precondition(rendersJSONIn != nil, "the log renders no JSON")
        for json in heldJSON.prefix(held.count) { try body(json) }
        try forEachSpilled { _, json in try body(json) }
        for json in heldJSON.dropFirst(held.count) { try body(json) }
    }

    /// Reads the spill file back from its start: each finding's record and its JSON object (empty
    /// when the log renders none, and then not in the file). The caller holds the lock.
    private func forEachSpilled(_ body: ([UInt8], [UInt8]) throws -> Void) rethrows {
        guard let spill, spilled > 0 else { return }
        fflush(spill)
        rewind(spill)
        defer { fseek(spill, 0, SEEK_END) }
        func readPart() -> [UInt8] {
            var length: UInt32 = 0
            guard fread(&length, 4, 1, spill) == 1 else { preconditionFailure("a spilled finding did not read back") }
            var part = [UInt8](repeating: 0, count: Int(length))
            guard part.withUnsafeMutableBytes({ fread($0.baseAddress, 1, $0.count, spill) }) == part.count else {
                preconditionFailure("a spilled finding did not read back")
            }
            return part
        }
        for _ in 0..<spilled {
            let record = readPart()
            try body(record, rendersJSONIn == nil ? [] : readPart())
        }
    }

    /// Every finding, in memory (for small reports; ``forEach(_:)`` streams).
    public var all: [Finding] {
        var result: [Finding] = []
        forEach { result.append($0) }
        return result
    }

    /// Writes a finding, and its JSON object when the log renders them, to the spill file, opening
    /// it first; `false` when that fails (the disk is full): the partial record is cut off and later
    /// findings stay in memory.
    private func spillToDisk(_ finding: Finding, json: [UInt8]?) -> Bool {
        if spill == nil { spill = tmpfile() }
        guard let spill else {
            spillFailed = true
            return false
        }
        func write(_ part: [UInt8]) -> Bool {
            var length = UInt32(part.count)
            return fwrite(&length, 4, 1, spill) == 1
                && part.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, spill) }) == part.count
        }
        let start = ftell(spill)
        guard write(FindingRecord.encode(finding)), json.map(write) ?? true else {
            fflush(spill)
            _ = ftruncate(fileno(spill), start)
            fseek(spill, start, SEEK_SET)
            spillFailed = true
            return false
        }
        spilled += 1
        return true
    }
}
