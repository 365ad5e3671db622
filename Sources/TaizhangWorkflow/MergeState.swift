// SPDX-License-Identifier: Apache-2.0
// The state of one merge: returns taken one by one, then the master rebuilt with what they said.

import TaizhangModel
import TaizhangSheet

/// What one department said about one task.
private struct Contribution {
    /// 0 lead, 1 cooperating, 2 neither; then the department's place in the task's lists.
    var rank: (role: Int, place: Int)
    var department: String
    /// Where the department wrote it: the return, its sheet, row, and 完成情况 column (1-based).
    var file: String
    var sheet: String?
    var row: Int?
    var statusColumn: Int?
    var progress: String?
    var status: String?
    var remarks: String?

    var isLead: Bool { rank.role == 0 }
}

/// Merges returns one at a time; ``finish()`` builds the result.
struct MergeState {
    private let masterFile: String
    private let options: MergeOptions
    private let names: DepartmentNames
    private let identified: Ledger
    private let entries: [TaskEntry]
    private let shares: [DepartmentShare]
    private let matcher: TaskMatcher
    /// The master index of each task sent to each department.
    private let sentTo: [String: Set<Int>]
    /// Each task's lead and cooperating departments, canonical.
    private let roles: [(lead: [String], cooperating: [String])]
    private var contributions: [[Contribution]]
    private var returns: [MergeReport.ReturnSummary] = []
    private var findings: [Finding] = []
    private var unmatched: [UnmatchedRow] = []
    /// The first return of each department.
    private var firstReturn: [String: String] = [:]
    private let masterHasIdentifiers: Bool

    init(master: Ledger, masterFile: String, options: MergeOptions) {
        self.masterFile = masterFile
        self.options = options
        names = DepartmentNames(roster: options.roster)
        let (identified, derived) = TaskIdentity.assign(to: master)
        self.identified = identified
        entries = identified.entries
        shares = DepartmentShare.shares(of: identified, names: names)
        matcher = TaskMatcher(master: entries)
        var indexOfID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where indexOfID[entry.task.id ?? ""] == nil {
            indexOfID[entry.task.id ?? ""] = index
        }
        var sentTo: [String: Set<Int>] = [:]
        for share in shares {
            sentTo[share.department] = Set((share.led + share.cooperated).compactMap { indexOfID[$0] })
        }
        self.sentTo = sentTo
        roles = entries.map { [names] entry in
            (names.canonical(entry.task.lead), names.canonical(entry.task.cooperating))
        }
        contributions = Array(repeating: [], count: entries.count)
        masterHasIdentifiers = derived == 0
        if derived > 0 {
            findings.append(
                Finding(
                    .masterWithoutIDs, at: SourceLocation(file: masterFile),
                    arguments: ["count": String(derived)]))
        }
    }

    /// Reads one return from `path` and takes what it says; reports and findings call it `file`.
    mutating func add(_ path: String, as file: String) {
        let known = shares.map(\.department)
        let sheet: ReturnedSheet
        switch ReturnedSheet.read(path, as: file, known: known, names: names) {
        case .failure(let failure):
            findings.append(failure.finding)
            returns.append(MergeReport.ReturnSummary(file: file, department: "", rows: 0, matchedBy: [:]))
            return
        case .success(let read):
            sheet = read
        }
        let department = sheet.department
        let place = { (row: Int?, column: Int?) in
            SourceLocation(file: file, sheet: sheet.sheet, row: row, column: column.map { $0 + 1 })
        }
        if let first = firstReturn[department] {
            findings.append(
                Finding(
                    .duplicateReturn, at: place(nil, nil),
                    arguments: ["department": department, "other": first]))
            for entry in sheet.entries {
                keepUnmatched(entry, department: department, file: file, reason: .duplicateReturn)
            }
            returns.append(
                MergeReport.ReturnSummary(file: file, department: department, rows: sheet.entries.count, matchedBy: [:])
            )
            return
        }
        firstReturn[department] = file
        if !known.contains(department) {
            findings.append(Finding(.unknownReturn, at: place(nil, nil), arguments: ["department": department]))
        }
        let matches = matcher.match(sheet.entries, preferred: sentTo[department] ?? [])
        var matchedBy: [MatchMethod: Int] = [:]
        for (row, entry) in sheet.entries.enumerated() {
            let task = entry.task
            guard let (index, method) = matches[row] else {
                findings.append(
                    Finding(
                        .unmatchedRow, at: place(task.source?.row, sheet.columns?[.sequence]),
                        arguments: [
                            "department": department, "sequence": task.sequence.raw, "returned": task.text,
                        ]))
                keepUnmatched(entry, department: department, file: file, reason: .unmatchedRow)
                continue
            }
            matchedBy[method, default: 0] += 1
            let master = entries[index].task
            let base = ["department": department, "taskId": master.id ?? "", "sequence": master.sequence.raw]
            for change in lockedChanges(task, master: master, columns: sheet.columns) {
                var arguments = base
                arguments["master"] = change.master
                arguments["returned"] = change.returned
                findings.append(
                    Finding(
                        .lockedFieldChanged, at: place(task.source?.row, change.column),
                        columnTitle: change.title, arguments: arguments))
            }
            let role =
                roles[index].lead.firstIndex(of: department).map { (0, $0) }
                ?? roles[index].cooperating.firstIndex(of: department).map { (1, $0) } ?? (2, 0)
            if role.0 == 0, task.progress == nil, task.status == nil {
                findings.append(
                    Finding(.noProgress, at: place(task.source?.row, sheet.columns?[.progress]), arguments: base))
            }
            contributions[index].append(
                Contribution(
                    rank: role, department: department, file: file, sheet: sheet.sheet, row: task.source?.row,
                    statusColumn: sheet.columns?[.status].map { $0 + 1 },
                    progress: task.progress, status: task.status, remarks: task.remarks))
        }
        returns.append(
            MergeReport.ReturnSummary(
                file: file, department: department, rows: sheet.entries.count, matchedBy: matchedBy))
    }

    private mutating func keepUnmatched(_ entry: TaskEntry, department: String, file: String, reason: Finding.Code) {
        let task = entry.task
        unmatched.append(
            UnmatchedRow(
                department: department, file: file, row: task.source?.row, sequence: task.sequence.raw, text: task.text,
                progress: task.progress, status: task.status, remarks: task.remarks, reason: reason))
    }

    /// The locked fields a returned row changed: (0-based column in the return, its title, master text, returned text).
    private func lockedChanges(
        _ task: LedgerTask, master: LedgerTask, columns: ColumnMap?
    ) -> [(column: Int, title: String, master: String, returned: String)] {
        guard let columns else { return [] }
        var changes: [(column: Int, title: String, master: String, returned: String)] = []
        func note(_ field: LedgerField, _ master: String, _ returned: String) {
            guard let column = columns[field] else { return }
            changes.append(
                (column, column < columns.titles.count ? columns.titles[column] : field.standardTitle, master, returned)
            )
        }
        if ComparableText.fold(task.text) != ComparableText.fold(master.text) { note(.task, master.text, task.text) }
        if Set(names.canonical(task.lead)) != Set(names.canonical(master.lead)) {
            note(.lead, LedgerTask.cellText(ofDepartments: master.lead), LedgerTask.cellText(ofDepartments: task.lead))
        }
        if Set(names.canonical(task.cooperating)) != Set(names.canonical(master.cooperating)) {
            note(
                .cooperating, LedgerTask.cellText(ofDepartments: master.cooperating),
                LedgerTask.cellText(ofDepartments: task.cooperating))
        }
        if ComparableText.fold(task.deadline.text) != ComparableText.fold(master.deadline.text) {
            note(.deadline, master.deadline.text, task.deadline.text)
        }
        return changes
    }

    /// The merged ledger and the report.
    mutating func finish() -> MergeResult {
        var merged: [LedgerTask] = entries.map(\.task)
        for index in entries.indices where !contributions[index].isEmpty {
            let said = contributions[index].enumerated().sorted { left, right in
                (left.element.rank.role, left.element.rank.place, left.element.department, left.offset)
                    < (right.element.rank.role, right.element.rank.place, right.element.department, right.offset)
            }.map(\.element)
            merged[index] = combine(said, into: merged[index])
        }
        var next = 0
        var ledger = identified
        ledger.body = identified.body.mappingTasks(path: []) { task, _ in
            task = merged[next]
            next += 1
        }
        let seen = Set(returns.map(\.department))
        var missing: [String] = []
        for share in shares where !seen.contains(share.department) {
            missing.append(share.department)
            findings.append(
                Finding(
                    .missingReturn, at: SourceLocation(file: masterFile),
                    arguments: [
                        "department": share.department, "count": String(share.taskCount),
                    ]))
        }
        let report = MergeReport(
            master: masterFile, returns: returns, findings: findings, missing: missing,
            masterHasIdentifiers: masterHasIdentifiers)
        return MergeResult(ledger: ledger, unmatched: unmatched, report: report)
    }

    /// A task with what the departments said: progress from all, status from the lead, remarks from all.
    private mutating func combine(_ said: [Contribution], into task: LedgerTask) -> LedgerTask {
        var task = task
        let statusColumn = options.schema.column(for: .status)
        func isDone(_ status: String?) -> Bool {
            guard let status else { return false }
            return (statusColumn?.allowedValue(for: status) ?? status) == "已完成"
        }
        let progress = said.compactMap { contribution in contribution.progress.map { (contribution.department, $0) } }
        if let progress = MergeState.joined(progress) {
            task.progress = progress
        }
        let lead = said.first { $0.isLead && $0.status != nil }
        if let status = lead?.status { task.status = status }
        var remarks = said.compactMap { contribution in contribution.remarks.map { (contribution.department, $0) } }
        var notes: [(String, String)] = []
        for contribution in said {
            guard let status = contribution.status, status != task.status else { continue }
            notes.append((contribution.department, "完成情况：\(status)"))
            if contribution.rank.role == 1, isDone(status), !isDone(lead?.status) {
                findings.append(
                    Finding(
                        .statusDisagrees,
                        at: SourceLocation(
                            file: contribution.file, sheet: contribution.sheet, row: contribution.row,
                            column: contribution.statusColumn),
                        columnTitle: statusColumn?.header ?? LedgerField.status.standardTitle,
                        arguments: [
                            "department": contribution.department, "taskId": task.id ?? "",
                            "sequence": task.sequence.raw, "master": lead?.status ?? "", "returned": status,
                        ]))
            }
        }
        remarks += notes
        if let joined = MergeState.joined(remarks, alwaysPrefixed: !notes.isEmpty) { task.remarks = joined }
        return task
    }

    /// Texts joined one per line, each prefixed "【department】" when more than one department wrote.
    static func joined(_ texts: [(department: String, text: String)], alwaysPrefixed: Bool = false) -> String? {
        guard !texts.isEmpty else { return nil }
        let departments = Set(texts.map(\.department))
        if departments.count == 1, !alwaysPrefixed { return texts.map(\.text).joined(separator: "\n") }
        return texts.map { "【\($0.department)】\($0.text)" }.joined(separator: "\n")
    }
}
