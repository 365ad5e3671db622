// SPDX-License-Identifier: Apache-2.0
// Writing an output file atomically: a temporary file beside it, then a rename; no silent overwrite.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes outputs so that a reader never sees half a file and nothing is lost by accident.
///
/// The bytes go to a temporary file in the destination's folder, are flushed to disk, then take
/// the destination's name in one step. Without `overwrite`, the final step is a hard link, which
/// fails rather than replace a file that appeared in the meantime.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path`.
    ///
    /// - Parameters:
    ///   - bytes: the whole content.
    ///   - path: the destination.
    ///   - overwrite: whether an existing file may be replaced (`--force`).
    ///   - protecting: input files the destination must not be.
    /// - Throws: ``LedgerWriteError``; on any error the destination is as it was.
    public static func write(
        _ bytes: [UInt8], to path: String, overwrite: Bool, protecting inputs: [String] = []
    ) throws(LedgerWriteError) {
        try write(to: path, overwrite: overwrite, protecting: inputs) { temporary throws(LedgerWriteError) in
            try writeBytes(bytes, to: temporary, reportingAs: path)
        }
    }

    /// Lets `produce` write a temporary file beside `path`, then puts it in place.
    ///
    /// For writers that create their file themselves, such as libxlsxwriter's `workbook_close`.
    ///
    /// - Parameters:
    ///   - path: the destination.
    ///   - overwrite: whether an existing file may be replaced (`--force`).
    ///   - protecting: input files the destination must not be.
    ///   - produce: writes the whole file at the path it is given.
    /// - Throws: ``LedgerWriteError`` from the checks, from `produce`, or from the final steps; the
    ///   temporary file is removed and the destination is as it was.
    public static func write(
        to path: String, overwrite: Bool, protecting inputs: [String] = [],
        produce: (String) throws(LedgerWriteError) -> Void
    ) throws(LedgerWriteError) {
        let file = try AtomicFile(destination: path, overwrite: overwrite, protecting: inputs)
        do {
            try produce(file.temporaryPath)
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
    }

    fileprivate static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    private static func writeBytes(_ bytes: [UInt8], to temporary: String, reportingAs path: String)
        throws(LedgerWriteError)
    {
        let output = try FileOutput(creating: temporary, reportedAs: path)
        try output.write(bytes)
        try output.flush()
    }

    /// Makes sure the temporary file's bytes are on disk before it takes the destination's name.
    fileprivate static func flush(_ temporary: String, reportingAs path: String) throws(LedgerWriteError) {
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        let result = fsync(descriptor)
        let code = errno
        close(descriptor)
        if result != 0 { throw failure(path, code) }
    }

    fileprivate static func failure(_ path: String, _ code: Int32) -> LedgerWriteError {
        LedgerWriteError(.writeFailed, path: path, arguments: ["reason": SystemReason.of(code)])
    }

    /// Whether two paths name one file (same device and inode), e.g. "a.csv" and "./a.csv".
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}

/// An output being written: a temporary file beside the destination that takes its name on
/// ``commit()``, or disappears on ``discard()`` (or when dropped uncommitted).
///
/// The checks come first: the destination is not an input, and exists only with `overwrite`.
public final class AtomicFile {
    /// The destination.
    public let destination: String
    /// Where to write meanwhile.
    public let temporaryPath: String
    private let overwrite: Bool
    private var finished = false

    /// Checks the destination and chooses a temporary path beside it (nothing is created yet).
    ///
    /// - Throws: ``LedgerWriteError`` `output-is-input` or `output-exists`.
    public init(destination: String, overwrite: Bool, protecting inputs: [String] = []) throws(LedgerWriteError) {
        if inputs.contains(where: { AtomicFileWriter.isSameFile($0, destination) }) {
            throw LedgerWriteError(.outputIsInput, path: destination)
        }
        if !overwrite, FileManager.default.fileExists(atPath: destination) {
            throw LedgerWriteError(.outputExists, path: destination)
        }
        self.destination = destination
        self.overwrite = overwrite
        temporaryPath = AtomicFileWriter.temporaryPath(for: destination)
        AtomicFile.live.insert(temporaryPath)
    }

    deinit {
        if !finished { unlink(temporaryPath) }
        AtomicFile.live.remove(temporaryPath)
    }

    /// Removes the temporary files of every output still being written, for a process that is
    /// told to stop (Ctrl-C): nothing half-written stays behind, and no destination was touched.
    public static func removeUnfinished() {
        for path in live.paths { unlink(path) }
    }

    /// The temporary paths of the outputs not yet committed or discarded.
    private static let live = LivePaths()

    private final class LivePaths: @unchecked Sendable {
        private let lock = NSLock()
        private var set: Set<String> = []

        func insert(_ path: String) { lock.withLock { _ = set.insert(path) } }
        func remove(_ path: String) { lock.withLock { _ = set.remove(path) } }
        var paths: [String] { lock.withLock { Array(set) } }
    }

    /// Flushes the temporary file to disk and gives it the destination's name; an existing file is
    /// replaced only with `overwrite`, and keeps its permissions.
    ///
    /// - Throws: ``LedgerWriteError``; the temporary file is removed and the destination is as it was.
    public func commit() throws(LedgerWriteError) {
        guard !finished else { return }
        finished = true
        let path = destination
        let temporary = temporaryPath
        do throws(LedgerWriteError) {
            try AtomicFileWriter.flush(temporary, reportingAs: path)
        } catch {
            unlink(temporary)
            throw error
        }
        if overwrite {
            var existing = stat()
            if stat(path, &existing) == 0 { chmod(temporary, existing.st_mode & 0o7777) }
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw AtomicFileWriter.failure(path, code)
            }
        } else {
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else {
                let code = errno
                if code == EEXIST { throw LedgerWriteError(.outputExists, path: path) }
                throw AtomicFileWriter.failure(path, code)
            }
        }
    }

    /// Removes the temporary file; the destination is as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        unlink(temporaryPath)
    }
}
