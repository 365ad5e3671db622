// SPDX-License-Identifier: Apache-2.0
// `taizhang merge`: the departments' returned sheets merged back into the master (汇总, LEDGER-SPEC §9).

import Foundation
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangXLSXWriter

/// Merges returned sheets into their master.
///
/// ```swift
/// let master = try LedgerFile("台账.xlsx").read().ledger
/// let files = try LedgerMerger.files(in: ["returns/"], excluding: ["台账.xlsx"])
/// let result = LedgerMerger.merge(master: master, masterFile: "台账.xlsx", returns: files)
/// try LedgerMerger.write(result, to: "汇总.xlsx")
/// print(result.report.json(MessageCatalog()))
/// ```
///
/// Each row is matched to its task (``TaskMatcher``); a task's 进展情况 holds every reporting
/// department's text (each prefixed "【department】" when more than one reported), its 完成情况 the
/// lead's, its 备注 the remarks joined the same way (with any other department's differing 完成情况).
/// Locked fields (重点任务, departments, 完成时限) keep the master's text; a change is reported.
/// Nothing is dropped: unmatched rows and second returns of a department go to the 未匹配 sheet. A
/// return that cannot be read is a finding, and the merge goes on. The same inputs give the same
/// ledger and report.
public enum LedgerMerger {
    /// The name of the sheet of rows that matched no task.
    public static let unmatchedSheetName = "未匹配"

    /// The returns `paths` name: files as given, folders searched recursively (as `validate` does),
    /// without the distribution list and without the files in `excluding` (the master, the output).
    ///
    /// - Throws: ``LedgerReadError`` `file-not-found` for a path that does not exist.
    public static func files(in paths: [String], excluding: [String]) throws(LedgerReadError) -> [String] {
        let excluded = Set(excluding.compactMap(fileIdentity))
        return try BatchValidator.files(in: paths).filter { path in
            (path as NSString).lastPathComponent != LedgerSplitter.manifestName
                && !(fileIdentity(path).map(excluded.contains) ?? false)
        }
    }

    /// Merges the returns into the master.
    ///
    /// - Parameters:
    ///   - master: the ledger as sent out.
    ///   - masterFile: its name, for the report.
    ///   - returns: the returned files, in the order to read them (a department's first return counts).
    ///   - names: what the report calls each return, when not its path (`taizhang serve` names an
    ///     upload by the client's file name); as many as `returns`.
    ///   - options: roster and schema.
    ///   - progress: called after each return with (done, total).
    public static func merge(
        master: Ledger, masterFile: String, returns files: [String], names: [String]? = nil,
        options: MergeOptions = MergeOptions(), progress: (Int, Int) -> Void = { _, _ in }
    ) -> MergeResult {
        precondition(names == nil || names?.count == files.count, "one name per return")
        var state = MergeState(master: master, masterFile: masterFile, options: options)
        for (index, file) in files.enumerated() {
            state.add(file, as: names?[index] ?? file)
            progress(index + 1, files.count)
        }
        return state.finish()
    }

    /// Writes the merged workbook: the master as LEDGER-SPEC §6 prints it, with 进展情况, 完成情况 and
    /// 备注, task identifiers in a hidden column, and a 未匹配 sheet when rows matched nothing.
    ///
    /// - Parameters:
    ///   - inputs: files the output must not be (the master and the returns).
    /// - Returns: warnings about the output (control characters removed).
    /// - Throws: ``LedgerWriteError``: `output-exists` without `overwrite`, `output-is-input`, or a writer failure.
    @discardableResult
    public static func write(
        _ result: MergeResult, to path: String, overwrite: Bool = false, protecting inputs: [String] = [],
        options: MergeOptions = MergeOptions(), created: Int? = nil
    ) throws(LedgerWriteError) -> [Finding] {
        let writeOptions = XLSXWriteOptions(schema: options.schema, created: created, writesTaskIdentifiers: true)
        var appendix: [TableSheet] = []
        if !result.unmatched.isEmpty {
            let rows = result.unmatched.map { row in
                [
                    row.department, row.file, row.row.map(String.init) ?? "", row.sequence, row.text,
                    row.progress ?? "",
                    row.status ?? "", row.remarks ?? "", row.reason == .duplicateReturn ? "重复报送，未合并" : "对不上台账中的任务",
                ]
            }
            appendix.append(
                TableSheet(
                    name: unmatchedSheetName, title: "未匹配的报送行（\(rows.count) 行）",
                    columns: [
                        ("报送单位", 16), ("文件", 24), ("行", 6), ("序号", 6), ("重点任务", 40), ("进展情况", 40),
                        ("完成情况", 10), ("备注", 16), ("原因", 14),
                    ],
                    rows: rows))
        }
        var findings: [Finding] = []
        try AtomicFileWriter.write(to: path, overwrite: overwrite, protecting: inputs) {
            temporary throws(LedgerWriteError) in
            findings = try LedgerWorkbookWriter.write(
                result.ledger, to: temporary, reportedAs: path, options: writeOptions, appendix: appendix)
        }
        return findings
    }

    /// A file's device and inode, to tell one file under two names.
    private static func fileIdentity(_ path: String) -> [Int]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let device = (attributes[.systemNumber] as? NSNumber)?.intValue,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue
        else { return nil }
        return [device, inode]
    }
}
