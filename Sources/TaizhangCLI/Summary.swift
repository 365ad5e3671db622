// SPDX-License-Identifier: Apache-2.0
// The short summary `convert` prints: what was read, how, and what was written.

import Taizhang

/// A few lines telling the clerk what a conversion did.
struct Summary {
    let result: LedgerReadResult
    let input: String
    let output: String
    let language: CommonOptions.Language

    var text: String {
        let ledger = result.ledger
        let sections = result.sectionCount
        let taskCount = result.taskCount
        let delimiterName: String? = result.delimiter.map { delimiter in
            switch (delimiter, language) {
            case (",", .zh): "逗号分隔"
            case ("\t", .zh): "制表符分隔"
            case (";", .zh): "分号分隔"
            case (",", .en): "comma-separated"
            case ("\t", .en): "tab-separated"
            default: "'\(delimiter)'"
            }
        }
        let sheetName = result.sheetName.map { language == .zh ? "工作表“\($0)”" : "sheet \"\($0)\"" }
        let how = [sheetName, result.encoding?.description, delimiterName].compactMap { $0 }
        let destination = output == "-" ? (language == .zh ? "标准输出" : "standard output") : output
        switch language {
        case .zh:
            var lines = ["读取：\(input)" + (how.isEmpty ? "" : "（\(how.joined(separator: "，"))）")]
            lines.append("台账：\(ledger.title ?? "（无标题）")" + (ledger.year.map { "，\($0)年度" } ?? ""))
            lines.append("任务 \(taskCount) 项，分 \(sections) 个部分")
            lines.append("写入：\(destination)")
            return lines.joined(separator: "\n")
        case .en:
            var lines = ["Read: \(input)" + (how.isEmpty ? "" : " (\(how.joined(separator: ", ")))")]
            lines.append("Ledger: \(ledger.title ?? "(untitled)")" + (ledger.year.map { ", year \($0)" } ?? ""))
            lines.append("\(taskCount) tasks in \(sections) sections")
            lines.append("Wrote: \(destination)")
            return lines.joined(separator: "\n")
        }
    }
}
