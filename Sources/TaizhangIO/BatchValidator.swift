// SPDX-License-Identifier: Apache-2.0
// Validating every submitted sheet of a folder in one run, on all cores, one bad file never ending the run.

import Foundation
import TaizhangModel
import TaizhangSheet
import TaizhangValidation

/// Validates many files.
public enum BatchValidator {
    /// The extensions a folder is searched for: every ledger format taizhang reads, WPS's .et (read
    /// when it is BIFF, reported with advice when not), and other spreadsheets, reported with advice.
    public static let extensions: Set<String> = [
        "csv", "tsv", "xlsx", "xlsm", "xls", "et", "htm", "html", "ods", "numbers",
    ]

    /// The files `paths` name: files as given (any extension), folders searched recursively for
    /// the ``extensions``, skipping hidden files and Office lock files (`~$…`), sorted.
    ///
    /// - Throws: ``LedgerReadError`` `file-not-found` for a path that does not exist.
    ///
    /// Paths that do not exist are listed as they are (their reading fails as a finding) unless no
    /// path exists at all.
    ///
    /// - Parameter excluded: folders never searched (the `--annotate` folder, so a second run does
    ///   not check its own marked copies).
    public static func files(in paths: [String], excluding excluded: [String] = []) throws(LedgerReadError) -> [String]
    {
        let skipped = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var result: [String] = []
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        if existing.isEmpty, let first = paths.first {
            throw LedgerReadError(.fileNotFound, at: SourceLocation(file: first))
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // Among paths that exist, a missing one is that file's finding (file-not-found); the run goes on.
                result.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = (path as NSString).appendingPathComponent(relative)
                if name.hasPrefix(".") || skipped.contains(URL(fileURLWithPath: full).standardizedFileURL.path) {
                    // A hidden folder (.git, a sync client's cache) or the annotate folder is passed over whole.
                    enumerator?.skipDescendants()
                    continue
                }
                if name.hasPrefix("~$") { continue }
                guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                // Only regular files: a pipe or a device named like a ledger would wait for ever.
                guard (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
            result += found.sorted()
        }
        return result
    }

    /// Validates files in parallel on every core, in the given order, each as
    /// ``LedgerFile/validate(options:rules:)`` does.
    ///
    /// - Parameters:
    ///   - names: what reports and messages call each file, when not its path (`taizhang serve`
    ///     names an upload by the client's file name, never by the folder it is kept in); as many as `files`.
    ///   - progress: called with the number of files done so far, from any thread.
    public static func validate(
        files: [String], names: [String]? = nil, options: ValidationOptions,
        readOptions: LedgerReadOptions = LedgerReadOptions(), progress: @Sendable (Int) -> Void = { _ in }
    ) -> [FileReport] {
        precondition(names == nil || names?.count == files.count, "one name per file")
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = LedgerFile(files[index], name: names?[index], options: readOptions)
            let report = file.validate(options: options)
            progress(results.store(report, at: index))
        }
        return results.values
    }

    /// Results written from many threads, each to its own slot.
    private final class ResultSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [FileReport?]
        private var done = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// Stores a result; returns how many are done.
        func store(_ value: FileReport, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = value
            done += 1
            return done
        }

        var values: [FileReport] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
