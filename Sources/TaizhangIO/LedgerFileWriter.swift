// SPDX-License-Identifier: Apache-2.0
// Writing a ledger to CSV, TSV or interchange JSON.

import Foundation
import TaizhangCSV
import TaizhangModel

/// Choices for writing a ledger.
public struct LedgerWriteOptions: Sendable {
    /// The character set of CSV and TSV outputs.
    public var csvEncoding: CSVOutputEncoding
    /// Whether an existing output may be replaced.
    public var overwrite: Bool
    /// Files the output must never be (the inputs).
    public var inputs: [String]

    /// Creates options.
    public init(csvEncoding: CSVOutputEncoding = .utf8BOM, overwrite: Bool = false, inputs: [String] = []) {
        self.csvEncoding = csvEncoding
        self.overwrite = overwrite
        self.inputs = inputs
    }
}

/// Writes ledgers in the formats of ``LedgerFormat``.
public enum LedgerFileWriter {
    /// The bytes of a ledger in a format.
    ///
    /// - Throws: ``LedgerWriteError`` `unsupported-output` for a format that cannot be written yet.
    public static func bytes(
        for ledger: Ledger, format: LedgerFormat, csvEncoding: CSVOutputEncoding = .utf8BOM, path: String = "-"
    ) throws(LedgerWriteError) -> [UInt8] {
        switch format {
        case .xlsx:
            throw LedgerWriteError(.unsupportedOutput, path: path, arguments: ["format": "XLSX"])
        case .csv:
            return CSVWriter(encoding: csvEncoding).bytes(for: ledger)
        case .tsv:
            return CSVWriter(encoding: csvEncoding, delimiter: "\t").bytes(for: ledger)
        case .json:
            return Array(ledger.interchangeJSON.utf8)
        }
    }

    /// Writes a ledger to a file atomically.
    ///
    /// - Throws: ``LedgerWriteError`` when the file exists (without overwrite), is an input, or
    ///   cannot be written; nothing at the destination changes then.
    public static func write(
        _ ledger: Ledger, to path: String, format: LedgerFormat, options: LedgerWriteOptions = LedgerWriteOptions()
    ) throws(LedgerWriteError) {
        let content = try bytes(for: ledger, format: format, csvEncoding: options.csvEncoding, path: path)
        try AtomicFileWriter.write(content, to: path, overwrite: options.overwrite, protecting: options.inputs)
    }
}
