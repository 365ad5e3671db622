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
            landscape); --schema chooses its columns and fonts. Use -o - for standard output (not for \
            .xlsx). The input is never changed, and an existing output is only replaced with --force.
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
        if output != "-", format == nil, LedgerFormat.from(path: output) == nil {
            throw ValidationError("无法从“\(output)”判断输出格式；请用 .xlsx/.csv/.tsv/.json 或 --format. Cannot tell the output format.")
        }
        if let chosen = format ?? LedgerFormat.from(path: output), !chosen.isWritable {
            throw ValidationError("taizhang 只能读取、不能写出 .\(chosen.rawValue) 文件；请用 .xlsx/.csv/.tsv/.json。Cannot write .\(chosen.rawValue).")
        }
        if output == "-", format == .xlsx {
            throw ValidationError("Excel 文件不能写到标准输出，请用 -o 指定文件名。An .xlsx output needs a file name.")
        }
    }

    /// Workbooks above this size (compressed; about 80,000 rows) go to a workbook in two streaming
    /// passes rather than through memory. Text inputs are read whole by the CSV reader anyway.
    static let streamingBytes = 4 << 20

    func run() throws {
        let outputFormat = format ?? LedgerFormat.from(path: output) ?? .json
        let xlsxOptions: XLSXWriteOptions
        do {
            xlsxOptions = try schemaOptions.writeOptions()
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
        let inputFormat = inputOptions.readOptions.format ?? LedgerFormat.from(path: input)
        if outputFormat == .xlsx, inputFormat == .xlsx, size > ConvertCommand.streamingBytes {
            try runStreaming(xlsxOptions)
            return
        }
        let result: LedgerReadResult
        do {
            result = try LedgerFileReader.read(path: input, options: inputOptions.readOptions)
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        common.report(result.findings)
        guard result.foundHeader else { throw ExitCode(1) }

        do {
            if output == "-" {
                let textFormat: LedgerFileWriter.TextFormat = outputFormat == .csv ? .csv : outputFormat == .tsv ? .tsv : .json
                let bytes = LedgerFileWriter.textBytes(
                    for: result.ledger, format: textFormat, csvEncoding: outputEncoding, schema: xlsxOptions.schema)
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                let written = try LedgerFileWriter.write(
                    result.ledger, to: output, format: outputFormat,
                    options: LedgerWriteOptions(csvEncoding: outputEncoding, overwrite: force, inputs: [input], xlsx: xlsxOptions))
                common.report(written)
            }
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        common.say(Summary(result: result, taskCount: result.ledger.taskCount, input: input, output: output,
                           language: common.lang).text)
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// A large input to a workbook: read twice, streamed, never held (``WorkbookConversion``).
    private func runStreaming(_ xlsxOptions: XLSXWriteOptions) throws {
        let outcome: WorkbookConversion.Outcome
        do {
            outcome = try WorkbookConversion.run(
                input: input, readOptions: inputOptions.readOptions, output: output,
                options: LedgerWriteOptions(overwrite: force, inputs: [input], xlsx: xlsxOptions))
        } catch {
            switch error {
            case .read(let error): common.fail(common.catalog.render(error))
            case .write(let error): common.fail(common.catalog.render(error))
            }
            throw ExitCode(2)
        }
        common.report(outcome.result.findings)
        guard outcome.result.foundHeader else { throw ExitCode(1) }
        common.report(outcome.written)
        common.say(Summary(result: outcome.result, taskCount: outcome.taskCount, input: input, output: output,
                           language: common.lang).text)
        if outcome.result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

extension LedgerFormat: ExpressibleByArgument {}
extension CSVOutputEncoding: ExpressibleByArgument {}
