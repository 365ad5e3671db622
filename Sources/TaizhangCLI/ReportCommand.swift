// SPDX-License-Identifier: Apache-2.0
// `taizhang report`: where the tasks stand on a date, as a supervision bulletin (督查通报).

import ArgumentParser
import Foundation
import Taizhang

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "督查通报 progress bulletin: each task's standing on a date, per lead department, ranked.",
        discussion: """
            Reads a ledger with 进展情况/完成情况 (merged returns, or typed by hand) and writes the \
            bulletin of LEDGER-SPEC §10: an .xlsx (通报, 统计 with a chart, 明细 with lights), one \
            self-contained .html page, or the .json figures. A task is done (完成情况 已完成 or a \
            synonym), overdue (due before --as-of), due soon (within --due-soon-days), not reported \
            (no 进展情况 and no 完成情况), or in progress; ongoing tasks are never overdue. The input \
            is never changed, and an existing output is only replaced with --force.
            """
    )

    @Argument(help: "台账文件 the ledger (.xlsx, .csv, .tsv, .txt, .json).")
    var input: String

    @Option(name: .shortAndLong, help: "输出文件 the bulletin to write: .xlsx, .html or .json, or - for standard output.")
    var output: String

    @Option(
        name: .long,
        help: "输出格式 output format: xlsx | html | json (default: from the extension; json on standard output).")
    var format: BulletinFormat?

    @Option(name: .long, help: "统计截止日期 the day standings are judged on, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(name: .long, help: "临近到期天数 due within this many days counts as due soon.")
    var dueSoonDays: Int = StandingRules.defaultDueSoonDays

    @Option(
        name: .long,
        help: "单位名录 a roster file: short forms and aliases of lead departments are counted under the roster's name.")
    var roster: String?

    @OptionGroup var schemaOptions: SchemaOptions

    @Flag(name: .long, help: "覆盖已存在的输出文件 overwrite an existing output.")
    var force = false

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError(common.catalog.reportMessage("bad-as-of", ["value": asOf]))
        }
        if !(0...366).contains(dueSoonDays) {
            throw ValidationError(common.catalog.reportMessage("bad-due-soon-days", ["value": String(dueSoonDays)]))
        }
        guard let chosen = bulletinFormat else {
            throw ValidationError(common.catalog.reportMessage("unknown-report-format", ["output": output]))
        }
        if chosen == .xlsx { try LedgerDestination(output: output).checkWorkbook(common.catalog) }
        try inputOptions.check(common.catalog)
    }

    func run() throws {
        let catalog = common.catalog
        let xlsxOptions: XLSXWriteOptions
        let result: LedgerReadResult
        let departments: DepartmentRoster?
        do {
            xlsxOptions = try schemaOptions.writeOptions()
            departments = try roster.map(RosterFile.load)
            result = try LedgerFile(try StandardInput.path(for: input), name: input, options: inputOptions.readOptions)
                .read()
        } catch {
            common.fail(catalog.render(error))
            throw ExitCode(2)
        }
        common.report(result.findings)
        guard result.foundHeader else { throw ExitCode(1) }

        let date = asOf.flatMap(CalendarDate.init(iso:)) ?? .today
        let rules = StandingRules(asOf: date, dueSoonDays: dueSoonDays, done: DoneStatus(schema: xlsxOptions.schema))
        // A sheet's own columns say whether progress can be reported at all; a JSON ledger has none,
        // so its values decide.
        let hasColumns = result.columns.map { $0[.progress] != nil || $0[.status] != nil }
        let report = ProgressReport(
            ledger: result.ledger, rules: rules, hasProgressColumns: hasColumns, roster: departments)
        if !report.hasProgressColumns {
            common.say(
                catalog.commandMessage(
                    .labelled,
                    [
                        "label": catalog.label(of: .warning),
                        "text": catalog.reportMessage("no-progress-columns", ["days": String(dueSoonDays)]),
                    ]))
        }
        let destination = LedgerDestination(output: output)
        let chosen = bulletinFormat ?? .json
        do {
            let write = { (path: String) throws(LedgerWriteError) in
                try BulletinFileWriter.write(
                    report, to: path, format: chosen, overwrite: force, inputs: [input], xlsx: xlsxOptions,
                    followsToday: asOf == nil)
            }
            if chosen == .xlsx { try destination.writingWorkbook(write) } else { try write(output) }
        } catch {
            common.fail(error: error)
            throw ExitCode(2)
        }
        common.say(catalog.reportSummary(report))
        common.say(catalog.reportMessage("report-written", ["file": destination.name(catalog)]))
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// The bulletin's format: --format, else the output's extension, else JSON on standard output.
    private var bulletinFormat: BulletinFormat? {
        format ?? BulletinFormat.from(path: output) ?? (output == "-" ? .json : nil)
    }
}

extension BulletinFormat: ExpressibleByArgument {}
