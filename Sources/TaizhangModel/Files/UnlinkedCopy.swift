// SPDX-License-Identifier: Apache-2.0
// What a descriptor reads, copied into a temporary file that is unlinked as soon as it is made.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private copy of a stream or file: a temporary file unlinked the moment it exists, so only
/// this process can reach it (through ``path``) and nothing is left behind however the run ends.
///
/// Standard input is kept in one so that it can be sniffed and read like a file; an .xls is read
/// from one so that the checks guarding FreeXL and FreeXL itself see the same bytes.
package final class UnlinkedCopy: Sendable {
    /// Why a copy could not be made.
    package enum Failure: Error {
        /// The temporary folder refused the file or its bytes (`errno`): a full disk, say.
        case folder(Int32)
        /// Reading the input failed (`errno`).
        case input(Int32)
        /// The input held more bytes than the limit.
        case tooLarge
    }

    /// The temporary folder: `TMPDIR`, else /tmp.
    package static var folder: String {
        getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// The copy's descriptor, closed when this value is released.
    package let descriptor: Int32

    /// A path that opens the copy while this value lives (`/proc/self/fd/N`).
    package var path: String {
        #if os(Linux)
            "/proc/self/fd/\(descriptor)"
        #else
            "/dev/fd/\(descriptor)"
        #endif
    }

    /// Copies everything `input` reads, up to `limit` bytes, into a new file named after `prefix`.
    package init(of input: Int32, prefix: String, limit: Int = .max) throws(Failure) {
        let folder = UnlinkedCopy.folder
        var template = Array((folder + (folder.hasSuffix("/") ? "" : "/") + prefix + "-XXXXXX").utf8CString)
        let output = mkstemp(&template)
        guard output >= 0 else { throw .folder(errno) }
        unlink(template)
        do throws(Failure) {
            try UnlinkedCopy.copy(input, to: output, limit: limit)
        } catch {
            close(output)
            throw error
        }
        descriptor = output
    }

    deinit { close(descriptor) }

    private static func copy(_ input: Int32, to output: Int32, limit: Int) throws(Failure) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var copied = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw .input(errno)
            }
            copied += count
            guard copied <= limit else { throw .tooLarge }
            var written = 0
            while written < count {
                let step = buffer.withUnsafeBytes {
                    write(output, $0.baseAddress?.advanced(by: written), count - written)
                }
                if step < 0 {
                    if errno == EINTR { continue }
                    throw .folder(errno)
                }
                written += step
            }
        }
    }
}
