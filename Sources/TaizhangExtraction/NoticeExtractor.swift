// SPDX-License-Identifier: Apache-2.0
// From a notice to a ledger: metadata, the attached table or the narrative tasks, and the doubts.

import TaizhangModel
import TaizhangText

/// Where the tasks are taken from when a notice has both a narrative and an attached table.
public enum ExtractionSource: String, Sendable, CaseIterable {
    /// The attached ledger table when there is one, else the narrative.
    case table
    /// The numbered tasks of the notice's text.
    case text
}

/// A ledger extracted from a notice, with what the extractor could not decide.
public struct Extraction: Sendable {
    /// The ledger.
    public var ledger: Ledger
    /// The notice's own facts.
    public var metadata: NoticeMetadata
    /// Where the tasks came from.
    public var source: ExtractionSource
    /// `uncertain-extraction` findings: tasks whose departments or numbering were guessed.
    public var findings: [Finding]
}

/// Turns a notice into a ledger.
///
/// ```swift
/// let extraction = try NoticeExtractor.extract(path: "notice.txt")
/// try LedgerFile.write(extraction.ledger, to: "ledger.xlsx", format: .xlsx)
/// ```
public enum NoticeExtractor {
    /// Extracts the ledger of a .txt or .docx notice.
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read.
    public static func extract(
        path: String, name: String? = nil, from source: ExtractionSource = .table
    ) throws(LedgerReadError) -> Extraction {
        let file = name ?? path
        return extract(lines: try NoticeText.lines(path: path, name: file), file: file, from: source)
    }

    /// Extracts the ledger of a notice's lines.
    public static func extract(lines: [NoticeLine], file: String, from source: ExtractionSource = .table) -> Extraction
    {
        let metadata = NoticeMetadata(lines: lines)
        var used = source
        var title: String?
        var tasks: [ExtractedTask]
        var notes: [LineDoubt] = []
        let table = source == .table ? TableExtractor(file: file, year: metadata.year).extract(lines) : nil
        if let table, !table.tasks.isEmpty {
            title = table.title
            tasks = table.tasks
            notes = table.notes
        } else {
            used = .text
            (tasks, notes) = NarrativeExtractor(file: file, year: metadata.year).extract(lines)
            if let table {
                notes.append(LineDoubt(line: table.header, sequence: "", reason: "table-without-rows"))
            } else if source == .table {
                // Rows of a table whose header was not recognised are read by nobody: say so.
                for line in lines where line.text.contains("\t") {
                    let first = line.text.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? ""
                    if SequenceNumber(first).isWellFormed {
                        notes.append(
                            LineDoubt(
                                line: line.number, sequence: SequenceNumber(first).raw, reason: "table-row-not-read"))
                    }
                }
            }
        }
        tasks = withoutRepeats(tasks)
        var findings: [Finding] = []
        for task in tasks {
            for doubt in task.doubts {
                findings.append(
                    Finding(
                        .uncertainExtraction, at: task.task.source ?? SourceLocation(file: file),
                        arguments: ["reason": doubt, "sequence": task.task.sequence.raw]))
            }
        }
        for note in notes {
            var arguments = ["reason": note.reason]
            if !note.sequence.isEmpty { arguments["sequence"] = note.sequence }
            findings.append(
                Finding(.uncertainExtraction, at: SourceLocation(file: file, line: note.line), arguments: arguments))
        }
        if tasks.isEmpty, notes.isEmpty {
            // Never an empty ledger in silence: say why there is nothing.
            let numbered = lines.contains { NumberedLine($0.text) != nil }
            findings.append(
                Finding(
                    .uncertainExtraction, at: SourceLocation(file: file),
                    arguments: ["reason": numbered ? "no-tasks" : "no-numbered-items"]))
        }
        findings.sort { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
        let ledgerTitle = title.map(compactTitle) ?? metadata.title.map(ledgerTitle)
        var ledger = Ledger(
            title: ledgerTitle,
            subtitle: [metadata.documentNumber, metadata.date].compactMap { $0 }.joined(separator: "　"),
            year: ledgerTitle.flatMap(LedgerYear.find(in:)) ?? metadata.year,
            documentNumber: metadata.documentNumber, issuer: metadata.issuer)
        if ledger.subtitle?.isEmpty == true { ledger.subtitle = nil }
        ledger.body = tree(tasks)
        return Extraction(ledger: ledger, metadata: metadata, source: used, findings: findings)
    }

    /// A page printed with its copy repeats every task: each task is kept once, first place.
    private static func withoutRepeats(_ tasks: [ExtractedTask]) -> [ExtractedTask] {
        var seen: Set<ExactText> = []
        return tasks.filter { task in
            let key = ExactText(
                String(task.task.text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
                    + "|" + task.task.sequence.raw)
            return seen.insert(key).inserted
        }
    }

    /// "遂宁市人民政府办公室关于推进…2021年重点工作的通知" → "推进…2021年重点工作台账";
    /// "…关于印发《同仁市2021年综合医改重点工作任务》的通知" → "同仁市2021年综合医改重点工作任务台账".
    private static func ledgerTitle(_ title: String) -> String {
        if let open = title.firstIndex(of: "《"), let close = title[open...].firstIndex(of: "》") {
            return String(title[title.index(after: open)..<close]) + "台账"
        }
        var subject = title
        if let range = subject.range(of: "关于") { subject = String(subject[range.upperBound...]) }
        if subject.hasPrefix("印发") { subject = String(subject.dropFirst(2)) }
        for suffix in ["的通知", "的意见", "的实施方案", "通知"] where subject.hasSuffix(suffix) {
            subject = String(subject.dropLast(suffix.count))
            break
        }
        return subject + "台账"
    }

    /// A table title without the spaces a PDF copy puts around numbers: "同仁市 2021 年…" → "同仁市2021年…".
    private static func compactTitle(_ title: String) -> String {
        title.filter { $0 != " " }
    }

    /// The section tree of the tasks, in order.
    private static func tree(_ tasks: [ExtractedTask]) -> LedgerSection {
        var root = LedgerSection()
        for task in tasks {
            root.insert(task.task, under: task.sectionPath)
        }
        return root
    }
}

extension LedgerSection {
    /// Appends a task under a path of headings, opening the sections that are not there yet (the
    /// last subsection at each level is the open one).
    fileprivate mutating func insert(_ task: LedgerTask, under path: [SectionHeading]) {
        guard let first = path.first else {
            tasks.append(task)
            return
        }
        if subsections.last?.heading != first {
            subsections.append(LedgerSection(heading: first))
        }
        subsections[subsections.count - 1].insert(task, under: Array(path.dropFirst()))
    }
}
