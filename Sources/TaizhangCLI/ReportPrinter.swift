// SPDX-License-Identifier: Apache-2.0
// The text report: findings grouped by file, coloured on a terminal, and a summary line.

import Taizhang

/// Renders a validation report for the terminal.
struct ReportPrinter {
    let catalog: MessageCatalog
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
        let counts = catalog.commandMessage(
            .fileCounts,
            [
                "errors": String(file.count(.error)), "warnings": String(file.count(.warning)),
                "infos": String(file.count(.info)),
            ])
        let verdict =
            file.isValid
            ? paint(catalog.commandMessage(.valid), .green) : paint(catalog.commandMessage(.hasErrors), .red)
        return catalog.commandMessage(.fileHeading, ["file": bold(file.file), "verdict": verdict, "counts": counts])
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
        return catalog.commandMessage(
            .validationTotals,
            [
                "files": String(files), "valid": String(valid), "invalid": String(files - valid),
                "errors": String(errors), "warnings": String(warnings), "infos": String(infos),
            ])
    }

    private func label(_ severity: Severity) -> String {
        let colour: Colour =
            switch severity {
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
