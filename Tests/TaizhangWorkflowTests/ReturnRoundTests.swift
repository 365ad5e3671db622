// SPDX-License-Identifier: Apache-2.0
// A simulated round of returns from the Tongren ledger: every clerk habit on a different department.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
import TaizhangText
import TaizhangWorkflow
import TaizhangXLSX
import TaizhangXLSXWriter

/// Splits the Tongren ledger, makes the returns clerks make, merges them, and checks where every
/// department's words landed.
///
/// Each returned progress text carries a token "进展#<task id>#<department>", so the test can tell
/// afterwards which task each text reached. The habits, one department each:
/// sorted (市卫生健康局, sections lost), CSV without identifiers (市财政局), reworded and retyped
/// without identifiers (市医疗保障局), an inserted row (市发展和改革局), renumbered without identifiers
/// (市委机构编制委员会办公室), a deleted row (市直相关医疗机构), pasted into a new workbook by openpyxl
/// (市人力资源和社会保障局, department from the file name), a locked cell edited by openpyxl
/// (市人民医院), re-saved by LibreOffice (市教育局); 市民政局 stays silent.
@Suite(.enabled(if: Python.hasOpenpyxl, "needs python3 with openpyxl"))
struct ReturnRoundTests {
    static let master = Fixtures.example("tongren-2021/ledger.csv")
    static let roster = Fixtures.example("tongren-2021/roster.txt")
    static let progressSchema = LedgerSchema.builtIn(named: "progress") ?? .standard

    /// The outcome of one simulated round, shared by the tests.
    struct Round {
        var folder: TemporaryFolder
        var master: Ledger
        var result: MergeResult
        /// Every token a department wrote on a task of the master: (task id, department).
        var tokens: [(id: String, department: String)]
        var rewordedCount: Int
        var returns: [String]
    }

    static func makeRound() throws -> Round {
        let folder = try TemporaryFolder()
        let master = try LedgerFile(master).read().ledger
        let roster = try RosterFile.load(roster)
        let split = folder.file("下发")
        _ = try LedgerSplitter.split(master, into: split, options: SplitOptions(roster: roster))
        let returns = folder.file("报送")
        try FileManager.default.createDirectory(atPath: returns, withIntermediateDirectories: true)
        var tokens: [(id: String, department: String)] = []
        var reworded = 0

        func share(_ department: String) throws -> Ledger {
            try LedgerFile("\(split)/\(department).xlsx").read().ledger
        }
        /// Fills progress on every task (but the `skipping` ones) and records the tokens.
        func filled(_ ledger: Ledger, _ department: String, status: String, skipping: Set<String> = []) -> Ledger {
            var copy = ledger
            copy.body = copy.body.mapTasks { task in
                guard let id = task.id, !skipping.contains(id) else { return }
                task.progress = "进展#\(id)#\(department)：已召开专题会议，正在推进。"
                task.status = status
                tokens.append((id, department))
            }
            return copy
        }
        func write(_ ledger: Ledger, to name: String, identifiers: Bool) throws {
            let options = XLSXWriteOptions(schema: progressSchema, writesTaskIdentifiers: identifiers)
            _ = try LedgerWorkbookWriter.write(ledger, to: "\(returns)/\(name)", options: options)
        }

        // Sorted by time limit, descending: section rows gone, identifiers kept; one row left empty.
        let health = try share("市卫生健康局")
        let emptyID = try #require(health.entries.first?.task.id)
        var sorted = filled(health, "市卫生健康局", status: "推进中", skipping: [emptyID])
        let entries = sorted.entries.map(\.task).sorted { ($0.deadline.text, $0.text) > ($1.deadline.text, $1.text) }
        sorted.body = LedgerSection(tasks: entries)
        try write(sorted, to: "市卫生健康局.xlsx", identifiers: true)

        // Saved as CSV (UTF-8 with BOM), which keeps no identifier here.
        let finance = filled(try share("市财政局"), "市财政局", status: "推进中")
        _ = try LedgerFile.write(finance.withoutIdentifiers, to: "\(returns)/市财政局.csv", format: .csv)

        // Reworded and retyped into a fresh workbook: no identifiers, every third task reworded.
        var insurance = filled(try share("市医疗保障局"), "市医疗保障局", status: "已完成")
        var position = 0
        insurance.body = insurance.body.mapTasks { task in
            position += 1
            guard position % 3 == 1 else { return }
            task.text = "（表述调整）" + task.text.replacingOccurrences(of: "，", with: "；") + "抓好落实。"
            reworded += 1
        }
        try write(insurance.withoutIdentifiers, to: "市医疗保障局.xlsx", identifiers: false)

        // An inserted row of new work; the cooperating department also says 已完成.
        var development = filled(try share("市发展和改革局"), "市发展和改革局", status: "已完成")
        development.body.subsections[0].tasks.append(
            LedgerTask(
                sequence: SequenceNumber("99"), text: "新增工作：组织开展医疗服务价格专项调研，形成调研报告。", lead: ["市发展和改革局"],
                deadline: Deadline(text: "12月底", kind: .monthEnd), progress: "进展#NEW#市发展和改革局：已完成调研。"))
        try write(development, to: "市发展和改革局.xlsx", identifiers: true)

        // Renumbered 1, 2, 3 … across sections, typed into a copy without identifiers.
        var office = filled(try share("市委机构编制委员会办公室"), "市委机构编制委员会办公室", status: "推进中")
        var number = 0
        office.body = office.body.mapTasks { task in
            number += 1
            task.sequence = SequenceNumber(String(number))
        }
        try write(office.withoutIdentifiers, to: "市委编办.xlsx", identifiers: false)

        // A deleted row.
        var institutions = filled(try share("市直相关医疗机构"), "市直相关医疗机构", status: "推进中")
        let deleted = try #require(institutions.entries.last?.task.id)
        tokens.removeAll { $0.id == deleted && $0.department == "市直相关医疗机构" }
        institutions.body = institutions.body.keeping { $0.id != deleted }
        try write(institutions, to: "市直相关医疗机构.xlsx", identifiers: true)

        // Plain returns of the small departments.
        for department in ["市农牧和科技局", "市市场监督管理局"] {
            try write(
                filled(try share(department), department, status: "推进中"), to: "\(department).xlsx", identifiers: true)
        }

        // openpyxl: pasted into a new workbook, a locked cell edited, and a return for LibreOffice.
        let script = folder.file("returns.py")
        try Data(openpyxlReturns.utf8).write(to: URL(fileURLWithPath: script))
        let staging = folder.file("staging")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let written = try Python.run([script, split, returns, staging])
        for line in String(decoding: written, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "#").map(String.init)
            if parts.count == 3, parts[0] == "进展" { tokens.append((parts[1], parts[2])) }
        }
        // LibreOffice re-saves the 市教育局 return, as a clerk's LibreOffice or WPS would.
        let education = "\(staging)/市教育局.xlsx"
        if LibreOffice.isInstalled {
            try LibreOffice.convert(education, toFolder: returns)
        } else {
            try FileManager.default.copyItem(atPath: education, toPath: "\(returns)/市教育局.xlsx")
        }

        let files = try LedgerMerger.files(in: [returns], excluding: [])
        let result = LedgerMerger.merge(
            master: master, masterFile: "ledger.csv", returns: files,
            options: MergeOptions(roster: roster))
        return Round(
            folder: folder, master: master, result: result, tokens: tokens, rewordedCount: reworded,
            returns: files)
    }

    /// Makes the openpyxl returns; prints each token it writes.
    static let openpyxlReturns = #"""
        import sys, openpyxl
        split, returns, staging = sys.argv[1:4]

        def header(ws):
            for row in ws.iter_rows():
                titles = [c.value for c in row]
                if "进展情况" in titles:
                    return row[0].row, {t: i + 1 for i, t in enumerate(titles) if t}
            raise SystemExit("no header")

        def fill(ws, department, status):
            top, cols = header(ws)
            for r in range(top + 1, ws.max_row + 1):
                task_id = ws.cell(r, cols["任务标识（系统生成）"]).value
                if not task_id:
                    continue
                token = "进展#%s#%s" % (task_id, department)
                ws.cell(r, cols["进展情况"]).value = token + "：已完成阶段性工作。"
                ws.cell(r, cols["完成情况"]).value = status
                print(token)
            return top, cols

        # Pasted into a new workbook: the visible columns from the header down, no identifiers.
        wb = openpyxl.load_workbook(split + "/市人力资源和社会保障局.xlsx")
        ws = wb["台账"]
        top, cols = fill(ws, "市人力资源和社会保障局", "推进中")
        new = openpyxl.Workbook()
        out = new.active
        out.title = "Sheet1"
        last = cols["备注"]
        for r in range(top, ws.max_row + 1):
            for c in range(1, last + 1):
                out.cell(r - top + 1, c).value = ws.cell(r, c).value
        new.save(returns + "/人社局2021年第三季度报送.xlsx")

        # A locked cell edited: the time limit of the task changed, progress filled.
        wb = openpyxl.load_workbook(split + "/市人民医院.xlsx")
        ws = wb["台账"]
        top, cols = fill(ws, "市人民医院", "推进中")
        ws.cell(top + 2, cols["完成时限"]).value = "2022年6月底"
        wb.save(returns + "/市人民医院.xlsx")

        # For LibreOffice to re-save.
        wb = openpyxl.load_workbook(split + "/市教育局.xlsx")
        fill(wb["台账"], "市教育局", "推进中")
        wb.save(staging + "/市教育局.xlsx")
        """#

    /// One round, checked three ways (the round takes a LibreOffice start, so it is made once).
    @Test func aRoundOfReturnsMerges() throws {
        let round = try Self.makeRound()
        defer { round.folder.remove() }
        try checkLanding(round)
        try checkReport(round)
        try checkRepeatable(round)
    }

    func checkLanding(_ round: Round) throws {
        var landed = 0
        var misplaced: [String] = []
        var found: [String: Set<String>] = [:]
        for entry in round.result.ledger.entries {
            let task = entry.task
            for token in Self.tokens(in: task.progress ?? "") where token.id != "NEW" {
                if token.id == task.id {
                    found[token.id, default: []].insert(token.department)
                } else {
                    misplaced.append("\(token.id) on \(task.id ?? "?") from \(token.department)")
                }
            }
        }
        for token in round.tokens where found[token.id]?.contains(token.department) == true { landed += 1 }
        #expect(misplaced.isEmpty, "\(misplaced)")
        #expect(round.tokens.count > 90)
        let share = Double(landed) / Double(round.tokens.count)
        #expect(share >= 0.98, "landed \(landed) of \(round.tokens.count)")
        // Every department of the round but the silent one returned; each return was recognised.
        #expect(
            Set(round.result.report.returns.map(\.department)) == [
                "市卫生健康局", "市财政局", "市医疗保障局", "市发展和改革局", "市委机构编制委员会办公室", "市直相关医疗机构",
                "市农牧和科技局", "市市场监督管理局", "市人力资源和社会保障局", "市人民医院", "市教育局",
            ])
    }

    func checkReport(_ round: Round) throws {
        let report = round.result.report
        func findings(_ code: Finding.Code, _ department: String? = nil) -> [Finding] {
            report.findings.filter {
                $0.code == code && (department == nil || $0.arguments["department"] == department)
            }
        }
        // The silent department.
        #expect(report.missing == ["市民政局"])
        #expect(findings(.missingReturn).map { $0.arguments["department"] } == ["市民政局"])
        // The inserted row is kept and reported; nothing else is unmatched.
        #expect(round.result.unmatched.map(\.text) == ["新增工作：组织开展医疗服务价格专项调研，形成调研报告。"])
        #expect(round.result.unmatched.first?.progress == "进展#NEW#市发展和改革局：已完成调研。")
        #expect(findings(.unmatchedRow).map { $0.arguments["department"] } == ["市发展和改革局"])
        // The edited locked cell is reported, and the master's time limit kept.
        let edited = findings(.lockedFieldChanged, "市人民医院")
        #expect(edited.map(\.columnTitle) == ["完成时限"])
        #expect(edited.first?.arguments["returned"] == "2022年6月底")
        let hospitalTask = try #require(
            round.result.ledger.entries.first { $0.task.id == edited.first?.arguments["taskId"] })
        #expect(hospitalTask.task.deadline.text == edited.first?.arguments["master"])
        #expect(hospitalTask.task.deadline.text != "2022年6月底")
        // Reworded tasks are reported, the master's wording kept.
        #expect(findings(.lockedFieldChanged, "市医疗保障局").count == round.rewordedCount)
        #expect(!round.result.ledger.entries.contains { $0.task.text.hasPrefix("（表述调整）") })
        // The lead's empty row, and the cooperating department's 已完成 where the lead says 推进中.
        #expect(findings(.noProgress, "市卫生健康局").count == 1)
        #expect(!findings(.statusDisagrees, "市发展和改革局").isEmpty)
        // The master came as CSV: its identifiers were derived, and the report says so.
        #expect(findings(.masterWithoutIDs).count == 1)
        #expect(!report.masterHasIdentifiers)
        // Matching used every method.
        let methods = report.returns.reduce(into: [MatchMethod: Int]()) { totals, line in
            for (method, count) in line.matchedBy { totals[method, default: 0] += count }
        }
        #expect((methods[.id] ?? 0) > 0 && (methods[.text] ?? 0) > 0 && (methods[.sequence] ?? 0) > 0, "\(methods)")
        #expect(report.hasErrors == false)
    }

    func checkRepeatable(_ round: Round) throws {
        let again = LedgerMerger.merge(
            master: round.master, masterFile: "ledger.csv", returns: round.returns,
            options: MergeOptions(roster: try RosterFile.load(Self.roster)))
        #expect(again.ledger == round.result.ledger)
        #expect(again.unmatched == round.result.unmatched)
        let catalog = MessageCatalog()
        #expect(again.report.json(catalog) == round.result.report.json(catalog))

        // The merged workbook reads back with every department's progress, identifiers and the 未匹配 sheet.
        let merged = round.folder.file("汇总.xlsx")
        try LedgerMerger.write(round.result, to: merged)
        let read = try LedgerFile(merged).read()
        #expect(read.ledger.entries.map(\.task.id) == round.result.ledger.entries.map(\.task.id))
        #expect(read.ledger.entries.map(\.task.progress) == round.result.ledger.entries.map(\.task.progress))
        #expect(read.ledger.entries.map(\.task.text) == round.master.entries.map(\.task.text))
        let workbook = try XLSXWorkbook(path: merged)
        #expect(workbook.sheets.map(\.name) == ["台账", LedgerMerger.unmatchedSheetName])
        let multiple = read.ledger.entries.first { ($0.task.progress ?? "").hasPrefix("【") }
        #expect(multiple != nil, "a task with several departments' progress, each prefixed")
    }

    /// The tokens in a progress text.
    static func tokens(in text: String) -> [(id: String, department: String)] {
        text.components(separatedBy: "进展#").dropFirst().compactMap { rest in
            let parts = rest.split(separator: "#", maxSplits: 1)
            guard parts.count == 2, let department = parts[1].split(separator: "：").first else { return nil }
            return (String(parts[0]), String(department))
        }
    }
}

/// LibreOffice, when installed, to re-save a workbook as its users would.
enum LibreOffice {
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")
    }

    /// `soffice --headless --convert-to xlsx --outdir FOLDER FILE`.
    static func convert(_ file: String, toFolder folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        let profile = NSTemporaryDirectory() + "taizhang-lo-" + UUID().uuidString
        process.arguments = [
            "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "xlsx",
            "--outdir", folder, file,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: profile)
        let output = folder + "/" + (file as NSString).lastPathComponent
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output) else {
            throw WorkbookBuilder.BuildError(message: "soffice could not convert \(file)")
        }
    }
}

extension LedgerSection {
    /// The section with only the tasks `keep` accepts.
    func keeping(_ keep: (LedgerTask) -> Bool) -> LedgerSection {
        var copy = self
        copy.tasks = tasks.filter(keep)
        copy.subsections = subsections.map { $0.keeping(keep) }
        return copy
    }
}
