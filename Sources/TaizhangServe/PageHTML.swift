// SPDX-License-Identifier: Apache-2.0
// The one page clerks use: every action as a plain HTML form, the findings as a table.

import Taizhang

/// Renders the page: self-contained (inline style and script, no font or file from outside), in
/// the catalogue's language, laid out for a 1366×768 screen. Every form works without script;
/// the script adds drag-and-drop and an upload progress bar (``PageScript``).
struct PageHTML {
    let catalog: MessageCatalog
    let limits: ServeLimits
    /// The day overdue was judged on, shown with the findings and kept in the check form.
    var asOf: CalendarDate = .today

    /// The most findings the table lists; the annotated copies hold them all.
    static let maximumRows = 2000

    private var english: Bool { catalog.language == .english }
    private var query: String { english ? "?lang=en" : "" }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        HTML.escape(catalog.serveMessage(key, values))
    }

    /// The page with its forms only.
    func render() -> String { document(results: "") }

    /// The page with a validation's findings above the forms.
    func render(report: ValidationReport) -> String { document(results: findings(report)) }

    /// The page saying why a request failed.
    func render(error: ServeError) -> String {
        document(
            results: """
                <section class="results error" id="results"><h2>\(text("page-error"))</h2>
                <p>\(HTML.escape(error.message)) <code>[\(HTML.escape(error.code))]</code></p>
                <p><a href="/\(query)">\(text("page-back"))</a></p></section>
                """)
    }

    private func document(results: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(english ? "en" : "zh-CN")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(text("page-title")) · taizhang</title>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        <header>
        <h1>\(text("page-title"))</h1>
        <p>\(text("page-subtitle")) \(text("page-limits", ["files": String(limits.maximumFiles), "mb": String(limits.maximumUploadBytes >> 20)]))</p>
        <a class="language" href="/\(english ? "" : "?lang=en")">\(text("page-language"))</a>
        </header>
        <main>
        \(results)
        <div class="cards">
        \(validateCard)
        \(convertCard)
        \(templateCard)
        \(splitCard)
        \(mergeCard)
        \(reportCard)
        </div>
        </main>
        <script>\(PageScript.javascript(catalog))</script>
        </body>
        </html>
        """
    }

    // MARK: - Forms

    private func form(_ action: String, _ title: String, _ help: String, primary: Bool = false, _ body: String)
        -> String
    {
        """
        <section class="card\(primary ? " primary" : "")"><h2>\(text(title))</h2><p class="help">\(text(help))</p>
        <form method="post" enctype="multipart/form-data" action="/api/\(action)\(query)">
        \(body)
        <progress hidden max="1" value="0"></progress><p class="status" role="status"></p>
        </form></section>
        """
    }

    private func drop(_ name: String, label: String, multiple: Bool = false, required: Bool = true) -> String {
        """
        <label class="drop"><span class="label">\(text(label))</span>
        <input type="file" name="\(name)"\(multiple ? " multiple" : "")\(required ? " required" : "") \
        accept=".xlsx,.xlsm,.xls,.et,.csv,.tsv,.txt,.htm,.html,.json">
        <span class="hint">\(text("page-drop"))</span></label>
        """
    }

    private func rosterField() -> String {
        """
        <label class="small">\(text("page-roster")) <input type="file" name="roster" accept=".txt,.csv"></label>
        """
    }

    private func schemaField() -> String {
        let options = LedgerSchema.builtInNames.map {
            "<option value=\"\(HTML.escape($0))\">\(HTML.escape($0))</option>"
        }
        .joined()
        return "<label class=\"small\">\(text("page-schema")) <select name=\"schema\">\(options)</select></label>"
    }

    private func select(_ name: String, label: String, _ values: [String]) -> String {
        let options = values.map { "<option value=\"\($0)\">\($0)</option>" }.joined()
        return "<label class=\"small\">\(text(label)) <select name=\"\(name)\">\(options)</select></label>"
    }

    private var today: String { CalendarDate.today.iso }

    private var validateCard: String {
        form(
            "validate", "page-validate", "page-validate-help", primary: true,
            """
            \(drop("files", label: "page-files", multiple: true))
            <div class="row">\(rosterField())
            <label class="small">\(text("page-as-of")) <input type="date" name="asOf" value="\(asOf.iso)"></label>
            \(schemaField())</div>
            <div class="buttons"><button type="submit">\(text("page-show-findings"))</button>
            <button type="submit" class="secondary" formaction="/api/annotate\(query)">\(text("page-annotate"))</button></div>
            """)
    }

    private var convertCard: String {
        form(
            "convert", "page-convert", "page-convert-help",
            """
            \(drop("file", label: "page-file"))
            <div class="row">\(select("format", label: "page-format", ["xlsx", "csv", "json"]))\(schemaField())</div>
            <div class="buttons"><button type="submit">\(text("page-download"))</button></div>
            """)
    }

    private var templateCard: String {
        form(
            "template", "page-template", "page-template-help",
            """
            <label class="small wide">\(text("page-ledger-title")) <input type="text" name="title" value="重点任务台账" maxlength="200"></label>
            <div class="row">\(schemaField())
            <label class="small">\(text("page-rows")) <input type="number" name="rows" value="30" min="1" max="\(TemplateOptions.maximumRows)"></label></div>
            \(rosterField())
            <div class="buttons"><button type="submit">\(text("page-download"))</button></div>
            """)
    }

    private var splitCard: String {
        form(
            "split", "page-split", "page-split-help",
            """
            \(drop("file", label: "page-master"))
            \(rosterField())
            <div class="buttons"><button type="submit">\(text("page-download"))</button></div>
            """)
    }

    private var mergeCard: String {
        form(
            "merge", "page-merge", "page-merge-help",
            """
            \(drop("file", label: "page-master"))
            \(drop("files", label: "page-returns", multiple: true))
            \(rosterField())
            <div class="buttons"><button type="submit">\(text("page-download"))</button></div>
            """)
    }

    private var reportCard: String {
        form(
            "report", "page-report", "page-report-help",
            """
            \(drop("file", label: "page-file"))
            <div class="row"><label class="small">\(text("page-as-of")) <input type="date" name="asOf" value="\(today)"></label>
            <label class="small">\(text("page-due-soon")) <input type="number" name="dueSoonDays" value="\(StandingRules.defaultDueSoonDays)" min="0" max="366"></label>
            \(select("format", label: "page-format", ["xlsx", "html", "json"]))</div>
            <div class="buttons"><button type="submit">\(text("page-download"))</button></div>
            """)
    }

    // MARK: - Findings

    private func findings(_ report: ValidationReport) -> String {
        let totals = [
            "files": report.files.count, "valid": report.files.filter(\.isValid).count,
            "errors": report.files.reduce(0) { $0 + $1.count(.error) },
            "warnings": report.files.reduce(0) { $0 + $1.count(.warning) },
            "infos": report.files.reduce(0) { $0 + $1.count(.info) },
        ].mapValues(String.init)
        // Errors first, then warnings, then notes; within each, by file and row as the report has them.
        let rank: [Severity: Int] = [.error: 0, .warning: 1, .info: 2]
        let all = report.files.flatMap { file in file.findings.map { (file.file, $0) } }.enumerated()
            .sorted { (rank[$0.element.1.severity] ?? 3, $0.offset) < (rank[$1.element.1.severity] ?? 3, $1.offset) }
            .map(\.element)
        var html = """
            <section class="results" id="results"><h2>\(text("page-results"))</h2>
            <p class="summary">\(text("page-summary", totals)) \(text("page-as-of-used", ["date": asOf.iso]))</p>
            <ul class="files">
            """
        for file in report.files {
            let counts = ["errors": file.count(.error), "warnings": file.count(.warning), "infos": file.count(.info)]
                .mapValues(String.init)
            html +=
                "<li class=\"\(file.isValid ? "valid" : "invalid")\"><b>\(HTML.escape(file.file))</b> \(text("page-file-counts", counts))</li>"
        }
        html += "</ul>"
        guard !all.isEmpty else { return html + "<p>\(text("page-no-findings"))</p></section>" }
        if all.count > Self.maximumRows {
            html +=
                "<p class=\"note\">\(text("page-truncated", ["shown": String(Self.maximumRows), "total": String(all.count)]))</p>"
        }
        let headings = ["file", "sheet", "row", "cell", "severity", "code", "message", "suggestion"]
            .map { "<th>\(text("page-column-\($0)"))</th>" }.joined()
        html += "<div class=\"table\"><table><thead><tr>\(headings)</tr></thead><tbody>\n"
        for (file, finding) in all.prefix(Self.maximumRows) {
            let cells = [
                file, finding.location.sheet ?? "", finding.location.row.map(String.init) ?? "",
                finding.location.cell ?? "",
            ].map { "<td>\(HTML.escape($0))</td>" }.joined()
            html += "<tr class=\"\(finding.severity.rawValue)\">\(cells)"
            html += "<td><span class=\"level\">\(HTML.escape(catalog.label(of: finding.severity)))</span></td>"
            html += "<td><code>\(HTML.escape(finding.code.rawValue))</code></td>"
            html += "<td>\(HTML.escape(catalog.message(for: finding)))</td>"
            html += "<td>\(HTML.escape(catalog.suggestion(for: finding) ?? ""))</td></tr>\n"
        }
        return html + "</tbody></table></div></section>"
    }
}
