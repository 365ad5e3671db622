// SPDX-License-Identifier: Apache-2.0
// Writing a ledger to a file in any output format, atomically.

import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangTemplates
import TaizhangXLSXWriter

/// Choices for writing a ledger.
public struct LedgerWriteOptions: Sendable {
    /// The character set of CSV and TSV outputs.
    public var csvEncoding: CSVOutputEncoding
    /// Whether an existing output may be replaced.
    public var overwrite: Bool
    /// Files the output must never be (the inputs).
    public var inputs: [String]
    /// The workbook settings of XLSX outputs; its schema also names the columns of CSV outputs.
    public var xlsx: XLSXWriteOptions

    /// Creates options.
    public init(
        csvEncoding: CSVOutputEncoding = .utf8BOM, overwrite: Bool = false, inputs: [String] = [],
        xlsx: XLSXWriteOptions = XLSXWriteOptions()
    ) {
        self.csvEncoding = csvEncoding
        self.overwrite = overwrite
        self.inputs = inputs
        self.xlsx = xlsx
    }
}

/// Writes ledgers in the formats of ``LedgerFormat``.
public enum LedgerFileWriter {
    /// The bytes of a ledger as CSV, TSV or interchange JSON.
    ///
    /// Workbooks are written to files only (``write(_:to:format:options:)``).
    public static func textBytes(
        for ledger: Ledger, format: TextFormat, csvEncoding: CSVOutputEncoding = .utf8BOM,
        schema: LedgerSchema = .standard
    ) -> [UInt8] {
        switch format {
        case .csv:
            CSVWriter(encoding: csvEncoding, schema: schema).bytes(for: ledger)
        case .tsv:
            CSVWriter(encoding: csvEncoding, delimiter: "\t", schema: schema).bytes(for: ledger)
        case .json:
            Array(ledger.interchangeJSON.utf8)
        }
    }

    /// The formats that are written as text.
    public enum TextFormat: Sendable {
        /// Comma-separated values.
        case csv
        /// Tab-separated values.
        case tsv
        /// Interchange JSON (LEDGER-SPEC §7).
        case json
    }

    /// Writes a ledger to a file atomically.
    ///
    /// - Returns: warnings about the output (for a workbook, control characters removed).
    /// - Throws: ``LedgerWriteError`` when the file exists (without overwrite), is an input, or
    ///   cannot be written; nothing at the destination changes then.
    @discardableResult
    public static func write(
        _ ledger: Ledger, to path: String, format: LedgerFormat, options: LedgerWriteOptions = LedgerWriteOptions()
    ) throws(LedgerWriteError) -> [Finding] {
        let textFormat: TextFormat
        switch format {
        case .xlsx:
            var findings: [Finding] = []
            try AtomicFileWriter.write(to: path, overwrite: options.overwrite, protecting: options.inputs) {
                temporary throws(LedgerWriteError) in
                findings = try LedgerWorkbookWriter.write(ledger, to: temporary, reportedAs: path, options: options.xlsx)
            }
            return findings
        case .csv: textFormat = .csv
        case .tsv: textFormat = .tsv
        case .json: textFormat = .json
        case .xls, .html:
            throw LedgerWriteError(.writeFailed, path: path, arguments: ["reason": "只能读取、不能写出 \(format.rawValue) / \(format.rawValue) is read only"])
        }
        let content = textBytes(for: ledger, format: textFormat, csvEncoding: options.csvEncoding, schema: options.xlsx.schema)
        try AtomicFileWriter.write(content, to: path, overwrite: options.overwrite, protecting: options.inputs)
        return []
    }
}

extension LedgerFileWriter {
    /// Writes a blank template atomically.
    ///
    /// - Throws: ``LedgerWriteError`` when the file exists (without `overwrite`) or cannot be
    ///   written; nothing at the destination changes then.
    public static func writeTemplate(
        to path: String, options: TemplateOptions, overwrite: Bool = false
    ) throws(LedgerWriteError) {
        try AtomicFileWriter.write(to: path, overwrite: overwrite) { temporary throws(LedgerWriteError) in
            try TemplateWriter.write(to: temporary, reportedAs: path, options: options)
        }
    }
}
