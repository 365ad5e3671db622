// SPDX-License-Identifier: Apache-2.0
// What the command line tells the clerk about its work (what it read, wrote, split and merged), in
// the run's one language.

extension MessageCatalog {
    /// A line (or part of one) the command prints about its own work, with `{name}` holes filled from
    /// `values`.
    public func commandMessage(_ key: CommandMessage, _ values: [String: String] = [:]) -> String {
        let wording = MessageCatalog.commandTemplates[key.rawValue] ?? (key.rawValue, key.rawValue)
        return fill(language == .chinese ? wording.zh : wording.en, location: SourceLocation(file: ""), values: values)
    }

    /// What the command says about its own work.
    public enum CommandMessage: String, Sendable, CaseIterable {
        case read, readWith = "read-with", sheet, commaSeparated = "comma-separated"
        case tabSeparated = "tab-separated", semicolonSeparated = "semicolon-separated"
        case ledger, ledgerOfYear = "ledger-of-year", untitled, counts, wrote, standardOutput = "standard-output"
        case extracted, fromTable = "from-table", fromText = "from-text"
        case templateWritten = "template-written", templateWithRoster = "template-with-roster"
        case derivedIdentifiers = "derived-identifiers", departmentWorkbook = "department-workbook"
        case distributionList = "distribution-list", merged, annotated
        case fileHeading = "file-heading", fileCounts = "file-counts", valid, hasErrors = "has-errors",
            validationTotals = "validation-totals"
        case labelled, validating, merging, splitting
    }

    static let commandTemplates: [String: Wording] = [
        "read": ("读取：{input}", "Read: {input}"),
        "read-with": ("读取：{input}（{how}）", "Read: {input} ({how})"),
        "sheet": ("工作表“{sheet}”", "sheet \"{sheet}\""),
        "comma-separated": ("逗号分隔", "comma-separated"),
        "tab-separated": ("制表符分隔", "tab-separated"),
        "semicolon-separated": ("分号分隔", "semicolon-separated"),
        "ledger": ("台账：{title}", "Ledger: {title}"),
        "ledger-of-year": ("台账：{title}，{year}年度", "Ledger: {title}, year {year}"),
        "untitled": ("（无标题）", "(untitled)"),
        "counts": ("任务 {tasks} 项，分 {sections} 个部分", "{tasks} tasks in {sections} sections"),
        "wrote": ("写入：{file}", "Wrote: {file}"),
        "standard-output": ("标准输出", "standard output"),
        "extracted": (
            "提取：{notice}（{source}）：{title}，任务 {tasks} 项，分 {sections} 个部分，待核对 {doubts} 处",
            "Extracted {notice} ({source}): {title}, {tasks} tasks in {sections} sections, {doubts} to check"
        ),
        "from-table": ("附件台账表", "table"),
        "from-text": ("正文", "text"),
        "template-written": ("写入：{file}（模式 {schema}，{rows} 行）", "Wrote {file} (schema {schema}, {rows} rows)"),
        "template-with-roster": (
            "写入：{file}（模式 {schema}，{rows} 行，名录 {departments} 个单位）",
            "Wrote {file} (schema {schema}, {rows} rows, roster of {departments})"
        ),
        "derived-identifiers": (
            "台账没有任务标识，已按任务位置和内容生成（同一台账每次相同，原文件未改动）。",
            "The ledger carries no task identifiers; they were derived from each task's place and text "
                + "(the same every time; the input is unchanged)."
        ),
        "department-workbook": (
            "写入：{file}（牵头 {leads} 项，配合 {cooperates} 项）", "Wrote {file} (leads {leads}, cooperates on {cooperates})"
        ),
        "distribution-list": (
            "分发清单：{file}（{departments} 个单位）", "Distribution list: {file} ({departments} departments)"
        ),
        "merged": (
            "汇总：{file}（报送 {returns} 份，{rows} 行，匹配 {matched} 行，未匹配 {unmatched} 行；未报送 {missing} 个单位）",
            "Merged: {file} ({returns} returns, {rows} rows, {matched} matched, {unmatched} unmatched; "
                + "{missing} departments sent nothing)"
        ),
        "annotated": ("标注：{folder}（{files} 个文件，另有 {summary}）", "Annotated: {folder} ({files} files, and {summary})"),
        "file-heading": ("{file}：{verdict}（{counts}）", "{file}: {verdict} ({counts})"),
        "file-counts": ("错误 {errors}，警告 {warnings}，提示 {infos}", "{errors} errors, {warnings} warnings, {infos} infos"),
        "valid": ("通过", "valid"),
        "has-errors": ("有错误", "has errors"),
        "validation-totals": (
            "共 {files} 个文件：{valid} 个通过，{invalid} 个有错误；错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。",
            "{files} files: {valid} valid, {invalid} with errors; {errors} errors, {warnings} warnings, {infos} infos."
        ),
        "labelled": ("{label}：{text}", "{label}: {text}"),
        "validating": ("校验", "Validating"),
        "merging": ("合并", "Merging"),
        "splitting": ("分发", "Splitting"),
    ]
}

extension MessageCatalog {
    /// What separates the items of a list in a message: "，" or ", ".
    public var listSeparator: String { language == .chinese ? "，" : ", " }
}
