// SPDX-License-Identifier: Apache-2.0
// `taizhang validate`: check submitted ledgers, a file or a whole folder, in one run.

import ArgumentParser
import Foundation
import Taizhang

#if canImport(Glibc)
    import Glibc
#endif

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "校验台账 check ledgers: files and folders (.csv/.tsv/.xlsx/.xls/.et/.html, searched recursively).",
        discussion: """
            Every rule of LEDGER-SPEC §5 with its stable code. Exit status: 0 when no file has an \
            error, 1 when some file has one, 2 when the command could not run. --format json writes \
            LEDGER-SPEC §8's report; --annotate DIR writes each file back as .xlsx with its problem \
            cells marked and commented, and a summary workbook.
            """
    )

    @Argument(help: "台账文件或文件夹 ledger files and folders.")
    var paths: [String]

    @Option(name: .long, help: "报告格式 report format: text | json.")
    var format: ReportFormat = .text

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(name: .long, help: "单位名录 a roster file: one department per line, aliases after a tab or comma.")
    var roster: String?

    @Option(name: .long, help: "判断逾期的日期 the day overdue is judged on, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: "调整严重程度 change a code's severity, e.g. --severity missing-deadline=error (repeatable).")
    var severity: [String] = []

    @Option(name: .long, help: "严重程度配置文件 a file of CODE=LEVEL lines.")
    var config: String?

    @Option(name: .long, help: "标注输出目录 write marked-up .xlsx copies and a summary workbook here.")
    var annotate: String?

    @Flag(name: .long, help: "覆盖标注目录中已有的文件 overwrite files in the --annotate folder.")
    var force = false

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var common: CommonOptions

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError(common.catalog.argumentMessage(.badDate, ["option": "--as-of", "value": asOf]))
        }
        try inputOptions.check(common.catalog)
    }

    func run() throws {
        let options: ValidationOptions
        let files: [String]
        var names: [String: String] = [:]
        do {
            options = try validationOptions()
            let readable = try paths.map { argument throws(LedgerReadError) in
                let path = try StandardInput.path(for: argument)
                if path != argument { names[path] = StandardInput.name }
                return path
            }
            files = try BatchValidator.files(in: readable, excluding: annotate.map { [$0] } ?? [])
        } catch let error as LedgerReadError {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        } catch let problem as SeverityOverrides.Problem {
            common.fail(problem.message(common.catalog))
            throw ExitCode(2)
        }
        let progress = ProgressLine(
            total: files.count, enabled: format == .text && !common.quiet && isatty(2) == 1,
            label: common.catalog.commandMessage(.validating))
        let results = BatchValidator.validate(
            files: files, names: files.map { names[$0] ?? $0 }, options: options, readOptions: inputOptions.readOptions,
            progress: { progress.show($0) })
        progress.clear()
        let report = ValidationReport(files: results)
        let standardOutput = FileOutput.standardOutput()
        do throws(LedgerWriteError) {
            switch format {
            case .json:
                try report.writeJSON(common.catalog) { bytes throws(LedgerWriteError) in try standardOutput.write(bytes)
                }
                try standardOutput.flush()
            case .text:
                let printer = ReportPrinter(catalog: common.catalog, usesColour: isatty(1) == 1)
                try printer.write(report, quiet: common.quiet, to: standardOutput)
            }
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        if let annotate {
            var copiesFailed = false
            do throws(LedgerWriteError) {
                let (written, failures) = try AnnotatedCopies.write(
                    results, to: annotate, options: XLSXWriteOptions(schema: options.schema),
                    readOptions: inputOptions.readOptions, overwrite: force, catalog: common.catalog)
                for failure in failures { common.fail(common.catalog.render(failure)) }
                common.say(
                    common.catalog.commandMessage(
                        .annotated,
                        [
                            "folder": annotate, "files": String(written), "summary": AnnotatedCopies.summaryName,
                        ]))
                copiesFailed = !failures.isEmpty
            } catch {
                common.fail(common.catalog.render(error))
                throw ExitCode(2)
            }
            // Some copies could not be written: said above, and the run did not do all it was asked.
            if copiesFailed { throw ExitCode(2) }
        }
        if report.hasErrors { throw ExitCode(1) }
    }

    private func validationOptions() throws -> ValidationOptions {
        var severities: [Finding.Code: Severity] = [:]
        if let config {
            let bytes = try FileBytes.read(path: config, file: config)
            let text = try TextDecoder.decode(bytes, file: config).utf8
            severities = try SeverityOverrides.parseFile(String(decoding: text, as: UTF8.self), name: config)
        }
        for override in severity {
            let (code, level) = try SeverityOverrides.parse(override)
            severities[code] = level
        }
        var options = ValidationOptions(
            schema: try schemaOptions.writeOptions().schema,
            roster: try roster.map(RosterFile.load),
            asOf: asOf.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today,
            year: inputOptions.year,
            severities: severities
        )
        // The report's objects are rendered by the threads that check the files, as findings come.
        if format == .json { options.rendersJSONIn = common.catalog.language }
        return options
    }
}
