// SPDX-License-Identifier: Apache-2.0
// The wording of every finding and error, in Chinese (default) and English.

/// The language messages for clerks are written in.
public enum MessageLanguage: String, Sendable, CaseIterable {
    /// 中文, the default.
    case chinese = "zh"
    /// English.
    case english = "en"
}

/// Renders findings and errors as messages a clerk understands.
///
/// Templates name their facts in braces: `{row}`, `{column}`, `{cell}`, `{line}`, `{file}` come
/// from the location, anything else from the finding's or error's arguments.
public struct MessageCatalog: Sendable {
    /// The language messages are rendered in.
    public var language: MessageLanguage

    /// Creates a catalogue for a language.
    public init(language: MessageLanguage = .chinese) {
        self.language = language
    }

    /// The message of a finding, without the file name (reports group findings by file).
    public func message(for finding: Finding) -> String {
        var key = finding.code.rawValue
        var templates = MessageCatalog.findingTemplates
        // A file that could not be read carries the reader's error code; its wording is the reader's.
        var prefix = ""
        if finding.code == .unreadableFile, let error = finding.arguments["error"] {
            key = error
            templates = MessageCatalog.readErrorTemplates
            // A reader's fault in a text file is placed by its line, which no cell reference names.
            if finding.location.cell == nil, finding.location.row == nil, let line = finding.location.line {
                prefix = language == .chinese ? "第\(line)行：" : "line \(line): "
            }
        }
        guard let wording = templates[key] else { return prefix + MessageCatalog.unworded(key, finding.arguments) }
        let template = language == .chinese ? wording.zh : wording.en
        var values = worded(finding.arguments)
        if let problem = values["problem"], let wording = MessageCatalog.whitespaceProblems[problem] {
            values["problem"] = language == .chinese ? wording.zh : wording.en
        }
        if finding.code == .uncertainExtraction, let reason = values["reason"],
            let wording = MessageCatalog.extractionDoubts[reason]
        {
            values["reason"] = language == .chinese ? wording.zh : wording.en
            if values["sequence"] == nil {
                // About the whole notice rather than one item.
                return fill(
                    language == .chinese ? "{reason}。" : "{reason}.", location: finding.location, values: values)
            }
        }
        return prefix + fill(template, location: finding.location, values: values, column: finding.columnTitle)
    }

    /// A code the catalogue has no wording for (a client rule's own): the code and its facts,
    /// e.g. "acme-budget-missing (budget: 0, row: 7)".
    static func unworded(_ code: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty else { return code }
        return code + " ("
            + arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
    }

    /// The reasons of an `uncertain-extraction` finding.
    static let extractionDoubts: [String: Wording] = [
        "merged-cells": (
            "原表中单元格被合并，牵头与配合单位的划分是推断的", "cells of the table were merged; the lead/cooperating split is a guess"
        ),
        "inherited-departments": ("没有写明单位，沿用了上一项的单位", "no departments given; those of the item above were used"),
        "label-slip": ("两行都写作“配合单位”，第一行按牵头单位处理", "both lines say 配合单位; the first is taken as the lead"),
        "heading-style": ("序号格式与同级任务不同，按任务处理", "numbered in another style than its neighbours; taken as a task"),
        "no-departments": ("没有找到责任单位", "no departments found"),
        "number-before-figure": ("序号后紧跟数字，按编号条目处理", "a figure follows the number directly; read as a numbered item"),
        "run-on-items": (
            "与上一条写在同一段中，已在序号处拆开", "run together with the item before in one paragraph; split at its number"
        ),
        "heading-without-items": (
            "编号标题下没有编号条目，未列为任务", "a numbered heading with no numbered items under it; not a task"
        ),
        "general-item": (
            "总体要求、基本原则、保障措施等部分的条目没有写明单位，未列为任务",
            "an item of a general part (总体要求, 基本原则, 保障措施…) naming no department; not a task"
        ),
        "table-without-rows": ("找到台账表头，但表头下没有编号的行", "a ledger table header with no numbered rows under it"),
        "table-row-without-number": ("表格行没有序号，未列为任务", "a table row without a sequence number; not a task"),
        "table-row-not-read": (
            "表格行未能读取：没有找到含“序号”“重点任务”等的表头", "a table row not read: no header with 序号 and 重点任务 (or synonyms) was found"
        ),
        "attachment-title": ("附件目录中的标题，未列为任务", "the title of an attachment in the list of attachments; not a task"),
        "empty-item": ("编号行没有内容，未列为任务", "a numbered line with no text; not a task"),
        "no-tasks": ("有编号条目，但没有一条是任务（都是标题或总体要求）", "numbered items, but none is a task (all headings or general parts)"),
        "no-numbered-items": (
            "通知中没有编号的条目（一、（一）1.（1）①），也没有台账表格，未提取到任务",
            "the notice has no numbered items (一、（一）1.（1）①) and no ledger table; no task extracted"
        ),
    ]

    /// The kinds of `whitespace` finding.
    static let whitespaceProblems: [String: Wording] = [
        "leading": ("开头有多余的空格或换行", "has spaces or a line break before the text"),
        "trailing": ("末尾有多余的空格或换行", "has spaces or a line break after the text"),
        "doubled": ("有连续的空格", "has doubled spaces"),
        "break-in-name": ("单位名称中间有换行", "has a line break inside a department name"),
    ]

    /// The suggestion line of a finding, or `nil` when it has none.
    public func suggestion(for finding: Finding) -> String? {
        guard !finding.suggestions.isEmpty else { return nil }
        let names = finding.suggestions.joined(separator: language == .chinese ? "、" : ", ")
        return language == .chinese ? "是否应为：\(names)？" : "Did you mean: \(names)?"
    }

    /// The full message of a read error: where, what, and what to do.
    public func render(_ error: LedgerReadError) -> String {
        let template =
            MessageCatalog.readErrorTemplates[error.code.rawValue]
            .map { language == .chinese ? $0.zh : $0.en }
            ?? error.code.rawValue
        return place(error.location) + fill(template, location: error.location, values: worded(error.arguments))
    }

    /// The full message of a write error.
    public func render(_ error: LedgerWriteError) -> String {
        let template =
            MessageCatalog.writeErrorTemplates[error.code.rawValue]
            .map { language == .chinese ? $0.zh : $0.en }
            ?? error.code.rawValue
        var values = worded(error.arguments)
        values["file"] = error.path
        return fill(template, location: SourceLocation(file: error.path), values: values)
    }

    /// "file: line 3: " or "file, sheet S, cell C4: " in the catalogue's language.
    public func place(_ location: SourceLocation) -> String {
        var parts = [location.file]
        if let sheet = location.sheet {
            parts.append(language == .chinese ? "工作表“\(sheet)”" : "sheet \"\(sheet)\"")
        }
        if let cell = location.cell {
            parts.append(language == .chinese ? "单元格 \(cell)" : "cell \(cell)")
        } else if let row = location.row {
            parts.append(language == .chinese ? "第\(row)行" : "row \(row)")
        } else if let line = location.line {
            parts.append(language == .chinese ? "第\(line)行" : "line \(line)")
        }
        return parts.joined(separator: language == .chinese ? "，" : ", ") + (language == .chinese ? "：" : ": ")
    }

    func fill(_ template: String, location: SourceLocation, values: [String: String], column: String? = nil) -> String {
        /// A fact by name: the arguments first, then the column title and the place.
        func value(of name: String) -> String? {
            if let given = values[name] { return given }
            switch name {
            case "column": return column
            case "file": return location.file
            case "row": return location.row.map(String.init)
            case "line": return location.line.map(String.init)
            case "cell": return location.cell
            default: return nil
            }
        }
        // Placeholders are found by their ASCII braces in the UTF-8, and the message is put
        // together as bytes: a report of many findings fills a template for each.
        var result: [UInt8] = []
        var template = template
        template.withUTF8 { bytes in
            result.reserveCapacity(bytes.count + 64)
            var start = 0
            while let open = bytes[start...].firstIndex(of: 0x7B), let close = bytes[open...].firstIndex(of: 0x7D) {
                result += bytes[start..<open]
                let name = String(knownValidUTF8: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]))
                if let value = value(of: name) {
                    result += value.utf8
                } else {
                    result += bytes[open...close]
                }
                start = close + 1
            }
            result += bytes[start...]
        }
        // Valid pieces cut at ASCII braces: valid as a whole.
        return result.withUnsafeBufferPointer { String(knownValidUTF8: $0) }
    }

    // MARK: - Templates

    typealias Wording = (zh: String, en: String)

    static let findingTemplates: [String: Wording] = [
        "header-not-found": (
            "未找到台账表头：没有一行同时包含“序号”和“重点任务”（或其同义词）。请检查表头行，或确认这是台账文件。",
            "No ledger header found: no row holds both 序号 (sequence) and 重点任务 (key task) or a synonym. "
                + "Check the header row, or whether this is a ledger at all."
        ),
        "missing-column": (
            "表头缺少必需的列“{field}”。请在表头中加入该列。",
            "The header lacks the required column {field}. Add it to the header."
        ),
        "duplicate-column": (
            "列“{column}”与第{other}列“{otherTitle}”都对应“{field}”，只使用第一列。请删除或改名其中一列。",
            "Column {column} and column {other} ({otherTitle}) both mean {field}; only the first is used. "
                + "Remove or rename one."
        ),
        "unknown-column": (
            "列“{column}”不是台账的标准列，其内容已原样保留。",
            "Column {column} is not a standard ledger column; its values are kept as they are."
        ),
        "blank-row": (
            "第{row}行是表格中的空行，已跳过。",
            "Row {row} is an empty row inside the table; skipped."
        ),
        "other-ledger-sheets": (
            "工作簿中还有其他台账工作表（{sheets}），本次只读取了“{sheet}”。如需检查其他工作表，请用 --sheet 指定。",
            "Other sheets of the workbook hold a ledger too ({sheets}); only \"{sheet}\" was read. Name another with --sheet."
        ),
        "stacked-ledgers": (
            "第{row}行“{title}”下面又是一行表头：这里似乎开始了另一份台账，已作为本表的一个部分读取。如是两份台账，请分开保存为两个工作表或两个文件。",
            "Row {row} (\"{title}\") has the header again under it: another ledger seems to start here, and was read as a section of this one. If these are two ledgers, save them as two sheets or two files."
        ),
        "uncached-formula": (
            "第{row}行的 {cells} 是没有保存计算结果的公式，读作空白。请在 Excel 或 WPS 中打开并保存一次，或把公式粘贴为数值后再交。",
            "Row {row}: {cells} hold formulas saved without their results and read as empty. Open and save the file in Excel or WPS, or paste the formulas as values."
        ),
        "no-tasks": (
            "表头下没有任何任务。请确认是否交回了空表，或任务写在了其他工作表中。",
            "There is no task under the header. Check whether an empty sheet was returned, or the tasks are on another sheet."
        ),
        "ragged-row": (
            "第{row}行在表头之外还有内容（{cells}），已作为附加列保留。请检查是否错位。",
            "Row {row} has values beyond the header ({cells}); kept as extra columns. Check for shifted cells."
        ),
        "missing-sequence": ("第{row}行缺少序号。请填写任务序号。", "Row {row} has no sequence number (序号). Fill it in."),
        "missing-task": (
            "第{row}行缺少重点任务内容。请填写任务内容，或删除该行。", "Row {row} has no task text. Fill it in, or delete the row."
        ),
        "missing-lead": (
            "第{row}行缺少{column}。请填写牵头负责的单位。",
            "Row {row} has no lead department ({column}). Name the department that leads."
        ),
        "missing-deadline": (
            "第{row}行未填写{column}。请写明完成时限，如“12月底前”“长期坚持”。",
            "Row {row} has no time limit ({column}). Give one, e.g. 12月底前 or 长期坚持."
        ),
        "duplicate-sequence": (
            "第{row}行序号“{sequence}”与第{other}行重复。请检查编号。",
            "Row {row}: sequence {sequence} repeats row {other}. Check the numbering."
        ),
        "sequence-gap": (
            "第{row}行序号“{sequence}”跳过了 {missing}（上一项为 {previous}）。请检查是否漏项。",
            "Row {row}: sequence {sequence} skips {missing} (the previous is {previous}). Check for a missing task."
        ),
        "sequence-order": (
            "第{row}行序号“{sequence}”小于上一项 {previous}，顺序颠倒。请检查编号。",
            "Row {row}: sequence {sequence} comes after {previous}; the numbers go backwards."
        ),
        "malformed-sequence": (
            "第{row}行序号“{sequence}”无法识别。请使用 1、2、3 或 （一）等格式（注意字母 O 与数字 0）。",
            "Row {row}: sequence \"{sequence}\" is not a recognisable number (mind the letter O and the digit 0)."
        ),
        "unknown-department": (
            "第{row}行“{column}”中的“{name}”不在单位名录中。",
            "Row {row}, {column}: \"{name}\" is not in the roster."
        ),
        "department-alias": (
            "第{row}行“{column}”中的“{name}”是简称，规范名称为“{canonical}”。",
            "Row {row}, {column}: \"{name}\" is a short form; the roster's name is \"{canonical}\"."
        ),
        "lead-is-cooperating": (
            "第{row}行“{name}”既是牵头单位又是配合单位。请从配合单位中删去。",
            "Row {row}: \"{name}\" both leads and cooperates. Remove it from the cooperating departments."
        ),
        "duplicate-department": (
            "第{row}行“{column}”中“{name}”重复出现。请删去重复的名称。",
            "Row {row}, {column}: \"{name}\" is listed twice. Remove the repeat."
        ),
        "unparsed-deadline": (
            "第{row}行完成时限“{text}”无法识别为日期或期限。请写成如“2021年12月31日”“12月底前”“第三季度”“长期坚持”。",
            "Row {row}: the time limit \"{text}\" has no recognisable date or period. Write e.g. 2021年12月31日, 12月底前, 第三季度 or 长期坚持."
        ),
        "deadline-out-of-year": (
            "第{row}行完成时限“{text}”（{due}）不在台账年度 {year} 年内。请核对年份。",
            "Row {row}: the time limit \"{text}\" ({due}) is outside the ledger year {year}. Check the year."
        ),
        "overdue": (
            "第{row}行已超过完成时限（{due}，截至 {asOf}），完成情况为“{status}”。",
            "Row {row} is past its time limit ({due}, as of {asOf}); its status is \"{status}\"."
        ),
        "bad-status": (
            "第{row}行完成情况“{status}”不在可选值中（{allowed}）。",
            "Row {row}: status \"{status}\" is not one of the allowed values ({allowed})."
        ),
        "duplicate-task": (
            "第{row}行的任务内容与第{other}行相同。请确认是否重复填报。",
            "Row {row} repeats the task of row {other}. Check whether it was entered twice."
        ),
        "markup-in-cell": (
            "第{row}行“{column}”含网页标记“{markup}”。请删去标记，只保留文字。",
            "Row {row}, {column}: web markup \"{markup}\" left in the text. Remove it, keep the words."
        ),
        "whitespace": ("第{row}行“{column}”{problem}。", "Row {row}, {column}: {problem}."),
        "cell-too-long": (
            "第{row}行“{column}”有 {length} 个字符，超过 Excel 单元格上限 32767 个字符。请精简或分行。",
            "Row {row}, {column}: {length} characters, more than Excel's 32,767 per cell. Shorten or split it."
        ),
        "uncertain-extraction": ("任务“{sequence}”：{reason}，请核对。", "Task {sequence}: {reason}; please check."),
        "control-character": (
            "第{row}行“{column}”含 {count} 个 Excel 无法保存的控制字符，写出 Excel 文件时会删去。请删除这些字符。",
            "Row {row}, {column}: {count} control characters Excel cannot hold; an Excel output leaves them out. Delete them."
        ),
        "unmatched-row": (
            "{department}报送的第{row}行（序号“{sequence}”）与台账中的任务都对不上，已放入“未匹配”工作表。请核对是否为新增工作。",
            "Row {row} returned by {department} (sequence \"{sequence}\") matches no task of the ledger; kept on the 未匹配 sheet. Check whether it is new work."
        ),
        "locked-field-changed": (
            "{department}报送的第{row}行改动了“{column}”（序号“{sequence}”），已保留台账原文。原文：{master}；报送：{returned}",
            "Row {row} returned by {department} changed {column} (sequence \"{sequence}\"); the ledger's text is kept. Ledger: {master}; returned: {returned}"
        ),
        "status-disagrees": (
            "序号“{sequence}”：配合单位{department}报“{returned}”，牵头单位报“{master}”。请与牵头单位核实。",
            "Sequence \"{sequence}\": the cooperating {department} says \"{returned}\", the lead says \"{master}\". Check with the lead."
        ),
        "duplicate-return": (
            "{department}报送了两份：本文件与“{other}”。本文件未合并，其内容放入“未匹配”工作表，请确认以哪份为准。",
            "{department} sent two returns: this file and \"{other}\". This one was not merged; its rows are on the 未匹配 sheet. Decide which one counts."
        ),
        "unknown-return": (
            "报送单位“{department}”不是台账中的牵头或配合单位。其内容已按任务合并，请核对单位名称。",
            "The returning department \"{department}\" neither leads nor cooperates on any task; its rows were merged by task. Check the name."
        ),
        "missing-return": (
            "{department}有 {count} 项任务，但没有报送。",
            "{department} has {count} task(s) but sent no return."
        ),
        "no-progress": (
            "牵头单位{department}报送的第{row}行（序号“{sequence}”）没有填写进展情况或完成情况。",
            "Row {row} returned by the lead {department} (sequence \"{sequence}\") has nothing in 进展情况 or 完成情况."
        ),
        "master-without-ids": (
            "台账没有任务标识（不是 taizhang 分发的版本），已按任务位置和内容生成；没有标识的报送行按分组、序号和文字匹配。",
            "The ledger carries no task identifiers (it was not written by taizhang); they were derived from each task's place and text, and returned rows without one are matched by section, sequence and text."
        ),
    ]

    static let readErrorTemplates: [String: Wording] = [
        "file-not-found": ("文件不存在。请检查路径。", "The file does not exist. Check the path."),
        "standard-input-not-kept": (
            "标准输入无法暂存到临时文件夹 {folder}（{reason}）。请腾出该文件夹的空间，或用 TMPDIR 指向空间足够的文件夹，或先把数据存成文件再读取。",
            "Standard input could not be kept in the temporary folder {folder} ({reason}). Free space there, point TMPDIR at a folder with room, or save the data to a file and read that."
        ),
        "temporary-copy-failed": (
            "读取 .xls 工作簿需要先把它复制到临时文件夹 {folder}，但复制失败（{reason}）。请腾出该文件夹的空间，或用 TMPDIR 指向空间足够的文件夹后再试。",
            "An .xls workbook is read from a copy in the temporary folder {folder}, and the copy could not be made ({reason}). Free space there, or point TMPDIR at a folder with room, and try again."
        ),
        "file-unreadable": (
            "无法读取文件（{reason}）。请检查文件权限，或确认它不是文件夹。",
            "The file cannot be read ({reason}). Check its permissions, or whether it is a folder."
        ),
        "empty-file": ("文件是空的，没有任何内容。", "The file is empty."),
        "not-text": (
            "这不是文本文件，此处含有二进制内容。请用 Excel 或 WPS 另存为 CSV 后再试。",
            "This is not a text file: it holds binary content here. Save it as CSV from Excel or WPS and try again."
        ),
        "workbook-as-text": (
            "这是一个 Excel 工作簿（{extension}），不是 CSV 文件。请把扩展名改为 {extension} 后再读取。",
            "This is an Excel workbook ({extension}), not a CSV file. Rename it to {extension} and read it again."
        ),
        "legacy-workbook": (
            "这是 Office 97–2003 格式的文件（复合文档），其中没有可读的工作表。请用 Excel 或 WPS 打开，另存为 .xlsx 后再试。",
            "This is an Office 97–2003 (compound) file without a readable worksheet. Open it in Excel or WPS, save it as .xlsx and try again."
        ),
        "invalid-encoding": (
            "含有 {encoding} 编码中无效的字节（{bytes}）。文件可能是其他编码：请用 --encoding 指定（例如 --encoding GB18030、--encoding UTF-16LE 或 --encoding CP1252）。",
            "Bytes that are not valid {encoding} ({bytes}). The file may use another encoding: "
                + "name it with --encoding (e.g. --encoding GB18030, --encoding UTF-16LE or --encoding CP1252)."
        ),
        "unknown-encoding": (
            "不支持的编码“{encoding}”。可用的有 UTF-8、GB18030、GBK、UTF-16LE、UTF-16BE 等。",
            "Unknown encoding \"{encoding}\". Use UTF-8, GB18030, GBK, UTF-16LE, UTF-16BE or another iconv name."
        ),
        "unterminated-quote": (
            "带引号的单元格从这一行开始，但没有结束引号。请检查双引号是否成对。",
            "A quoted cell starts on this line but is never closed. Check that the double quotes pair up."
        ),
        "unsupported-format": (
            "无法根据扩展名“{extension}”判断文件格式。支持 .xlsx、.xls、.et、.htm、.html、.csv、.tsv、.txt、.json。",
            "Cannot tell the format from the extension \"{extension}\". Supported: .xlsx, .xls, .et, .htm, .html, .csv, .tsv, .txt, .json."
        ),
        "invalid-json": (
            "不是有效的台账 JSON（{reason}）。",
            "Not a valid ledger JSON ({reason})."
        ),
        "not-a-workbook": (
            "这不是 .xlsx 工作簿（不是 zip 格式）。如果是 CSV 或文本，请改用 .csv 扩展名；如果是旧版 .xls，请用 Excel 或 WPS 另存为 .xlsx。",
            "This is not an .xlsx workbook (not a zip archive). If it is CSV or text, name it .csv; "
                + "if it is an old .xls, save it as .xlsx from Excel or WPS."
        ),
        "damaged-workbook": (
            "工作簿已损坏或不完整（{reason}）。请重新获取或重新保存该文件。",
            "The workbook is damaged or cut short ({reason}). Get or save the file again."
        ),
        "missing-part": (
            "工作簿缺少必需的部件“{part}”。请用 Excel 或 WPS 打开后重新保存。",
            "The workbook lacks its part \"{part}\". Open it in Excel or WPS and save it again."
        ),
        "malformed-xml": (
            "部件“{part}”第{xmlLine}行的 XML 无效（{reason}）。请用 Excel 或 WPS 打开后重新保存。",
            "The XML of part \"{part}\" is invalid at its line {xmlLine} ({reason}). Open the file in Excel or WPS and save it again."
        ),
        "unsafe-xml": (
            "部件“{part}”含有 DOCTYPE 或实体声明，表格软件不会写出这种内容，出于安全考虑拒绝读取。",
            "Part \"{part}\" declares a DOCTYPE or entities, which spreadsheet programs never write; refused for safety."
        ),
        "limit-exceeded": (
            "{what}超出上限（{limit}），为防止恶意文件已停止读取（部件“{part}”）。",
            "{what} exceeds the limit ({limit}); reading stopped to guard against hostile files (part \"{part}\")."
        ),
        "bad-cell-reference": (
            "单元格引用“{reference}”无效或超出 XFD1048576（部件“{part}”）。",
            "The cell reference \"{reference}\" is invalid or beyond XFD1048576 (part \"{part}\")."
        ),
        "bad-shared-string": (
            "单元格引用了不存在的第{index}个共享字符串（共{count}个）。文件已损坏，请重新保存。",
            "The cell refers to shared string {index}, but there are only {count}. The file is damaged; save it again."
        ),
        "sheet-not-found": (
            "工作簿中没有工作表“{sheet}”。现有工作表：{available}。",
            "The workbook has no sheet \"{sheet}\". Its sheets: {available}."
        ),
        "encrypted-workbook": (
            "工作簿设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中输入密码打开，清除打开密码（WPS：文件 › 文档加密；Excel：文件 › 信息 › 保护工作簿 › 用密码进行加密），另存为 .xlsx 后再试。",
            "The workbook is encrypted with a password to open. Open it in Excel or WPS with the password, remove the password "
                + "(Excel: File › Info › Protect Workbook › Encrypt with Password; WPS: File › Document Encryption), save it as .xlsx and try again."
        ),
        "word-document": (
            "这是 Word 文档（.docx），不是表格。如果是通知，请用 taizhang extract 从中提取台账；如果台账是文档中的表格，也可把表格复制到 Excel 或 WPS 表格中另存为 .xlsx。",
            "This is a Word document (.docx), not a table. If it is a notice, extract its ledger with taizhang extract; "
                + "or copy its table into Excel or WPS and save that as .xlsx."
        ),
        "legacy-word-document": (
            "这是旧版 Word 文档（.doc），不是表格。请在 Word 或 WPS 中另存为 .docx，再用 taizhang extract 提取台账；或把其中的表格复制到 Excel 中另存为 .xlsx。",
            "This is an old Word document (.doc), not a table. Save it as .docx in Word or WPS and use taizhang extract; "
                + "or copy its table into Excel and save that as .xlsx."
        ),
        "opendocument-spreadsheet": (
            "这是 OpenDocument 表格（.ods）。请在 WPS 或 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx）后再试。",
            "This is an OpenDocument spreadsheet (.ods). Open it in WPS or LibreOffice, save it as an Excel workbook (.xlsx) and try again."
        ),
        "numbers-document": (
            "这是苹果 Numbers 文件。请在 Numbers 中选择“文件 › 导出为 › Excel”，导出为 .xlsx 后再试。",
            "This is an Apple Numbers document. In Numbers choose File › Export To › Excel, then read the .xlsx."
        ),
        "pdf-document": (
            "这是 PDF 文件，无法作为表格读取。请向报送单位索取 Excel 原件（.xlsx 或 .xls）；如果是通知，可把其中的文字复制到 .txt 文件，用 taizhang extract 提取台账。",
            "This is a PDF document and cannot be read as a table. Ask the sender for the Excel file (.xlsx or .xls); "
                + "for a notice, copy its text into a .txt file and use taizhang extract."
        ),
        "wps-spreadsheet": (
            "这是 WPS 表格文件（.et），无法直接读取（{reason}）。请在 WPS 中打开，选择“文件 › 另存为”，文件类型选“Excel 文件（*.xlsx）”后再试。",
            "This is a WPS spreadsheet (.et) that cannot be read directly ({reason}). Open it in WPS, choose File › Save As, "
                + "type \"Excel file (*.xlsx)\", and try again."
        ),
        "html-without-table": (
            "这是网页文件（HTML），其中没有表格。请在原系统中重新导出 Excel，或用 Excel、WPS 打开后另存为 .xlsx 再试。",
            "This is a web page (HTML) without any table. Export the Excel file again from the system, "
                + "or open it in Excel or WPS and save it as .xlsx."
        ),
        "invalid-schema": (
            "台账模式文件有误：{reason}。请对照 Templates/README.md 修改。",
            "The ledger schema is not valid: {reason}. See Templates/README.md for its format."
        ),
        "unknown-schema": (
            "没有名为“{name}”的台账模式。可用：{available}；也可给出模式文件的路径。",
            "There is no ledger schema named \"{name}\". Available: {available}; or give the path of a schema file."
        ),
        "empty-roster": (
            "单位名录中没有任何单位名称。每行写一个单位（规范名称在前，简称用 Tab 或逗号隔开）；以 # 开头的行为注释。",
            "The department roster names no department. Write one per line (canonical name first, aliases after a tab or comma); lines starting with # are comments."
        ),
    ]

    static let writeErrorTemplates: [String: Wording] = [
        "output-exists": (
            "{file}：输出文件已存在，未覆盖。如需覆盖请加 --force。",
            "{file}: the output file exists and was not overwritten. Add --force to overwrite it."
        ),
        "output-is-input": (
            "{file}：输出文件就是输入文件，不会改动输入。请另选输出路径。",
            "{file}: the output is the input file itself; inputs are never changed. Choose another output path."
        ),
        "write-failed": (
            "{file}：写入失败（{reason}）。原有文件未改动。",
            "{file}: writing failed ({reason}). Nothing at the destination was changed."
        ),
        "cell-too-long": (
            "{file}：工作表“{sheet}”单元格 {cell}（第{row}行）有 {length} 个字符，超过 Excel 单元格上限 32767 个字符。请精简该单元格或拆分为多行后重试。",
            "{file}: sheet \"{sheet}\", cell {cell} (row {row}) holds {length} characters, more than Excel's 32,767 per cell. Shorten it or split it over several rows."
        ),
        "value-out-of-range": (
            "{file}：{what}为“{value}”，超出工作簿允许的范围（{allowed}）。请修改后重试。",
            "{file}: {what} is \"{value}\", outside what a workbook allows ({allowed}). Change it and retry."
        ),
        "writer-failed": (
            "{file}：生成 Excel 文件失败（libxlsxwriter：{reason}）。目标文件未被改动；请检查磁盘空间与目录权限后重试。",
            "{file}: the Excel file could not be written (libxlsxwriter: {reason}). Nothing was changed at the destination; check disk space and permissions, then retry."
        ),
        "writer-closed": (
            "{file}：文件已写完并关闭，不能再追加行。",
            "{file}: the file was already finished and closed; no more rows can be added."
        ),
        "unrepresentable": (
            "{file}：{encoding} 编码无法表示“{text}”。请改用 UTF-8 输出。",
            "{file}: {encoding} cannot represent \"{text}\". Write UTF-8 instead."
        ),
    ]
}
