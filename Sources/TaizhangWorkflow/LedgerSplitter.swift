// SPDX-License-Identifier: Apache-2.0
// `taizhang split`: one workbook per department with the tasks it leads or cooperates on, and a list of them.

import Foundation
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangXLSXWriter

/// Splits a ledger into one workbook per department (分解下发, LEDGER-SPEC §9).
///
/// ```swift
/// let master = try LedgerFile("台账.xlsx").read().ledger
/// let outcome = try LedgerSplitter.split(master, into: "下发", options: SplitOptions(roster: roster))
/// print(outcome.files)   // ["下发/市卫生健康局.xlsx", …]
/// ```
///
/// The master is never modified: tasks without an identifier get one derived from their place and
/// text (``TaskIdentity``), and the same master always gives the same identifiers.
public enum LedgerSplitter {
    /// The distribution list's file name.
    public static let manifestName = "分发清单.xlsx"
    /// The title of the column that says whether the department leads (牵头) or cooperates (配合).
    public static let roleTitle = "本单位角色"
    /// The role of a department that leads a task.
    public static let leadRole = "牵头"
    /// The role of a department that cooperates on a task.
    public static let cooperatingRole = "配合"

    /// Writes `DIR/<department>.xlsx` for every department and `DIR/分发清单.xlsx`.
    ///
    /// - Parameters:
    ///   - ledger: the master.
    ///   - directory: the folder, created when missing.
    ///   - options: roster, overwrite, schema.
    ///   - progress: called after each workbook with (done, total).
    /// - Throws: ``LedgerWriteError``: `output-exists` (before anything is written) when a file is
    ///   there and `overwrite` is off, or a writer failure.
    public static func split(
        _ ledger: Ledger, into directory: String, options: SplitOptions = SplitOptions(),
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(LedgerWriteError) -> SplitOutcome {
        let (identified, derived) = TaskIdentity.assign(to: ledger)
        let shares = DepartmentShare.shares(of: identified, names: DepartmentNames(roster: options.roster))
        let names = SafeFileName.unique(shares.map(\.department), extension: "xlsx", taken: [manifestName])
        let files = names.map { (directory as NSString).appendingPathComponent($0) }
        let manifest = (directory as NSString).appendingPathComponent(manifestName)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw LedgerWriteError(
                .writeFailed, path: directory, arguments: ["reason": (error as NSError).localizedDescription])
        }
        if !options.overwrite, let existing = (files + [manifest]).first(where: FileManager.default.fileExists) {
            throw LedgerWriteError(.outputExists, path: existing)
        }
        let columns = columns(for: ledger, schema: options.schema)
        let writeOptions = XLSXWriteOptions(
            schema: options.schema, memoryMode: .inMemory, author: ledger.issuer, company: ledger.issuer,
            created: options.created
        )
        var findings: [Finding] = []
        for (index, share) in shares.enumerated() {
            let part = departmentLedger(identified, share: share)
            try AtomicFileWriter.write(to: files[index], overwrite: options.overwrite) {
                temporary throws(LedgerWriteError) in
                findings += try DistributionWorkbookWriter.write(
                    part, department: share.department, columns: columns, to: temporary, reportedAs: files[index],
                    options: writeOptions)
            }
            progress(index + 1, shares.count)
        }
        var rows: [[String]] = []
        for (index, share) in shares.enumerated() {
            rows.append([
                String(index + 1), share.department, String(share.led.count), String(share.cooperated.count),
                String(share.taskCount), names[index],
            ])
        }
        let table = TableSheet(
            name: "分发清单", title: "\(ledger.title ?? "重点任务台账")分发清单（\(shares.count) 个单位）",
            columns: [("序号", 6), ("单位", 30), ("牵头任务", 10), ("配合任务", 10), ("合计", 8), ("文件", 40)], rows: rows)
        try AtomicFileWriter.write(to: manifest, overwrite: options.overwrite) { temporary throws(LedgerWriteError) in
            try TableWorkbookWriter.write(
                [table], properties: DocumentProperties(title: table.title, subject: "分发清单", author: ledger.issuer),
                to: temporary, reportedAs: manifest, options: writeOptions)
        }
        findings.sort { ($0.location.file, $0.location.row ?? 0) < ($1.location.file, $1.location.row ?? 0) }
        return SplitOutcome(
            shares: shares, files: files, manifest: manifest, derivedIdentifiers: derived, findings: findings)
    }

    /// The columns of a department's workbook: the master's (序号, 重点任务, 责任单位, 配合单位, 完成时限
    /// and its extra columns), then 本单位角色, then 进展情况, 完成情况 and 备注 as the schema prints them.
    public static func columns(for ledger: Ledger, schema: LedgerSchema) -> [GridColumn] {
        func column(_ field: LedgerField) -> GridColumn {
            schema.column(for: field).map(GridColumn.init)
                ?? GridColumn(field: field, title: field.standardTitle, width: schema.extraColumnWidth)
        }
        var columns = [LedgerField.sequence, .task, .lead, .cooperating, .deadline].map(column)
        columns += ledger.extraColumns.map { GridColumn(field: nil, title: $0, width: schema.extraColumnWidth) }
        var role = GridColumn(field: nil, title: roleTitle, width: 8, alignment: .center)
        role.help = "本单位在该项任务中是牵头单位还是配合单位。"
        columns.append(role)
        columns += [LedgerField.progress, .status, .remarks].map(column)
        return columns
    }

    /// A department's part of an identified ledger: its tasks under their section rows, each with
    /// its role, progress columns empty, the title followed by "（department）".
    public static func departmentLedger(_ ledger: Ledger, share: DepartmentShare) -> Ledger {
        let led = Set(share.led)
        let cooperated = Set(share.cooperated)
        var part = ledger
        part.title = (ledger.title ?? "重点任务台账") + "（\(share.department)）"
        part.body =
            ledger.body.keepingTasks { task in
                guard let id = task.id, led.contains(id) || cooperated.contains(id) else { return false }
                task.extra[roleTitle] = led.contains(id) ? leadRole : cooperatingRole
                task.progress = nil
                task.status = nil
                task.remarks = nil
                return true
            } ?? LedgerSection()
        return part
    }
}

extension LedgerSection {
    /// The section with only the tasks `keep` accepts (after it has changed them), and only the
    /// subsections that still hold a task; `nil` when nothing is left.
    func keepingTasks(_ keep: (inout LedgerTask) -> Bool) -> LedgerSection? {
        var copy = LedgerSection(heading: heading)
        for var task in tasks where keep(&task) { copy.tasks.append(task) }
        copy.subsections = subsections.compactMap { $0.keepingTasks(keep) }
        if heading != nil, copy.tasks.isEmpty, copy.subsections.isEmpty { return nil }
        return copy
    }
}
