// SPDX-License-Identifier: Apache-2.0
// `taizhang info`: what a clerk wants to know first about a ledger, read in one streaming pass.

import ArgumentParser
import Foundation
import Taizhang

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "台账概况 summarise a ledger: sheet, title, year, tasks, sections, departments, time limits.",
        discussion: "Reads the whole ledger in one pass without keeping its tasks, so any size fits in little memory."
    )

    @Argument(help: "台账文件 the ledger (.xlsx, .xls, .et, .html, .csv, .tsv, .txt, .json).")
    var input: String

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try inputOptions.check(common.catalog)
    }

    func run() throws {
        let summary = LedgerSummarySink()
        let result: LedgerReadResult
        let path: String
        do {
            path = try StandardInput.path(for: input)
        } catch {
            common.fail(common.catalog.render(error))
            throw ExitCode(2)
        }
        do {
            result = try LedgerFile(path, name: input, options: inputOptions.readOptions).stream(into: [summary])
        } catch {
            if case .read(let error) = error { common.fail(common.catalog.render(error)) }
            throw ExitCode(2)
        }
        print(InfoReport(result: result, summary: summary.summary, input: input, catalog: common.catalog).text)
        common.report(result.findings)
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// The lines `info` prints.
struct InfoReport {
    let result: LedgerReadResult
    let summary: LedgerSummary
    let input: String
    let catalog: MessageCatalog

    var text: String {
        let ledger = result.ledger
        func word(_ key: MessageCatalog.InfoWord, _ values: [String: String] = [:]) -> String {
            catalog.infoWord(key, values)
        }
        var lines: [(String, String)] = []
        lines.append((word(.file), result.sheetName.map { word(.inSheet, ["file": input, "sheet": $0]) } ?? input))
        if let encoding = result.encoding { lines.append((word(.encoding), encoding.description)) }
        lines.append((word(.title), ledger.title ?? word(.noTitle)))
        if let subtitle = ledger.subtitle { lines.append((word(.subtitle), subtitle)) }
        lines.append((word(.year), ledger.year.map(String.init) ?? word(.unknownYear)))
        lines.append((word(.header), result.headerRow.map { word(.headerRow, ["row": String($0)]) } ?? word(.notFound)))
        lines.append((word(.tasks), "\(summary.tasks)"))
        lines.append((word(.sections), "\(result.sectionCount)"))
        let leads = summary.leadsByTasks
        let top = leads.prefix(5).map { word(.leadTasks, ["name": $0.name, "tasks": String($0.tasks)]) }
        let names = top.joined(separator: catalog.listSeparator) + (leads.count > 5 ? "…" : "")
        lines.append(
            (
                word(.leads),
                top.isEmpty ? "\(leads.count)" : word(.topLeads, ["count": "\(leads.count)", "names": names])
            ))
        lines.append((word(.cooperating), "\(summary.cooperatingCounts.count)"))
        lines.append((word(.departments), "\(summary.departments.count)"))
        if summary.tasksWithoutLead > 0 {
            lines.append((word(.withoutLead), "\(summary.tasksWithoutLead)"))
        }
        let kinds = Deadline.Kind.allCases.compactMap { kind in
            summary.deadlineKinds[kind].map { "\(catalog.name(of: kind)) \($0)" }
        }
        lines.append((word(.timeLimits), kinds.joined(separator: catalog.listSeparator)))
        if let range = summary.dueRange {
            lines.append((word(.due), "\(range.lowerBound.iso) – \(range.upperBound.iso)"))
        }
        let width = lines.map { $0.0.count }.max() ?? 0
        return lines.map { label, value in
            let padded = label + String(repeating: catalog.labelPadding, count: width - label.count)
            return catalog.commandMessage(.labelled, ["label": padded, "text": value])
        }.joined(separator: "\n")
    }
}
