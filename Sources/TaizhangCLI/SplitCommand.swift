// SPDX-License-Identifier: Apache-2.0
// `taizhang split`: send a ledger out, one workbook per department (分解下发).

import ArgumentParser
import Foundation
import Taizhang

#if canImport(Glibc)
    import Glibc
#endif

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "分解下发 split a ledger into one workbook per department, and a distribution list.",
        discussion: """
            Writes DIR/<department>.xlsx for every department that leads or cooperates on a task \
            (canonical names with --roster), each with 本单位角色, the master's columns locked, \
            进展情况/完成情况/备注 open (完成情况 a drop-down), a 填表说明 sheet and hidden task \
            identifiers, and DIR/分发清单.xlsx. The input is never changed. -o names a folder, so \
            unlike the commands that write one ledger split takes neither -o - nor --format: it writes \
            many files, each a protected workbook a department fills in.
            """
    )

    @Argument(help: "台账文件 the master ledger (.xlsx, .csv, .json).")
    var ledger: String

    @Option(name: .shortAndLong, help: "输出文件夹 the folder to write the workbooks into.")
    var output: String

    @Option(name: .long, help: "单位名录 a roster file: one department per line, aliases after a tab or comma.")
    var roster: String?

    @Flag(name: .long, help: "覆盖已存在的文件 overwrite existing files in the folder.")
    var force = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let master: Ledger
        let options: SplitOptions
        do {
            let read = try LedgerFile(ledger).read()
            guard read.foundHeader else {
                common.report(read.findings.filter { $0.code == .headerNotFound })
                throw ExitCode(2)
            }
            master = read.ledger
            options = SplitOptions(roster: try roster.map(RosterFile.load), overwrite: force)
        } catch let error as LedgerReadError {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        // The number of departments is known once the split has read the ledger: the bar starts then.
        let showsProgress = !common.quiet && isatty(2) == 1
        var progress: ProgressLine?
        let outcome: SplitOutcome
        do {
            outcome = try LedgerSplitter.split(master, into: output, options: options) { done, total in
                if progress == nil {
                    progress = ProgressLine(
                        total: total, enabled: showsProgress, label: common.catalog.commandMessage(.splitting))
                }
                progress?.show(done)
            }
        } catch {
            progress?.clear()
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        progress?.clear()
        common.report(outcome.findings)
        let catalog = common.catalog
        if outcome.derivedIdentifiers > 0 { common.say(catalog.commandMessage(.derivedIdentifiers)) }
        for (share, file) in zip(outcome.shares, outcome.files) {
            common.say(
                catalog.commandMessage(
                    .departmentWorkbook,
                    [
                        "file": file, "leads": String(share.led.count), "cooperates": String(share.cooperated.count),
                    ]))
        }
        common.say(
            catalog.commandMessage(
                .distributionList,
                [
                    "file": outcome.manifest, "departments": String(outcome.shares.count),
                ]))
    }
}
