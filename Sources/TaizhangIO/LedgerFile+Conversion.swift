// SPDX-License-Identifier: Apache-2.0
// Converting a ledger file to any output format in one streaming pass, written atomically.

import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangXLSXWriter

/// Choices for writing a ledger.
public struct LedgerWriteOptions: Sendable {
    /// The character set of CSV and TSV outputs.
    public var csvEncoding: CSVOutputEncoding
    /// Whether an existing output may be replaced.
    public var overwrite: Bool
    /// Files the output must never be (besides the input itself).
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

/// What a conversion read and wrote.
public struct LedgerConversion: Sendable {
    /// The reader's result: heading facts, findings, counts (no tasks: they were streamed).
    public var result: LedgerReadResult
    /// The writer's warnings (control characters removed from cells).
    public var warnings: [Finding]
    /// Whether an output was written: not when the input has no ledger header.
    public var wrote: Bool
}

extension LedgerFile {
    /// Converts the ledger to `output` in one streaming pass, whatever the sizes and formats:
    /// a formatted workbook (.xlsx), CSV, TSV or interchange JSON; `-` writes text to standard output
    /// (a workbook is written to a file; the command copies one to standard output).
    ///
    /// The output appears whole or not at all (a temporary file beside it takes its name at the
    /// end); it never replaces an existing file without ``LedgerWriteOptions/overwrite``, and
    /// never the input. An input without a ledger header writes nothing.
    ///
    /// - Parameter format: the output format (default: from the output's extension, else JSON).
    /// - Throws: ``LedgerPipeline/Failure``: the input could not be read or the output not written.
    @discardableResult
    public func convert(
        to output: String, format: LedgerFormat? = nil, options: LedgerWriteOptions = LedgerWriteOptions()
    ) throws(LedgerPipeline.Failure) -> LedgerConversion {
        let destination: LedgerOutput
        do {
            destination = try LedgerOutput(
                output, format: format, options: options, inputs: [path],
                expectedRows: estimatedRows)
        } catch {
            throw .write(error)
        }
        let result = try stream(into: [destination.sink])
        do {
            let (warnings, wrote) = try destination.complete(foundHeader: result.foundHeader)
            return LedgerConversion(result: result, warnings: warnings, wrote: wrote)
        } catch {
            throw .write(error)
        }
    }

    /// Writes a ledger held in memory (extracted from a notice, built by a program) to `output`,
    /// as ``convert(to:format:options:)`` writes a file's.
    ///
    /// - Returns: the writer's warnings (control characters removed from cells).
    @discardableResult
    public static func write(
        _ ledger: Ledger, to output: String, format: LedgerFormat? = nil,
        options: LedgerWriteOptions = LedgerWriteOptions()
    ) throws(LedgerWriteError) -> [Finding] {
        let destination = try LedgerOutput(
            output, format: format, options: options, inputs: [],
            expectedRows: ledger.taskCount + ledger.allSections.count)
        try ledger.replay(into: destination.sink)
        return try destination.complete(foundHeader: true).warnings
    }
}

/// Where a ledger is written: the sink for its format, and the file it appears in at the end.
private struct LedgerOutput {
    let sink: any LedgerSink
    private let workbook: LedgerWorkbookSink?
    private let file: AtomicFile?
    private let handle: FileOutput?

    init(
        _ output: String, format: LedgerFormat?, options: LedgerWriteOptions, inputs: [String], expectedRows: Int?
    ) throws(LedgerWriteError) {
        let format = format ?? LedgerFormat.from(path: output) ?? .json
        let inputs = inputs + options.inputs
        if format == .xls || format == .html {
            throw LedgerWriteError(.writeFailed, path: output, arguments: ["reason": "read-only-format"])
        }
        if format == .xlsx, output == "-" {
            throw LedgerWriteError(.writeFailed, path: output, arguments: ["reason": "workbook-to-standard-output"])
        }
        if format == .xlsx {
            let workbook = LedgerWorkbookSink(
                path: output, options: options.xlsx, expectedRows: expectedRows,
                overwrite: options.overwrite, protecting: inputs)
            self.workbook = workbook
            sink = workbook
            file = nil
            handle = nil
            return
        }
        workbook = nil
        let handle: FileOutput
        if output == "-" {
            handle = FileOutput.standardOutput()
            file = nil
        } else {
            let file = try AtomicFile(destination: output, overwrite: options.overwrite, protecting: inputs)
            handle = try FileOutput(creating: file.temporaryPath, reportedAs: output)
            self.file = file
        }
        self.handle = handle
        switch format {
        case .json, .xlsx, .xls, .html:
            sink = InterchangeJSONSink(output: handle)
        case .csv, .tsv:
            sink = CSVWriter(
                encoding: options.csvEncoding, delimiter: format == .tsv ? "\t" : ",",
                schema: options.xlsx.schema
            ) { bytes throws(LedgerWriteError) in try handle.write(bytes) }
        }
    }

    /// Puts the output in place once the input has ended; without a header, nothing is written.
    func complete(foundHeader: Bool) throws(LedgerWriteError) -> (warnings: [Finding], wrote: Bool) {
        if let workbook { return (workbook.warnings, workbook.wrote) }
        guard foundHeader else {
            file?.discard()
            return ([], false)
        }
        try handle?.flush()
        try file?.commit()
        return ([], true)
    }
}
