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
    private var spill: UnsafeMutablePointer<FILE>?
    private var spilled = 0
    /// Findings after a failed spill (a full disk), kept in memory so none is lost or reordered.
    private var overflow: [Finding] = []
    private var spillFailed = false
    private var counts: [Severity: Int] = [:]
    private var firstBySeverity: [Severity: Finding] = [:]
    private let lock = NSLock()

    /// An empty log.
    public init() {}

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
        lock.lock()
        defer { lock.unlock() }
        counts[finding.severity, default: 0] += 1
        if firstBySeverity[finding.severity] == nil { firstBySeverity[finding.severity] = finding }
        if held.count < FindingLog.memoryLimit {
            held.append(finding)
        } else if spillFailed || !spillToDisk(finding) {
            overflow.append(finding)
        }
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
        if let spill, spilled > 0 {
            fflush(spill)
            rewind(spill)
            defer { fseek(spill, 0, SEEK_END) }
            var record: [UInt8] = []
            for _ in 0..<spilled {
                var length: UInt32 = 0
                guard fread(&length, 4, 1, spill) == 1 else {
                    preconditionFailure("a spilled finding did not read back")
                }
                record = [UInt8](repeating: 0, count: Int(length))
                guard record.withUnsafeMutableBytes({ fread($0.baseAddress, 1, $0.count, spill) }) == record.count
                else {
                    preconditionFailure("a spilled finding did not read back")
                }
                try body(FindingRecord.decode(record))
            }
        }
        for finding in overflow { try body(finding) }
    }

    /// Every finding, in memory (for small reports; ``forEach(_:)`` streams).
    public var all: [Finding] {
        var result: [Finding] = []
        forEach { result.append($0) }
        return result
    }

    /// Writes a finding to the spill file, opening it first; `false` when that fails (the disk is
    /// full): the partial record is cut off and later findings stay in memory.
    private func spillToDisk(_ finding: Finding) -> Bool {
        if spill == nil { spill = tmpfile() }
        guard let spill else {
            spillFailed = true
            return false
        }
        let record = FindingRecord.encode(finding)
        var length = UInt32(record.count)
        let start = ftell(spill)
        let written =
            fwrite(&length, 4, 1, spill) == 1
            && record.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, spill) }) == record.count
        guard written else {
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
