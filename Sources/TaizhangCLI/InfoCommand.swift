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
        do {
            result = try LedgerFile(input, options: inputOptions.readOptions).stream(into: [summary])
        } catch {
            if case .read(let error) = error { common.fail(common.catalog.render(error)) }
            throw ExitCode(2)
        }
        print(InfoReport(result: result, summary: summary.summary, input: input, language: common.lang).text)
        common.report(result.findings)
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// The lines `info` prints.
struct InfoReport {
    let result: LedgerReadResult
    let summary: LedgerSummary
    let input: String
    let language: CommonOptions.Language

    private var zh: Bool { language == .zh }

    var text: String {
        let ledger = result.ledger
        var lines: [(String, String)] = []
        lines.append((zh ? "文件" : "File", input + (result.sheetName.map { zh ? "（工作表“\($0)”）" : " (sheet \"\($0)\")" } ?? "")))
        if let encoding = result.encoding { lines.append((zh ? "编码" : "Encoding", encoding.description)) }
        lines.append((zh ? "标题" : "Title", ledger.title ?? (zh ? "（无）" : "(none)")))
        if let subtitle = ledger.subtitle { lines.append((zh ? "副标题" : "Subtitle", subtitle)) }
        lines.append((zh ? "年度" : "Year", ledger.year.map(String.init) ?? (zh ? "（未知，可用 --year 指定）" : "(unknown; give --year)")))
        lines.append((zh ? "表头" : "Header", result.headerRow.map { zh ? "第\($0)行" : "row \($0)" } ?? (zh ? "未找到" : "not found")))
        lines.append((zh ? "任务" : "Tasks", "\(summary.tasks)"))
        lines.append((zh ? "部分" : "Sections", "\(result.sectionCount)"))
        let leads = summary.leadsByTasks
        let top = leads.prefix(5).map { zh ? "\($0.name) \($0.tasks)项" : "\($0.name) \($0.tasks)" }
        lines.append((zh ? "牵头单位" : "Lead departments",
                      "\(leads.count)" + (top.isEmpty ? "" : (zh ? "（" : " (") + top.joined(separator: zh ? "，" : ", ")
                          + (leads.count > 5 ? "…" : "") + (zh ? "）" : ")"))))
        lines.append((zh ? "配合单位" : "Cooperating departments", "\(summary.cooperatingCounts.count)"))
        lines.append((zh ? "涉及单位" : "Departments in all", "\(summary.departments.count)"))
        if summary.tasksWithoutLead > 0 {
            lines.append((zh ? "无牵头单位" : "Without a lead", "\(summary.tasksWithoutLead)"))
        }
        let kinds = Deadline.Kind.allCases.compactMap { kind in
            summary.deadlineKinds[kind].map { "\(name(of: kind)) \($0)" }
        }
        lines.append((zh ? "完成时限" : "Time limits", kinds.joined(separator: zh ? "，" : ", ")))
        if let range = summary.dueRange {
            lines.append((zh ? "到期范围" : "Due", "\(range.lowerBound.iso) – \(range.upperBound.iso)"))
        }
        let width = lines.map { $0.0.count }.max() ?? 0
        return lines.map { label, value in
            label + String(repeating: zh ? "　" : " ", count: width - label.count) + (zh ? "：" : ": ") + value
        }.joined(separator: "\n")
    }

    private func name(of kind: Deadline.Kind) -> String {
        guard zh else { return kind.rawValue }
        switch kind {
        case .date: return "具体日期"
        case .monthEnd: return "月底"
        case .yearEnd: return "年底"
        case .quarterEnd: return "季度末"
        case .halfEnd: return "半年"
        case .phased: return "阶段性"
        case .ongoing: return "长期"
        case .range: return "时间段"
        case .unparsed: return "无法识别"
        case .none: return "未填写"
        }
    }
}
