// SPDX-License-Identifier: Apache-2.0
// `--annotate DIR`: each validated file written back as .xlsx with its problems marked, and a summary workbook.

import Foundation
import TaizhangModel
import TaizhangValidation
import TaizhangXLSXWriter

/// Writes the annotated copies of a validation run into a folder.
public enum AnnotatedCopies {
    /// The summary workbook's file name.
    public static let summaryName = "校验汇总.xlsx"

    /// Writes `<name>.xlsx` for every file that could be read as a ledger (a name seen twice gets
    /// `-2`, `-3`), and the summary workbook, which lists every file; the inputs are never touched.
    /// Each file is read again, one at a time, so a run never holds more than one ledger.
    ///
    /// - Returns: how many annotated copies were written.
    /// - Throws: ``LedgerWriteError`` when the folder cannot be made or a file exists (without
    ///   `overwrite`).
    @discardableResult
    public static func write(
        _ results: [FileReport], to folder: String, options: XLSXWriteOptions, readOptions: LedgerReadOptions,
        overwrite: Bool, catalog: MessageCatalog
    ) throws(LedgerWriteError) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LedgerWriteError(.writeFailed, path: folder, arguments: ["reason": (error as NSError).localizedDescription])
        }
        let inputs = results.map(\.file)
        var used: Set<String> = [summaryName]
        var written = 0
        for report in results {
            guard let read = try? LedgerFile(report.file, options: readOptions).read(), let columns = read.columns else {
                continue
            }
            let path = (folder as NSString).appendingPathComponent(uniqueName(for: report.file, used: &used))
            try AtomicFileWriter.write(to: path, overwrite: overwrite, protecting: inputs) { temporary throws(LedgerWriteError) in
                try AnnotatedLedgerWriter.write(
                    read.ledger, findings: report.findings, inputColumns: columns, to: temporary,
                    reportedAs: path, options: options, catalog: catalog)
            }
            written += 1
        }
        let lines = results.map { report in
            let worst = report.worst.map { "\(catalog.message(for: $0)) [\($0.code)]" } ?? ""
            return ValidationSummaryWriter.Line(
                file: report.file, errors: report.count(.error), warnings: report.count(.warning),
                infos: report.count(.info), worst: worst)
        }
        let summary = (folder as NSString).appendingPathComponent(summaryName)
        try AtomicFileWriter.write(to: summary, overwrite: overwrite, protecting: inputs) { temporary throws(LedgerWriteError) in
            try ValidationSummaryWriter.write(lines, to: temporary, reportedAs: summary, options: options)
        }
        return written
    }

    private static func uniqueName(for file: String, used: inout Set<String>) -> String {
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = base + ".xlsx"
        var counter = 2
        while used.contains(name) {
            name = "\(base)-\(counter).xlsx"
            counter += 1
        }
        used.insert(name)
        return name
    }
}
