// SPDX-License-Identifier: Apache-2.0
// The bytes of an .xls, copied once into a file only this process can reach, so the checks that
// guard FreeXL and FreeXL itself read the same bytes.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TaizhangModel

/// The copy an .xls is read from.
///
/// The structure checks read the file, then FreeXL opens it again by path. Were both given the
/// user's path, a file changed in between (saved over by Excel, replaced by another program)
/// would reach FreeXL unchecked; both read this copy instead.
enum PrivateCopy {
    /// Copies the file at `source`, refusing it past `limit` bytes.
    ///
    /// - Throws: ``LedgerReadError``: `file-not-found`, `file-unreadable`, `limit-exceeded`, or
    ///   `temporary-copy-failed` when the temporary folder cannot take the copy.
    static func make(of source: String, file: String, limit: Int) throws(LedgerReadError) -> UnlinkedCopy {
        let location = SourceLocation(file: file)
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            let code = errno
            if code == ENOENT { throw LedgerReadError(.fileNotFound, at: location) }
            throw LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": SystemReason.of(code)])
        }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": "not-a-regular-file"])
        }
        let tooLarge = LedgerReadError(
            .limitExceeded, at: location, arguments: ["quantity": "file-bytes", "limit": String(limit), "part": "/"])
        guard Int(status.st_size) <= limit else { throw tooLarge }
        do throws(UnlinkedCopy.Failure) {
            return try UnlinkedCopy(of: input, prefix: "taizhang-xls", limit: limit)
        } catch {
            switch error {
            case .folder(let code):
                throw LedgerReadError(
                    .temporaryCopyFailed, at: location,
                    arguments: ["folder": UnlinkedCopy.folder, "reason": SystemReason.of(code)])
            case .input(let code):
                throw LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": SystemReason.of(code)])
            case .tooLarge:
                // The file grew after it was measured.
                throw tooLarge
            }
        }
    }
}
