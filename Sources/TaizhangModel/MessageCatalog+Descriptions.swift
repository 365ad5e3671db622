// SPDX-License-Identifier: Apache-2.0
// What each finding code and severity is called, for `taizhang rules`, reports and severity files.

extension MessageCatalog {
    /// Where a finding sits in the file as it was handed in, to open its comment in an annotated
    /// copy: the copy is laid out anew (blank rows left out, columns in the schema's order), so
    /// its own cell can differ from the report's ("【原表 C46】").
    public func inputPlace(of location: SourceLocation) -> String {
        if let cell = location.cell { return language == .chinese ? "【原表 \(cell)】" : "[input \(cell)] " }
        if let row = location.row { return language == .chinese ? "【原表第\(row)行】" : "[input row \(row)] " }
        return ""
    }

    /// A severity as a clerk reads it: 错误/警告/提示, or error/warning/info.
    public func label(of severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .chinese): "错误"
        case (.warning, .chinese): "警告"
        case (.info, .chinese): "提示"
        case (.error, .english): "error"
        case (.warning, .english): "warning"
        case (.info, .english): "info"
        }
    }

    /// A one-line description of a code, in the catalogue's language; `nil` for an unknown code.
    public func description(of code: Finding.Code) -> String? {
        MessageCatalog.descriptions[code.rawValue].map { language == .chinese ? $0.zh : $0.en }
    }

    static let descriptions: [String: (zh: String, en: String)] = [
        "unmatched-row": ("报送行对不上台账中的任务", "a returned row matches no task"),
        "locked-field-changed": ("报送时改动了锁定的列（保留台账原文）", "a return changed a locked field (the master is kept)"),
        "status-disagrees": ("配合单位报已完成而牵头单位没有", "a cooperating department says 已完成 where the lead does not"),
        "duplicate-return": ("同一单位报送了两份", "two returns from one department"),
        "unknown-return": ("报送单位不在台账中", "a return from a department the ledger does not name"),
        "missing-return": ("有任务的单位没有报送", "a department with tasks sent no return"),
        "no-progress": ("牵头单位没有填写进展", "the lead returned a task with no progress or status"),
        "master-without-ids": ("台账没有任务标识，按位置和内容生成", "the master has no task identifiers; derived from place and text"),
        "header-not-found": ("找不到台账表头（序号、重点任务所在的行）", "no row looks like a ledger header"),
        "missing-column": ("缺少必需的列", "a required column is missing"),
        "duplicate-column": ("两列对应同一字段", "two columns map to the same field"),
        "unknown-column": ("非标准列（原样保留）", "a column that maps to no field (kept)"),
        "blank-row": ("表格中的空行", "an empty row inside the table"),
        "other-ledger-sheets": ("工作簿中还有其他台账工作表", "other sheets of the workbook hold a ledger too"),
        "stacked-ledgers": ("同一工作表中似乎有两份台账", "a second ledger seems to start in the same sheet"),
        "uncached-formula": ("公式没有保存计算结果（读作空白）", "a formula saved without its result (read as empty)"),
        "no-tasks": ("表头下没有任务", "a header with no task under it"),
        "ragged-row": ("表头以外的单元格有内容", "cells beyond the header's columns"),
        "missing-sequence": ("序号为空", "the sequence cell is empty"),
        "missing-task": ("任务内容为空", "the task cell is empty"),
        "missing-lead": ("责任单位为空", "no lead department"),
        "missing-deadline": ("完成时限为空", "no time limit"),
        "duplicate-sequence": ("同一部分内序号重复", "a sequence repeated within a section"),
        "sequence-gap": ("序号跳号", "sequence numbers skip (1, 2, 4)"),
        "sequence-order": ("序号顺序颠倒", "sequence numbers go backwards"),
        "malformed-sequence": ("序号无法识别（如字母 O 当作 0）", "a sequence that is no number (e.g. letter O)"),
        "unknown-department": ("单位不在名录中（附最接近的名称）", "a department not in the roster (nearest names suggested)"),
        "department-alias": ("使用了单位简称（附规范名称）", "a short form used (canonical name suggested)"),
        "lead-is-cooperating": ("同一单位既牵头又配合", "one department both leads and cooperates"),
        "duplicate-department": ("同一单元格中单位重复", "a department listed twice in one cell"),
        "unparsed-deadline": ("完成时限无法识别", "a time limit with no recognisable meaning"),
        "deadline-out-of-year": ("完成时限不在台账年度内", "a due date outside the ledger's year"),
        "overdue": ("已过完成时限且未完成", "past its due date and not done"),
        "bad-status": ("完成情况不在可选值中", "a status not among the allowed values"),
        "duplicate-task": ("任务内容重复", "the same task text twice"),
        "markup-in-cell": ("含网页标记（<p>、&nbsp;）", "HTML or XML remnants (<p>, &nbsp;)"),
        "whitespace": ("多余的空格或换行", "stray or doubled spaces, line breaks in names"),
        "cell-too-long": ("单元格超过 32767 个字符", "a cell over Excel's 32,767 characters"),
        "control-character": ("写出时删除了 Excel 无法保存的控制字符", "control characters removed when writing a workbook"),
        "unreadable-file": ("文件无法读取（损坏、格式不对）", "a file that cannot be read at all"),
        "uncertain-extraction": ("从通知提取时作了推断，需要核对", "a guess made while extracting from a notice"),
    ]
}
