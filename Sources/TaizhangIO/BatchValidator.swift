// SPDX-License-Identifier: Apache-2.0
// Validating every submitted sheet of a folder in one run, on all cores, one bad file never ending the run.

import Foundation
import TaizhangModel
import TaizhangSheet
import TaizhangValidation

/// One file's outcome: its report, and the ledger read from it when asked for (to annotate).
public struct ValidatedFile: Sendable {
    /// The findings.
    public var report: FileReport
    /// The ledger, when ``BatchValidator/validate(files:options:readOptions:keepsLedgers:progress:)``
    /// kept it and the file could be read.
    public var ledger: Ledger?
    /// Which input column held which field, when the file had a header.
    public var columns: ColumnMap?
}

/// Validates many files.
public enum BatchValidator {
    /// The extensions a folder is searched for: every ledger format taizhang reads, WPS's .et (read
    /// when it is BIFF, reported with advice when not), and other spreadsheets, reported with advice.
    public static let extensions: Set<String> = ["csv", "tsv", "xlsx", "xlsm", "xls", "et", "htm", "html", "ods", "numbers"]

    /// The files `paths` name: files as given (any extension), folders searched recursively for
    /// the ``extensions``, skipping hidden files and Office lock files (`~$…`), sorted.
    ///
    /// - Throws: ``LedgerReadError`` `file-not-found` for a path that does not exist.
    public static func files(in paths: [String]) throws(LedgerReadError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LedgerReadError(.fileNotFound, at: SourceLocation(file: path))
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
            result += found.sorted()
        }
        return result
    }

    /// Validates one file; a file that cannot be read gives an `unreadable-file` finding.
    public static func validate(
        file: String, options: ValidationOptions, readOptions: LedgerReadOptions = LedgerReadOptions()
    ) -> ValidatedFile {
        var readOptions = readOptions
        readOptions.keepsRows = true
        if readOptions.year == nil { readOptions.year = options.year }
        let result: LedgerReadResult
        do {
            result = try LedgerFileReader.read(path: file, options: readOptions)
        } catch {
            var arguments = error.arguments
            arguments["error"] = error.code.rawValue
            let finding = Finding(.unreadableFile, severity: options.severities[.unreadableFile], at: error.location,
                                  arguments: arguments)
            return ValidatedFile(report: FileReport(file: file, findings: [finding]), ledger: nil, columns: nil)
        }
        let validator = LedgerValidator(options: options)
        let input = ValidationInput(ledger: result.ledger, rows: result.rows, columns: result.columns, options: options)
        let findings = result.foundHeader
            ? validator.validate(input, readerFindings: result.findings)
            : validator.validate(input, readerFindings: result.findings, rules: [])
        return ValidatedFile(report: FileReport(file: file, findings: findings), ledger: result.ledger,
                             columns: result.columns)
    }

    /// Validates files in parallel on every core, in the given order.
    ///
    /// - Parameters:
    ///   - keepsLedgers: whether each result keeps its ledger (for annotated copies).
    ///   - progress: called with the number of files done so far, from any thread.
    public static func validate(
        files: [String], options: ValidationOptions, readOptions: LedgerReadOptions = LedgerReadOptions(),
        keepsLedgers: Bool = false, progress: @Sendable (Int) -> Void = { _ in }
    ) -> [ValidatedFile] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var outcome = validate(file: files[index], options: options, readOptions: readOptions)
            if !keepsLedgers { outcome.ledger = nil }
            progress(results.store(outcome, at: index))
        }
        return results.values
    }

    /// Results written from many threads, each to its own slot.
    private final class ResultSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [ValidatedFile?]
        private var done = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// Stores a result; returns how many are done.
        func store(_ value: ValidatedFile, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = value
            done += 1
            return done
        }

        var values: [ValidatedFile] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
