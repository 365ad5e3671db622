// SPDX-License-Identifier: Apache-2.0
// `taizhang template`: a blank ledger workbook for departments to fill in.

import ArgumentParser
import Foundation
import Taizhang

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成空白台账模板 write a blank ledger template (.xlsx) for departments to fill in.",
        discussion: """
            The template has the schema's columns, a locked title and header, drop-down lists \
            (完成情况 from the schema, departments from --roster), an input message on every column \
            and a 填表说明 sheet. --list shows the schemas taizhang ships.
            """
    )

    @Option(name: .shortAndLong, help: "输出文件 the .xlsx file to write, or - for standard output (a pipe or a file).")
    var output: String?

    @Option(name: .long, help: "输出格式 output format: xlsx (a template is always a workbook).")
    var format: LedgerFormat?

    @Option(name: .long, help: "台账模式 ledger schema: standard | progress | a schema .json file.")
    var schema: String = "standard"

    @Option(name: .long, help: "标题 the title above the table.")
    var title: String = "重点任务台账"

    @Option(name: .long, help: "副标题 the line under the title (填报单位, 日期); \"\" for none.")
    var subtitle: String = TemplateOptions().subtitle ?? ""

    @Option(name: .long, help: "空行数 how many empty rows to prepare (1–\(TemplateOptions.maximumRows)).")
    var rows: Int = 30

    @Option(name: .long, help: "单位名录 a roster file: one department per line, aliases after a tab or comma.")
    var roster: String?

    @Flag(name: .long, help: "列出内置模式 list the schemas taizhang ships.")
    var list = false

    @Flag(name: .long, help: "覆盖已存在的输出文件 overwrite an existing output.")
    var force = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if list { return }
        guard let output else { throw ValidationError(common.catalog.argumentMessage(.outputMissing)) }
        let destination = LedgerDestination(output: output)
        if (format ?? LedgerFormat.from(path: output) ?? (destination.isStandardOutput ? .xlsx : nil)) != .xlsx {
            throw ValidationError(common.catalog.argumentMessage(.templateIsWorkbook))
        }
        try destination.checkWorkbook(common.catalog)
        if !(1...TemplateOptions.maximumRows).contains(rows) {
            throw ValidationError(
                common.catalog.argumentMessage(.rowsOutOfRange, ["maximum": String(TemplateOptions.maximumRows)]))
        }
    }

    func run() throws {
        if list {
            for name in LedgerSchema.builtInNames {
                guard let schema = LedgerSchema.builtIn(named: name) else { continue }
                print("\(name)\t\(schema.summary)")
            }
            return
        }
        guard let output else { return }
        let options: TemplateOptions
        do {
            options = TemplateOptions(
                schema: try SchemaFile.load(schema), title: title, subtitle: subtitle.isEmpty ? nil : subtitle,
                rows: rows, roster: try roster.map(RosterFile.load)
            )
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        let destination = LedgerDestination(output: output)
        do {
            try destination.writingWorkbook { path in
                try AtomicFileWriter.write(to: path, overwrite: force) { temporary throws(LedgerWriteError) in
                    try TemplateWriter.write(to: temporary, reportedAs: output, options: options)
                }
            }
        } catch {
            common.fail(error: error)
            throw ExitCode(2)
        }
        var facts = ["file": destination.name(common.catalog), "schema": options.schema.name, "rows": String(rows)]
        facts["departments"] = options.roster.map { String($0.departments.count) }
        common.say(common.catalog.commandMessage(options.roster == nil ? .templateWritten : .templateWithRoster, facts))
    }
}
