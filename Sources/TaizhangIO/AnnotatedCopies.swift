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
    /// A copy that cannot be written (a cell over Excel's limit, an existing file without
    /// `overwrite`) is reported in the result and in the summary, and the others are still written.
    ///
    /// - Parameter sources: where each report's file is read from, when not at its name (the
    ///   uploads of `taizhang serve`, kept under names of the server's choosing); as many as `results`.
    /// - Returns: how many annotated copies were written, and why the others were not.
    /// - Throws: ``LedgerWriteError`` when the folder or the summary cannot be written.
    @discardableResult
    public static func write(
        _ results: [FileReport], sources: [String]? = nil, to folder: String, options: XLSXWriteOptions,
        readOptions: LedgerReadOptions, overwrite: Bool, catalog: MessageCatalog
    ) throws(LedgerWriteError) -> (written: Int, failures: [LedgerWriteError]) {
        precondition(sources == nil || sources?.count == results.count, "one source per report")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LedgerWriteError(
                .writeFailed, path: folder, arguments: ["reason": (error as NSError).localizedDescription])
        }
        let inputs = sources ?? results.map(\.file)
        var used: Set<String> = [summaryName]
        var written = 0
        var failures: [LedgerWriteError] = []
        var copies: [String] = []
        for (report, source) in zip(results, inputs) {
            let file = LedgerFile(source, name: report.file, options: readOptions)
            guard let read = try? file.read(), let columns = read.columns else {
                copies.append("")
                continue
            }
            let name = uniqueName(for: report.file, used: &used)
            let path = (folder as NSString).appendingPathComponent(name)
            do throws(LedgerWriteError) {
                try AtomicFileWriter.write(to: path, overwrite: overwrite, protecting: inputs) {
                    temporary throws(LedgerWriteError) in
                    try AnnotatedLedgerWriter.write(
                        read.ledger, findings: report.findings, inputColumns: columns, to: temporary,
                        reportedAs: path, options: options, catalog: catalog)
                }
                written += 1
                copies.append(name)
            } catch {
                failures.append(error)
                copies.append(catalog.render(error))
            }
        }
        let lines = zip(results, copies).map { report, copy in
            let worst = report.worst.map { "\(catalog.message(for: $0)) [\($0.code)]" } ?? ""
            return ValidationSummaryWriter.Line(
                file: report.file, errors: report.count(.error), warnings: report.count(.warning),
                infos: report.count(.info), worst: worst, copy: copy)
        }
        let summary = (folder as NSString).appendingPathComponent(summaryName)
        try AtomicFileWriter.write(to: summary, overwrite: overwrite, protecting: inputs) {
            temporary throws(LedgerWriteError) in
            try ValidationSummaryWriter.write(lines, to: temporary, reportedAs: summary, options: options)
        }
        return (written, failures)
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
