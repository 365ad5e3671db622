// SPDX-License-Identifier: Apache-2.0
// `taizhang convert`: a ledger in one format to another, with a short summary for the clerk.

import ArgumentParser
import Foundation
import Taizhang

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "转换台账格式 convert a ledger: XLSX/XLS/HTML/CSV/TSV/JSON → XLSX/CSV/TSV/JSON.",
        discussion: """
            The output format comes from the output's extension, or --format. An .xlsx output is the \
            ledger as an office prints it (merged title, grey header, fitted row heights, A4 \
            landscape); --schema chooses its columns and fonts. -o - writes to standard output (an .xlsx \
            only into a pipe or a file, never a terminal). Any size streams through in one pass. The input is never changed, and an existing \
            output is only replaced with --force.
            """
    )

    @Argument(help: "输入台账 the ledger to read (.xlsx, .xls, .et, .html, .csv, .tsv, .txt, .json).")
    var input: String

    @Option(name: .shortAndLong, help: "输出文件 the file to write, or - for standard output.")
    var output: String

    @Option(name: .long, help: "输出格式 output format: xlsx | csv | tsv | json (default: from the extension).")
    var format: LedgerFormat?

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(name: .long, help: "CSV 输出编码 CSV output encoding: utf8-bom | utf8 | gb18030.")
    var outputEncoding: CSVOutputEncoding = .utf8BOM

    @Flag(name: .long, help: "覆盖已存在的输出文件 overwrite an existing output.")
    var force = false

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try LedgerDestination(output: output).check(format: format, common.catalog)
        try inputOptions.check(common.catalog)
    }

    func run() throws {
        let xlsxOptions: XLSXWriteOptions
        do {
            xlsxOptions = try schemaOptions.writeOptions()
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        let conversion: LedgerConversion
        let destination = LedgerDestination(output: output)
        let options = LedgerWriteOptions(csvEncoding: outputEncoding, overwrite: force, xlsx: xlsxOptions)
        do {
            let file = LedgerFile(try StandardInput.path(for: input), name: input, options: inputOptions.readOptions)
            if destination.format(format) == .xlsx {
                conversion = try destination.writingWorkbook {
                    try file.convert(to: $0, format: .xlsx, options: options)
                }
            } else {
                conversion = try file.convert(to: output, format: destination.format(format), options: options)
            }
        } catch {
            common.fail(error: error)
            throw ExitCode(2)
        }
        let result = conversion.result
        common.report(result.findings)
        guard result.foundHeader else { throw ExitCode(1) }
        common.report(conversion.warnings)
        common.say(Summary(result: result, input: input, output: output, catalog: common.catalog).text)
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

extension LedgerFormat: ExpressibleByArgument {}
extension CSVOutputEncoding: ExpressibleByArgument {}
