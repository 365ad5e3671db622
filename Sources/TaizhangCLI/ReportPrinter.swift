// SPDX-License-Identifier: Apache-2.0
// The text report: findings grouped by file, coloured on a terminal, and a summary line.

import Taizhang

/// Renders a validation report for the terminal.
struct ReportPrinter {
    let catalog: MessageCatalog
    let language: CommonOptions.Language
    /// Whether to colour severities (standard output is a terminal).
    let usesColour: Bool

    /// Writes the report a line at a time; with `quiet`, only files with errors and their errors.
    func write(_ report: ValidationReport, quiet: Bool, to output: FileOutput) throws(LedgerWriteError) {
        for file in report.files {
            if quiet && file.isValid { continue }
            try output.write((heading(file) + "\n").utf8)
            var failure: LedgerWriteError?
            file.log.forEach { finding in
                guard failure == nil, !quiet || finding.severity == .error else { return }
                do throws(LedgerWriteError) {
                    try output.write(("  " + line(finding) + "\n").utf8)
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
        try output.write((summary(report) + "\n").utf8)
        try output.flush()
    }

    private func heading(_ file: FileReport) -> String {
        let counts = zh
            ? "错误 \(file.count(.error))，警告 \(file.count(.warning))，提示 \(file.count(.info))"
            : "\(file.count(.error)) errors, \(file.count(.warning)) warnings, \(file.count(.info)) infos"
        let verdict = file.isValid ? paint(zh ? "通过" : "valid", .green) : paint(zh ? "有错误" : "has errors", .red)
        return bold(file.file) + (zh ? "：" : ": ") + verdict + (zh ? "（" : " (") + counts + (zh ? "）" : ")")
    }

    private func line(_ finding: Finding) -> String {
        // The message names the row; the cell, when there is one, leads the line so columns line up.
        let cell = finding.location.cell.map { $0 + " " } ?? ""
        var text = "\(label(finding.severity)) \(cell)\(catalog.message(for: finding)) [\(finding.code)]"
        if let suggestion = catalog.suggestion(for: finding) { text += " " + suggestion }
        return text
    }

    private func summary(_ report: ValidationReport) -> String {
        let files = report.files.count
        let valid = report.files.filter(\.isValid).count
        let errors = report.files.reduce(0) { $0 + $1.count(.error) }
        let warnings = report.files.reduce(0) { $0 + $1.count(.warning) }
        let infos = report.files.reduce(0) { $0 + $1.count(.info) }
        return zh
            ? "共 \(files) 个文件：\(valid) 个通过，\(files - valid) 个有错误；错误 \(errors) 条，警告 \(warnings) 条，提示 \(infos) 条。"
            : "\(files) files: \(valid) valid, \(files - valid) with errors; \(errors) errors, \(warnings) warnings, \(infos) infos."
    }

    private var zh: Bool { language == .zh }

    private func label(_ severity: Severity) -> String {
        let colour: Colour = switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .dim
        }
        return paint(catalog.label(of: severity), colour)
    }

    private enum Colour: String {
        case red = "31", yellow = "33", green = "32", dim = "2"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        escape(text, code: colour.rawValue)
    }

    private func bold(_ text: String) -> String { escape(text, code: "1") }

    private func escape(_ text: String, code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
