// SPDX-License-Identifier: Apache-2.0
// The words errors carry as keys rather than text (what exceeded a limit, why a file was unreadable),
// and the Chinese words an English message may quote because the ledger itself says them.

extension MessageCatalog {
    /// The arguments of a finding or error with its keyed facts put into words: `quantity` (what
    /// exceeded a limit or is out of range) becomes `what`, a known `reason` key its wording.
    package func worded(_ arguments: [String: String]) -> [String: String] {
        var values = arguments
        if let key = values["quantity"], let wording = MessageCatalog.quantities[key] {
            values["what"] = language == .chinese ? wording.zh : wording.en
        }
        if let key = values["reason"], let wording = MessageCatalog.reasons[key] {
            values["reason"] = language == .chinese ? wording.zh : wording.en
        }
        for (name, value) in values where value.utf8.first == MessageCatalog.listMarkByte {
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
    private static let listMarkByte: UInt8 = 0x1E
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
        // Faults the system reports (SystemReason).
        "no-space": ("磁盘空间不足", "no space left on the disk"),
        "quota-exceeded": ("超出了磁盘配额", "the disk quota is used up"),
        "permission-denied": ("没有权限", "permission denied"),
        "read-only-file-system": ("磁盘或文件夹是只读的", "the disk or folder is read-only"),
        "no-such-file-or-folder": ("文件或文件夹不存在", "no such file or folder"),
        "not-a-folder": ("路径中有一项不是文件夹", "a part of the path is not a folder"),
        "file-too-large": ("文件超出了该磁盘允许的大小", "the file is larger than the disk allows"),
        "input-output-error": ("磁盘读写出错", "a disk input/output error"),
        "too-many-open-files": ("同时打开的文件过多", "too many files are open"),
        "not-a-regular-file": ("不是普通文件", "it is not a regular file"),
        "cannot-be-opened": ("无法打开", "it cannot be opened"),
        "out-of-memory": ("内存不足", "out of memory"),
        "file-not-found": ("文件不存在", "the file does not exist"),
        // Damaged workbooks: what is wrong inside the file.
        "no-central-directory": ("压缩包被截断，缺少文件目录", "the archive is cut short: no central directory"),
        "not-a-compound-file": ("不是复合文档格式", "not a compound file"),
        "compound-file-broken": ("复合文档被截断或已损坏", "the compound file is cut short or broken"),
        "not-a-biff-workbook": ("不是 Excel 97–2003 工作簿", "not an Excel 97–2003 workbook"),
        "no-known-spreadsheet-format": ("不是已知的表格格式", "no known spreadsheet format"),
        "invalid-compound-file-header": ("复合文档的文件头无效", "invalid compound file header"),
        "file-cut-short": ("文件被截断", "the file is cut short"),
        "broken-sector-chain": ("复合文档的扇区链已损坏", "a broken sector chain"),
        "invalid-biff-record": ("工作簿记录无效", "an invalid BIFF record"),
        "invalid-shared-strings": ("共享字符串表无效", "invalid shared strings"),
        "no-workbook-stream": ("文件中没有工作簿数据流", "no Workbook stream"),
        "unsupported-code-page": ("文字使用了不支持的代码页", "text in an unsupported code page"),
        "crafted-file": ("文件被蓄意构造或严重损坏", "a crafted or severely corrupted file"),
        "unreadable-workbook-stream": ("工作簿数据流无法读取", "the Workbook stream cannot be read"),
        "shared-strings-beyond-records": (
            "共享字符串超出了其所在的记录", "shared strings laid out beyond their records"
        ),
        "record-past-stream-end": (
            "有记录超出了工作簿数据流的末尾", "a record runs past the end of the Workbook stream"
        ),
        "sheet-sized-twice": ("有工作表的尺寸被记录了两次", "a sheet sized by two DIMENSIONS records"),
        "cells-beyond-largest-grid": (
            "有工作表未记录尺寸，而其单元格范围超过 16,777,216 格",
            "a sheet without DIMENSIONS whose cells span over 16,777,216"
        ),
        // The directory of a compound file read two ways: each is a file only a damaged or
        // crafted program writes, refused because FreeXL would read other bytes than the checks.
        "entry-name-overrun": ("目录项的名称超出了名称字段", "a directory entry's name runs past its field"),
        "workbook-entry-not-first": (
            "第一个目录扇区中没有名为 Workbook 或 Book 的项", "no entry named exactly Workbook or Book in the first directory sector"
        ),
        "other-workbook-entry": ("目录中有两个可作工作簿数据流的项", "two directory entries could be the Workbook stream"),
        "other-allocation-table": ("扇区分配表的记录前后矛盾", "the sector allocation table contradicts itself"),
        "other-sector-kind": ("工作簿数据流的大小与其扇区类型不符", "the Workbook stream's size does not match its kind of sectors"),
        "other-root-entry": ("目录中有两个根项", "two root entries in the directory"),
        "workbook-not-at-mini-stream-start": (
            "工作簿数据流不在迷你流的开头", "the Workbook stream does not start the mini stream"
        ),
        "chain-past-stream-end": (
            "工作簿数据流的扇区链超出了它的大小或文件末尾", "the Workbook stream's sector chain runs past its size or its file"
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
