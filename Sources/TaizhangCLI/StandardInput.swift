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
        isStandardInput(argument) ? try spooled.get().path : argument
    }

    /// The copy of standard input, made on first use (one per run: standard input is read once).
    private static let spooled: Result<UnlinkedCopy, LedgerReadError> = Result { () throws(LedgerReadError) in
        do throws(UnlinkedCopy.Failure) {
            return try UnlinkedCopy(of: STDIN_FILENO, prefix: "taizhang-stdin")
        } catch {
            let place = SourceLocation(file: name)
            switch error {
            case .folder(let code):
                // The temporary copy could not be made (no folder, a full disk).
                throw LedgerReadError(
                    .standardInputNotKept, at: place,
                    arguments: ["folder": UnlinkedCopy.folder, "reason": SystemReason.of(code)])
            case .input(let code):
                throw LedgerReadError(.fileUnreadable, at: place, arguments: ["reason": SystemReason.of(code)])
            case .tooLarge:
                preconditionFailure("standard input is copied without a limit")
            }
        }
    }
}
