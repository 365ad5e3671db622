// SPDX-License-Identifier: Apache-2.0
// Writing a supervision bulletin (督查通报) to a file: .xlsx, .html or .json, atomically.

import TaizhangModel
import TaizhangProgress
import TaizhangXLSXWriter

/// The formats a bulletin is written in.
public enum BulletinFormat: String, Sendable, CaseIterable {
    /// A print-ready workbook: 通报, 统计 (with a chart) and 明细.
    case xlsx
    /// One self-contained web page, printable on A4.
    case html
    /// LEDGER-SPEC §10's JSON.
    case json

    /// The format a path's extension names (.xlsx, .html/.htm, .json), or `nil`.
    public static func from(path: String) -> BulletinFormat? {
        switch LedgerFormat.fileExtension(of: path).lowercased() {
        case ".xlsx": .xlsx
        case ".html", ".htm": .html
        case ".json": .json
        default: nil
        }
    }
}

/// Writes a ``ProgressReport`` to a file, never over an input and, without `overwrite`, never
/// over an existing file; a reader never sees half a file (``AtomicFileWriter``).
public enum BulletinFileWriter {
    /// Writes the bulletin.
    ///
    /// - Parameters:
    ///   - report: the figures.
    ///   - path: the output; `format` (by default from its extension) says what it is. `-` is
    ///     standard output, for a web page or JSON (the default there).
    ///   - overwrite: whether an existing file may be replaced (`--force`).
    ///   - inputs: files the output must never be.
    ///   - xlsx: fonts and document properties of a workbook.
    ///   - followsToday: whether a workbook's 明细 judges standings on the day it is opened.
    /// - Throws: ``LedgerWriteError``; nothing at the destination changes then. A path whose
    ///   extension names no bulletin format is `value-out-of-range`.
    public static func write(
        _ report: ProgressReport, to path: String, format: BulletinFormat? = nil, overwrite: Bool = false,
        inputs: [String] = [], xlsx: XLSXWriteOptions = XLSXWriteOptions(), followsToday: Bool = false
    ) throws(LedgerWriteError) {
        guard let format = format ?? BulletinFormat.from(path: path) ?? (path == "-" ? .json : nil) else {
            throw LedgerWriteError(
                .valueOutOfRange, path: path,
                arguments: [
                    "quantity": "output-format", "value": LedgerFormat.fileExtension(of: path),
                    "allowed": ".xlsx, .html, .json",
                ])
        }
        if path == "-" {
            try writeToStandardOutput(report, format: format)
            return
        }
        switch format {
        case .xlsx:
            try AtomicFileWriter.write(to: path, overwrite: overwrite, protecting: inputs) {
                temporary throws(LedgerWriteError) in
                try BulletinWorkbookWriter.write(
                    report, to: temporary, reportedAs: path, options: xlsx, followsToday: followsToday)
            }
        case .html:
            try AtomicFileWriter.write(
                Array(BulletinHTMLRenderer.render(report).utf8), to: path, overwrite: overwrite, protecting: inputs)
        case .json:
            try AtomicFileWriter.write(Array(report.jsonText.utf8), to: path, overwrite: overwrite, protecting: inputs)
        }
    }

    /// The web page or JSON of a bulletin on standard output (`-`); a workbook needs a file.
    private static func writeToStandardOutput(_ report: ProgressReport, format: BulletinFormat) throws(LedgerWriteError)
    {
        let text: String
        switch format {
        case .xlsx:
            throw LedgerWriteError(.writeFailed, path: "-", arguments: ["reason": "workbook-to-standard-output"])
        case .html: text = BulletinHTMLRenderer.render(report)
        case .json: text = report.jsonText
        }
        let output = FileOutput.standardOutput()
        try output.write(Array(text.utf8))
        try output.flush()
    }
}
