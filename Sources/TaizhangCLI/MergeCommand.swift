// SPDX-License-Identifier: Apache-2.0
// `taizhang merge`: the departments' returned sheets merged back into the master (汇总).

import ArgumentParser
import Foundation
import Taizhang

#if canImport(Glibc)
    import Glibc
#endif

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "汇总 merge the departments' returned sheets (files or folders) into the master ledger.",
        discussion: """
            Rows are matched to tasks by the hidden identifier, else by section, 序号 and text, so \
            sorted, renumbered, reworded, copied or CSV returns still merge. MERGED.xlsx is the master \
            with every department's 进展情况, the lead's 完成情况 and the 备注; rows that match no task \
            are on its 未匹配 sheet. --report writes LEDGER-SPEC §9's JSON report, --format json prints \
            it. Exit status: 0 no error finding, 1 an error finding (e.g. duplicate-return), 2 could not run.
            """
    )

    @Argument(help: "母台账 the master ledger as it was sent out.")
    var master: String

    @Argument(help: "报送文件或文件夹 returned files and folders (.xlsx, .xlsm, .csv).")
    var returns: [String]

    @Option(name: .shortAndLong, help: "汇总后的台账 the merged .xlsx to write, or - for standard output (a pipe or a file).")
    var output: String

    @Option(name: .long, help: "报告文件 write the JSON report to this file.")
    var report: String?

    @Option(name: .long, help: "单位名录 a roster file: one department per line, aliases after a tab or comma.")
    var roster: String?

    @Option(
        name: .long,
        help: "输出格式 what to print: text | json (the report on standard output; the merged ledger is always .xlsx).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "覆盖已存在的输出 overwrite existing outputs.")
    var force = false

    @OptionGroup var common: CommonOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        let destination = LedgerDestination(output: output)
        if (LedgerFormat.from(path: output) ?? (destination.isStandardOutput ? .xlsx : nil)) != .xlsx {
            throw ValidationError(common.catalog.argumentMessage(.mergedIsWorkbook))
        }
        try destination.checkWorkbook(common.catalog)
        if destination.isStandardOutput, format == .json {
            throw ValidationError(common.catalog.argumentMessage(.standardOutputTaken, ["option": "--format json"]))
        }
    }

    func run() throws {
        let ledger: Ledger
        let options: MergeOptions
        let files: [String]
        do {
            let read = try LedgerFile(master).read()
            guard read.foundHeader else {
                common.report(read.findings.filter { $0.code == .headerNotFound })
                throw ExitCode(2)
            }
            ledger = read.ledger
            options = MergeOptions(roster: try roster.map(RosterFile.load))
            files = try LedgerMerger.files(in: returns, excluding: [master, output])
        } catch let error as LedgerReadError {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        let progress = ProgressLine(
            total: files.count, enabled: format == .text && !common.quiet && isatty(2) == 1,
            label: common.catalog.commandMessage(.merging))
        let result = LedgerMerger.merge(master: ledger, masterFile: master, returns: files, options: options) {
            done, _ in
            progress.show(done)
        }
        progress.clear()
        let json = result.report.json(common.catalog)
        let destination = LedgerDestination(output: output)
        do {
            _ = try destination.writingWorkbook { path in
                try LedgerMerger.write(
                    result, to: path, overwrite: force, protecting: [master] + files, options: options)
            }
            if let report {
                try AtomicFileWriter.write(Array(json.utf8), to: report, overwrite: force, protecting: [master] + files)
            }
        } catch {
            common.fail(error: error)
            throw ExitCode(2)
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(json.utf8))
        case .text:
            common.report(result.report.findings)
            let summary = result.report
            common.say(
                common.catalog.commandMessage(
                    .merged,
                    [
                        "file": destination.name(common.catalog), "returns": String(summary.returns.count),
                        "rows": String(summary.rows),
                        "matched": String(summary.matched), "unmatched": String(summary.rows - summary.matched),
                        "missing": String(summary.missing.count),
                    ]))
        }
        if result.report.hasErrors { throw ExitCode(1) }
    }
}
