// SPDX-License-Identifier: Apache-2.0
// What `taizhang serve` says to the clerk and to scripts, in Chinese and English.

public import TaizhangModel

extension MessageCatalog {
    /// A message of the web server, by its stable code; `{name}` holes are filled from `values`.
    ///
    /// Codes: the ``ServeError/Code`` raw values, and the page's own wording (keys starting `page-`).
    public func serveMessage(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = MessageCatalog.serveTemplates[key].map { language == .chinese ? $0.zh : $0.en } ?? key
        var result = template
        for (name, value) in worded(values) {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    private static let serveTemplates: [String: (zh: String, en: String)] = [
        "upload-too-large": (
            "上传的内容超过 {limit} MB 的上限。请分批上传，或请管理员用 --max-upload-mb 调高上限。",
            "The upload is over the {limit} MB limit. Send fewer files at a time, or ask for a higher --max-upload-mb."
        ),
        "too-many-files": (
            "一次最多上传 {limit} 个文件。请分批上传。",
            "At most {limit} files can be sent at once. Send them in batches."
        ),
        "busy": (
            "服务器正忙（同时处理的任务已达 {limit} 个）。请稍后再试。",
            "The server is busy ({limit} jobs running). Try again in a moment."
        ),
        "bad-upload": (
            "上传的内容无法识别（{reason}）。请用页面上的表单上传文件。",
            "The upload could not be read ({reason}). Send the files with the page's form."
        ),
        "missing-file": (
            "没有收到文件“{field}”。请选择要上传的文件。",
            "No file was sent as \"{field}\". Choose a file to send."
        ),
        "bad-field": (
            "“{field}”的值“{value}”无效：{allowed}。",
            "\"{value}\" is not valid for {field}: {allowed}."
        ),
        "not-found": ("没有这个页面：{path}", "No such page: {path}"),
        "foreign-host": (
            "本服务只接受本机地址（localhost、127.0.0.1）的访问，收到的地址是“{host}”。",
            "This server answers to this machine's own addresses only (localhost, 127.0.0.1), not \"{host}\"."
        ),
        "server-failed": ("服务器无法完成：{reason}", "The server could not finish: {reason}"),
        "serving": (
            "台账工具已启动：在浏览器中打开 {url} （按 Ctrl-C 停止）",
            "taizhang is serving: open {url}?lang=en in a browser (Ctrl-C stops it)"
        ),
        "open-host": (
            "警告：正在监听 {host}，局域网中的其他电脑都能访问，且没有密码。只在可信的网络中这样做。",
            "Warning: listening on {host}: other machines on the network can reach it, with no password. Do this only on a network you trust."
        ),
        "no-upload-folder": ("无法创建临时文件夹：{reason}", "Cannot make the temporary folder: {reason}"),
        "bad-serve-option": (
            "{option} 须在 {minimum} 到 {maximum} 之间，而不是 {value}。",
            "{option} must be from {minimum} to {maximum}, not {value}."
        ),
        "page-title": ("台账工具", "Ledger tools"),
        "page-subtitle": (
            "在本机检查、转换、分解、汇总重点工作台账。文件只在处理时保存在本机临时文件夹，处理完即删除。",
            "Check, convert, split and merge task ledgers on this machine. Files are kept in a private temporary folder only while they are processed."
        ),
        "page-validate": ("校验台账", "Check ledgers"),
        "page-validate-help": (
            "选择或拖入各单位交回的表格（xlsx、xls、et、csv、html），可一次多个。",
            "Choose or drop the returned sheets (xlsx, xls, et, csv, html); several at once."
        ),
        "page-files": ("台账文件", "Ledger files"),
        "page-file": ("台账文件", "Ledger file"),
        "page-drop": ("把文件拖到这里，或点击选择", "Drop files here, or click to choose"),
        "page-roster": ("单位名录（可选）", "Roster (optional)"),
        "page-as-of": ("判断逾期的日期", "Judge overdue on"),
        "page-schema": ("台账模式", "Schema"),
        "page-show-findings": ("查看问题", "Show problems"),
        "page-annotate": ("下载标注文件（zip）", "Download marked copies (zip)"),
        "page-convert": ("转换格式", "Convert"),
        "page-convert-help": ("把台账转成排版好的 xlsx，或 csv、json。", "Turn a ledger into a print-ready xlsx, or csv or json."),
        "page-format": ("输出格式", "Output format"),
        "page-download": ("下载", "Download"),
        "page-template": ("空白模板", "Blank template"),
        "page-template-help": ("生成带下拉列表和填表说明的空白台账。", "A blank ledger with drop-down lists and instructions."),
        "page-ledger-title": ("标题", "Title"),
        "page-rows": ("空行数", "Empty rows"),
        "page-split": ("分解下发", "Split"),
        "page-split-help": (
            "按牵头、配合单位拆成各单位的表格，另附分发清单（zip）。", "One workbook per department, and a distribution list (zip)."
        ),
        "page-master": ("母台账", "Master ledger"),
        "page-merge": ("汇总", "Merge"),
        "page-merge-help": ("把各单位交回的表格汇总回母台账。", "Merge the departments' returns into the master."),
        "page-returns": ("交回的表格", "Returned sheets"),
        "page-report": ("督查通报", "Bulletin"),
        "page-report-help": ("统计各项任务截至某日的进展，按牵头单位排名。", "Where each task stands on a date, per lead department."),
        "page-due-soon": ("临近到期天数", "Due within days"),
        "page-results": ("校验结果", "Findings"),
        "page-summary": (
            "共 {files} 个文件：{valid} 个无错误；错误 {errors} 处，警告 {warnings} 处，提示 {infos} 处。",
            "{files} files: {valid} without errors; {errors} errors, {warnings} warnings, {infos} notes."
        ),
        "page-as-of-used": ("（逾期按 {date} 判断）", "(overdue judged on {date})"),
        "page-file-counts": (
            "错误 {errors} · 警告 {warnings} · 提示 {infos}", "{errors} errors · {warnings} warnings · {infos} notes"
        ),
        "page-no-findings": ("没有发现问题。", "No problems found."),
        "page-back": ("返回", "Back"),
        "page-error": ("无法完成", "Could not finish"),
        "page-sending": ("正在上传…", "Sending…"),
        "page-working": ("正在处理…", "Working…"),
        "page-failed": (
            "连接中断，未能完成。文件可能超过上限，或服务器已停止。",
            "The connection broke off. The files may be over the limit, or the server has stopped."
        ),
        "page-column-file": ("文件", "File"),
        "page-column-sheet": ("工作表", "Sheet"),
        "page-column-row": ("行", "Row"),
        "page-column-cell": ("单元格", "Cell"),
        "page-column-severity": ("级别", "Level"),
        "page-column-code": ("代码", "Code"),
        "page-column-message": ("问题", "Problem"),
        "page-column-suggestion": ("建议", "Suggestion"),
        "page-language": ("English", "中文"),
        "page-limits": (
            "每次最多 {files} 个文件、共 {mb} MB。",
            "Up to {files} files and {mb} MB at a time."
        ),
        "page-truncated": (
            "只列出前 {shown} 条，共 {total} 条。完整结果请下载标注文件。",
            "Only the first {shown} of {total} findings are listed. Download the marked copies for all of them."
        ),
    ]
}
