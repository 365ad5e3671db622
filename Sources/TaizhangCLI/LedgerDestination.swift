// SPDX-License-Identifier: Apache-2.0
// Where a command's written ledger goes: a file named with -o, or standard output with -o -, in the
// format --format names or the file's extension says. One set of rules for every command.

import ArgumentParser
import Foundation
import Taizhang

#if canImport(Glibc)
    import Glibc
#endif

/// The output of a command that writes a ledger (or a bulletin): `-o FILE` or `-o -`, and `--format`.
///
/// Text formats go to standard output as they are written; a workbook is written to a temporary file
/// and its bytes copied there, but only into a pipe or a file: on a terminal it is refused.
struct LedgerDestination {
    /// The path given with `-o`; `-` is standard output.
    let output: String

    /// Whether the output is standard output.
    var isStandardOutput: Bool { output == "-" }

    /// The ledger format written: `--format`, else the output's extension, else JSON (standard output).
    func format(_ chosen: LedgerFormat?) -> LedgerFormat? {
        chosen ?? LedgerFormat.from(path: output) ?? (isStandardOutput ? .json : nil)
    }

    /// Refuses an output whose format cannot be told or written, and a workbook for a terminal.
    func check(format chosen: LedgerFormat?, _ catalog: MessageCatalog) throws {
        guard let format = format(chosen) else {
            throw ValidationError(catalog.argumentMessage(.unknownOutputFormat, ["output": output]))
        }
        if !format.isWritable {
            throw ValidationError(catalog.argumentMessage(.readOnlyFormat, ["format": format.rawValue]))
        }
        if format == .xlsx { try checkWorkbook(catalog) }
    }

    /// Refuses a workbook for standard output when that is a terminal (its bytes would garble the
    /// screen); into a pipe or a file it goes as bytes.
    func checkWorkbook(_ catalog: MessageCatalog) throws {
        if isStandardOutput, isatty(1) == 1 {
            throw ValidationError(catalog.argumentMessage(.workbookToStandardOutput))
        }
    }

    /// What messages call the output: its path, or "standard output".
    func name(_ catalog: MessageCatalog) -> String {
        isStandardOutput ? catalog.commandMessage(.standardOutput) : output
    }

    /// Runs `write` with the path a workbook is written to: `output` itself, or for standard output
    /// a temporary file whose bytes are then copied there and which is removed.
    func writingWorkbook<T>(_ write: (String) throws -> T) throws -> T {
        guard isStandardOutput else { return try write(output) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appendingPathComponent("standard-output.xlsx").path
        let result = try write(temporary)
        // Nothing is written for an input without a ledger: nothing to copy either.
        if FileManager.default.fileExists(atPath: temporary) { try copyToStandardOutput(temporary) }
        return result
    }

    private func copyToStandardOutput(_ path: String) throws {
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw LedgerWriteError(.writeFailed, path: "-", arguments: ["reason": path])
        }
        defer { try? input.close() }
        let standardOutput = FileOutput.standardOutput()
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try standardOutput.write(chunk)
        }
        try standardOutput.flush()
    }
}
