// SPDX-License-Identifier: Apache-2.0
// The library on the bundled Tongren ledger (Examples/tongren-2021), writing into a folder of yours:
//
//     swift run LibraryTour /tmp/tour
//
// The README's "As a library" section quotes the lines between the README markers, word for word
// (Tests/ExamplesTests checks it, and runs the tour).

import Foundation
import Taizhang

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: LibraryTour OUTPUT-FOLDER (a new or empty folder)\n".utf8))
    exit(2)
}
/// The folder the tour writes into.
let out = CommandLine.arguments[1]
/// The bundled example ledger, its roster and its returned progress, beside this file.
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("tongren-2021").path
if let present = try? FileManager.default.contentsOfDirectory(atPath: out), !present.isEmpty {
    FileHandle.standardError.write(Data("LibraryTour: \(out) is not empty; give a new or empty folder\n".utf8))
    exit(2)
}
try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

// README: begin
// One front door for a file of any format (CSV, TSV, XLSX, XLS, HTML, JSON): read, convert, validate.
let file = LedgerFile("\(examples)/ledger.csv")
let result = try file.read()                                  // the whole ledger in memory
print("read ledger.csv: \(result.ledger.taskCount) tasks; the first three:")
for entry in result.ledger.entries.prefix(3) {
    print("  \(entry.task.sequence) \(entry.task.lead.joined(separator: "、")) \(entry.task.deadline.due?.iso ?? "—")")
}
try file.convert(to: "\(out)/ledger.xlsx")                    // any size: one streaming pass, written atomically
try LedgerFile.write(result.ledger, to: "\(out)/ledger.json") // a ledger held in memory
print("wrote ledger.xlsx and ledger.json")

// Checking: exactly what `taizhang validate` reports for the file.
let roster = try RosterFile.load("\(examples)/roster.txt")
let day = CalendarDate(iso: "2021-11-30") ?? .today             // the day the returns were in
let options = ValidationOptions(roster: roster, asOf: day)
let report = LedgerFile("\(examples)/ledger-as-printed.csv").validate(options: options)
let reportJSON = ValidationReport(files: [report]).json(MessageCatalog())
try AtomicFileWriter.write(Array(reportJSON.utf8), to: "\(out)/validation.json", overwrite: false)
print("validated ledger-as-printed.csv: errors \(report.count(.error)), warnings \(report.count(.warning));",
      "wrote validation.json")

// Your own sink on the streaming pipeline: file → rows → ledger events → sinks.
final class LeadCounter: LedgerSink {
    var tasks: [String: Int] = [:]
    func receive(_ event: LedgerEvent) {
        if case .task(let entry, _) = event { for lead in entry.task.lead { tasks[lead, default: 0] += 1 } }
    }
    func finish(_ decoded: DecodedLedger) {}
}
let counter = LeadCounter()
try LedgerFile("\(out)/ledger.xlsx").stream(into: [counter])
if let busiest = counter.tasks.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
    print("streamed ledger.xlsx: \(busiest.key) leads the most tasks, \(busiest.value)")
}

// A ledger of any length written row by row (constant memory; the file appears at close()).
let writer = try LedgerWorkbookWriter(path: "\(out)/row-by-row.xlsx", heading: Ledger(title: "某市重点工作台账"),
                                      columns: LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: []))
try writer.append(SectionHeading(sequence: SequenceNumber("一"), title: "深化改革"), depth: 1)
try writer.append(LedgerTask(sequence: SequenceNumber("1"), text: "推进预算管理制度改革", lead: ["市财政局"]))
_ = try writer.close()
print("wrote row-by-row.xlsx")

// A supervision bulletin: each task's standing on a date, per lead department.
let returned = try LedgerFile("\(examples)/ledger-with-progress.csv").read().ledger
let bulletin = ProgressReport(ledger: returned, rules: StandingRules(asOf: day))
print(BulletinText(bulletin).summary)    // 截至2021年11月30日，48项重点任务已完成30项，完成率62.5%；……
try BulletinFileWriter.write(bulletin, to: "\(out)/通报.xlsx")   // or .html, .json
print("wrote 通报.xlsx")

// Sending the ledger out to its departments and merging their returns (LEDGER-SPEC §9).
let split = try LedgerSplitter.split(result.ledger, into: "\(out)/下发", options: SplitOptions(roster: roster))
print("split into 下发/: \(split.files.count) department workbooks and 分发清单.xlsx")
// The departments fill in their workbooks and send them back; here they come back as sent.
let returns = try LedgerMerger.files(in: ["\(out)/下发"], excluding: [])
let merged = LedgerMerger.merge(master: result.ledger, masterFile: "ledger.csv", returns: returns,
                                options: MergeOptions(roster: roster))
try LedgerMerger.write(merged, to: "\(out)/汇总.xlsx", options: MergeOptions(roster: roster))
print("merged \(returns.count) returns: \(merged.report.matched) of \(merged.report.rows) rows matched; wrote 汇总.xlsx")
// README: end

// Beyond the README (the DocC articles quote these too): a notice's ledger, and a blank template.
let notices = URL(fileURLWithPath: examples).deletingLastPathComponent().appendingPathComponent("notice-2022").path
let extraction = try NoticeExtractor.extract(path: "\(notices)/notice.txt")
for finding in extraction.findings.prefix(1) {
    print("to check: \(MessageCatalog(language: .english).message(for: finding)) [\(finding.code)]")
}
try LedgerFile.write(extraction.ledger, to: "\(out)/notice-ledger.xlsx")
print("extracted notice.txt: \(extraction.ledger.taskCount) tasks; wrote notice-ledger.xlsx")
let template = TemplateOptions(title: "某市重点工作进展台账", rows: 20, roster: roster)
try TemplateWriter.write(to: "\(out)/template.xlsx", options: template)
print("wrote template.xlsx")
