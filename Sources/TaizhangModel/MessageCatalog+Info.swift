// SPDX-License-Identifier: Apache-2.0
// The words of `taizhang info`'s table: its labels, the values it words, and the kinds of time limit.

extension MessageCatalog {
    /// A label or a worded value of `info`'s table, with `{name}` holes filled from `values`.
    public func infoWord(_ key: InfoWord, _ values: [String: String] = [:]) -> String {
        let wording = MessageCatalog.infoTemplates[key.rawValue] ?? (key.rawValue, key.rawValue)
        return fill(language == .chinese ? wording.zh : wording.en, location: SourceLocation(file: ""), values: values)
    }

    /// The labels and worded values of `info`'s table.
    public enum InfoWord: String, Sendable, CaseIterable {
        case file, encoding, title, subtitle, year, header, tasks, sections, leads, cooperating, departments
        case withoutLead = "without-lead", timeLimits = "time-limits", due
        case inSheet = "in-sheet", noTitle = "no-title", unknownYear = "unknown-year", headerRow = "header-row"
        case notFound = "not-found", leadTasks = "lead-tasks", topLeads = "top-leads"
    }

    /// What a kind of time limit is called in `info`'s table.
    public func name(of kind: Deadline.Kind) -> String {
        guard language == .chinese else { return kind.rawValue }
        return MessageCatalog.deadlineKinds[kind.rawValue] ?? kind.rawValue
    }

    /// The space that pads a label to the width of the longest: full width beside Chinese.
    public var labelPadding: String { language == .chinese ? "　" : " " }

    static let infoTemplates: [String: Wording] = [
        "file": ("文件", "File"),
        "encoding": ("编码", "Encoding"),
        "title": ("标题", "Title"),
        "subtitle": ("副标题", "Subtitle"),
        "year": ("年度", "Year"),
        "header": ("表头", "Header"),
        "tasks": ("任务", "Tasks"),
        "sections": ("部分", "Sections"),
        "leads": ("牵头单位", "Lead departments"),
        "cooperating": ("配合单位", "Cooperating departments"),
        "departments": ("涉及单位", "Departments in all"),
        "without-lead": ("无牵头单位", "Without a lead"),
        "time-limits": ("完成时限", "Time limits"),
        "due": ("到期范围", "Due"),
        "in-sheet": ("{file}（工作表“{sheet}”）", "{file} (sheet \"{sheet}\")"),
        "no-title": ("（无）", "(none)"),
        "unknown-year": ("（未知，可用 --year 指定）", "(unknown; give --year)"),
        "header-row": ("第{row}行", "row {row}"),
        "not-found": ("未找到", "not found"),
        "lead-tasks": ("{name} {tasks}项", "{name} {tasks}"),
        "top-leads": ("{count}（{names}）", "{count} ({names})"),
    ]

    /// Chinese names of the kinds of time limit (English uses the kinds' codes).
    static let deadlineKinds: [String: String] = [
        "date": "具体日期", "month-end": "月底", "year-end": "年底", "quarter-end": "季度末", "half-end": "半年",
        "phased": "阶段性", "ongoing": "长期", "range": "时间段", "unparsed": "无法识别", "none": "未填写",
    ]
}
