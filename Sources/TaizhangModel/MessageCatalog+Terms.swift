// SPDX-License-Identifier: Apache-2.0
// The words errors carry as keys rather than text (what exceeded a limit, why a file was unreadable),
// and the Chinese words an English message may quote because the ledger itself says them.

extension MessageCatalog {
    /// The arguments of a finding or error with its keyed facts put into words: `quantity` (what
    /// exceeded a limit or is out of range) becomes `what`, a known `reason` key its wording.
    func worded(_ arguments: [String: String]) -> [String: String] {
        var values = arguments
        if let key = values["quantity"], let wording = MessageCatalog.quantities[key] {
            values["what"] = language == .chinese ? wording.zh : wording.en
        }
        if let key = values["reason"], let wording = MessageCatalog.reasons[key] {
            values["reason"] = language == .chinese ? wording.zh : wording.en
        }
        for (name, value) in values where value.first == MessageCatalog.listMark {
            let items = value.dropFirst().split(separator: MessageCatalog.itemMark, omittingEmptySubsequences: false)
            values[name] =
                language == .chinese
                ? items.map { "“\($0)”" }.joined(separator: "、") : items.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        return values
    }

    /// Names as one argument of a finding or error (sheets, allowed values); the catalogue quotes
    /// and joins them in its language: “a”、“b” or "a", "b".
    public static func list(_ names: [String]) -> String {
        String(listMark) + names.joined(separator: String(itemMark))
    }

    private static let listMark: Character = "\u{1E}"
    private static let itemMark: Character = "\u{1F}"

    /// What a `limit-exceeded` or `value-out-of-range` error is about, by its `quantity` key.
    static let quantities: [String: Wording] = [
        "file-bytes": ("文件大小（字节）", "The file size in bytes"),
        "part-bytes": ("部件解压后的大小（字节）", "The inflated size of the part in bytes"),
        "workbook-bytes": ("工作簿解压后的总大小（字节）", "The inflated size of the workbook in bytes"),
        "compression-ratio": ("压缩比", "The compression ratio"),
        "archive-entries": ("压缩包条目数", "The number of archive entries"),
        "xml-depth": ("XML 嵌套层数", "The XML nesting depth"),
        "shared-strings": ("共享字符串数量", "The number of shared strings"),
        "string-length": ("单个字符串长度", "The length of one string"),
        "cell-length": ("单元格长度", "The length of a cell"),
        "declared-cells": ("工作表声明的单元格数", "The cells the sheets declare"),
        "sheet-cells": ("工作表的单元格数", "The cells of the sheet"),
        "table-cells": ("表格单元格数", "The cells of the table"),
        "table-columns": ("表格列数", "The number of table columns"),
        "table-depth": ("表格嵌套层数", "The nesting of tables"),
        "columns": ("列数", "The number of columns"),
        "rows": ("行数", "The number of rows"),
        "column-width": ("列宽", "The column width"),
        "sheet-name": (
            "工作表名称（1–31 个字符，不能含 [ ] : * ? / \\，首尾不能是 '）",
            "The sheet name (1–31 characters, none of [ ] : * ? / \\, no ' at either end)"
        ),
        "template-rows": ("模板行数", "The number of template rows"),
        "output-format": ("输出格式", "The output format"),
    ]

    /// Why a file could not be read, when taizhang knows it rather than the system.
    static let reasons: [String: Wording] = [
        "is-a-folder": ("是文件夹", "it is a folder"),
        "read-only-format": ("该格式只能读取、不能写出", "the format can be read but not written"),
        "workbook-to-standard-output": (
            "Excel 工作簿不能直接写到标准输出", "a workbook cannot be written straight to standard output"
        ),
    ]

    /// The Chinese an English message may quote: the ledger's own words.
    ///
    /// Column and sheet names, values and numbering a clerk reading English still finds in the file
    /// as written. Any other Chinese in an English message is a wording that escaped translation.
    public static let documentTerms: [String] = [
        "序号", "重点任务", "配合单位", "已完成", "进展情况", "完成情况", "未匹配",
        "总体要求", "基本原则", "保障措施", "12月底前", "长期坚持", "2021年12月31日", "第三季度",
        "一、（一）1.（1）①",
    ]
}
