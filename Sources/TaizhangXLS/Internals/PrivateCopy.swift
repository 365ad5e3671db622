// SPDX-License-Identifier: Apache-2.0
// The bytes of an .xls, copied once into a file only this process can reach, so the checks that
// guard FreeXL and FreeXL itself read the same bytes.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TaizhangModel

/// A copy of a file in the temporary folder, unlinked as soon as it is made and closed when released.
///
/// The structure checks read the file, then FreeXL opens it again by path. Were both given the
/// user's path, a file changed in between (saved over by Excel, replaced by another program)
/// would reach FreeXL unchecked; both read this copy instead.
final class PrivateCopy {
    /// A path that opens the copy (`/proc/self/fd/N`), valid while this value lives.
    let path: String
    private let descriptor: Int32

    /// Copies the file at `source`, refusing it past `limit` bytes.
    ///
    /// - Throws: ``LedgerReadError``: `file-not-found`, `file-unreadable`, `limit-exceeded`, or
    ///   `temporary-copy-failed` when the temporary folder cannot take the copy.
    init(of source: String, file: String, limit: Int) throws(LedgerReadError) {
        let location = SourceLocation(file: file)
        func reason(_ code: Int32) -> [String: String] { ["reason": SystemReason.of(code)] }
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            let code = errno
            if code == ENOENT { throw LedgerReadError(.fileNotFound, at: location) }
            throw LedgerReadError(.fileUnreadable, at: location, arguments: reason(code))
        }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": "not-a-regular-file"])
        }
        let tooLarge = LedgerReadError(
            .limitExceeded, at: location, arguments: ["quantity": "file-bytes", "limit": String(limit), "part": "/"])
        guard Int(status.st_size) <= limit else { throw tooLarge }

        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        func copyFailed(_ code: Int32) -> LedgerReadError {
            LedgerReadError(
                .temporaryCopyFailed, at: location,
                arguments: ["folder": folder, "reason": SystemReason.of(code)])
        }
        var template = Array((folder + (folder.hasSuffix("/") ? "" : "/") + "taizhang-xls-XXXXXX").utf8CString)
        let output = mkstemp(&template)
        guard output >= 0 else { throw copyFailed(errno) }
        unlink(template)
        var copied = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        do throws(LedgerReadError) {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw LedgerReadError(.fileUnreadable, at: location, arguments: reason(errno))
                }
                copied += count
                // The file grew after it was measured.
                guard copied <= limit else { throw tooLarge }
                var written = 0
                while written < count {
                    let step = buffer.withUnsafeBytes {
                        write(output, $0.baseAddress?.advanced(by: written), count - written)
                    }
                    if step < 0 {
                        if errno == EINTR { continue }
                        throw copyFailed(errno)
                    }
                    written += step
                }
            }
        } catch {
            close(output)
            throw error
        }
        descriptor = output
        #if os(Linux)
            path = "/proc/self/fd/\(output)"
        #else
            path = "/dev/fd/\(output)"
        #endif
    }

    deinit { close(descriptor) }
}
