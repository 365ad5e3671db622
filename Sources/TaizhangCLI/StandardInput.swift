// SPDX-License-Identifier: Apache-2.0
// "-" as an input: standard input, kept in an unlinked temporary file so it is sniffed and read like any file.

import Foundation
import Taizhang

/// Standard input as a ledger file.
///
/// A reader looks at a file's first bytes to tell its format, and reads a workbook's parts in any
/// order, which a pipe cannot give. So "-" (or /dev/stdin) is copied once into a temporary file
/// that is unlinked as soon as it is open: it is readable by this process alone through
/// `/proc/self/fd`, and nothing is left behind however the command ends, Ctrl-C included.
/// Reports name it "-".
enum StandardInput {
    /// What reports call standard input.
    static let name = "-"

    /// Whether an input argument means standard input.
    static func isStandardInput(_ argument: String) -> Bool {
        argument == "-" || argument == "/dev/stdin"
    }

    /// The path to read an input argument from: the argument itself, or standard input's copy.
    static func path(for argument: String) throws(LedgerReadError) -> String {
        isStandardInput(argument) ? try spooled.get() : argument
    }

    /// The copy of standard input, made on first use (one per run: standard input is read once).
    private static let spooled: Result<String, LedgerReadError> = Result { () throws(LedgerReadError) in try spool() }

    private static func spool() throws(LedgerReadError) -> String {
        /// The temporary copy could not be made (no folder, a full disk).
        func failure(_ reason: String) -> LedgerReadError {
            LedgerReadError(
                .standardInputNotKept, at: SourceLocation(file: name),
                arguments: ["folder": NSTemporaryDirectory(), "reason": reason])
        }
        var template = Array((NSTemporaryDirectory() + "/taizhang-stdin-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw failure(SystemReason.of(errno)) }
        unlink(template)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw LedgerReadError(
                    .fileUnreadable, at: SourceLocation(file: name),
                    arguments: ["reason": SystemReason.of(errno)])
            }
            var written = 0
            while written < count {
                let step = buffer.withUnsafeBytes {
                    write(descriptor, $0.baseAddress?.advanced(by: written), count - written)
                }
                if step < 0 {
                    if errno == EINTR { continue }
                    throw failure(SystemReason.of(errno))
                }
                written += step
            }
        }
        return "/proc/self/fd/\(descriptor)"
    }
}
