// SPDX-License-Identifier: Apache-2.0
// `taizhang extract`: the ledger of a notice (.txt or .docx), and its score against a gold ledger.

import ArgumentParser
import Foundation
import Taizhang

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "从通知提取台账 extract the task ledger from a notice (.txt or .docx).",
        discussion: """
            Reads the notice's title, 文号, issuer, date and year, its sections and numbered tasks, \
            and each task's departments in the notice's own convention. With an attached ledger table \
            the table is read (--from text reads the narrative instead). Guessed decisions are listed \
            as uncertain-extraction warnings. --score GOLD.jsonl prints precision, recall and F1.
            """
    )

    @Argument(help: "通知文件 the notice (.txt in UTF-8 or GB18030, or .docx).")
    var notice: String

    @Option(name: .shortAndLong, help: "输出台账 the ledger to write (.xlsx, .csv, .tsv, .json), or - for standard output.")
    var output: String?

    @Option(name: .long, help: "输出格式 output format: xlsx | csv | tsv | json (default: from the extension).")
    var format: LedgerFormat?

    @Option(name: .long, help: "任务来源 where tasks come from: table (default, when the notice has one) | text.")
    var from: ExtractionSource = .table

    @Option(name: .long, help: "评分 a gold ledger (JSON Lines) to score the extraction against.")
    var score: String?

    @OptionGroup var schemaOptions: SchemaOptions

    @Flag(name: .long, help: "覆盖已存在的输出文件 overwrite an existing output.")
    var force = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if output == nil, score == nil {
            throw ValidationError(common.catalog.argumentMessage(.extractNeedsOutput))
        }
        if let output { try LedgerDestination(output: output).check(format: format, common.catalog) }
        if output == "-", score != nil {
            throw ValidationError(common.catalog.argumentMessage(.standardOutputTaken, ["option": "--score"]))
        }
    }

    func run() throws {
        let extraction: Extraction
        do {
            extraction = try NoticeExtractor.extract(path: notice, from: from)
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        common.report(extraction.findings)
        let ledger = extraction.ledger
        let sections = ledger.allSections.count
        let catalog = common.catalog
        common.say(
            catalog.commandMessage(
                .extracted,
                [
                    "notice": notice,
                    "source": catalog.commandMessage(extraction.source == .table ? .fromTable : .fromText),
                    "title": ledger.title ?? catalog.commandMessage(.untitled), "tasks": String(ledger.taskCount),
                    "sections": String(sections), "doubts": String(extraction.findings.count),
                ]))
        if let output {
            let destination = LedgerDestination(output: output)
            do {
                let format = destination.format(format) ?? .json
                let options = LedgerWriteOptions(
                    overwrite: force, inputs: [notice], xlsx: try schemaOptions.writeOptions())
                if format == .xlsx {
                    common.report(
                        try destination.writingWorkbook {
                            try LedgerFile.write(ledger, to: $0, format: .xlsx, options: options)
                        })
                } else {
                    common.report(try LedgerFile.write(ledger, to: output, format: format, options: options))
                }
                common.say(catalog.commandMessage(.wrote, ["file": destination.name(catalog)]))
            } catch {
                common.fail(error: error)
                throw ExitCode(2)
            }
        }
        if let score {
            do {
                let gold = try GoldTask.read(path: score)
                print(ExtractionScore(tasks: ledger.entries.map(\.task), gold: gold).report)
            } catch {
                common.fail(common.catalog.render(error))
                throw ExitCode(2)
            }
        }
    }
}

extension ExtractionSource: ExpressibleByArgument {}
