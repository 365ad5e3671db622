// SPDX-License-Identifier: Apache-2.0
// The wording `taizhang report` prints for the clerk, in Chinese and English.

import Foundation
public import TaizhangModel

extension MessageCatalog {
    /// What `report` says, by key; `{name}` holes are filled from `values`.
    ///
    /// Keys: `bad-as-of`, `bad-due-soon-days`, `unknown-report-format`, `no-progress-columns`,
    /// `report-summary`, `report-written`.
    public func reportMessage(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = MessageCatalog.reportTemplates[key].map { language == .chinese ? $0.zh : $0.en } ?? key
        var result = template
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// The figures of a report in one line: "截至2021年11月30日：48项任务，已完成30项（62.5%），……".
    public func reportSummary(_ report: ProgressReport) -> String {
        let totals = report.totals
        return reportMessage(
            "report-summary",
            [
                "asOf": language == .chinese ? BulletinText.chineseDate(report.rules.asOf) : report.rules.asOf.iso,
                "tasks": String(totals.tasks), "done": String(totals.done), "rate": totals.completionPercent,
                "inProgress": String(totals.inProgress), "dueSoon": String(totals.dueSoon),
                "overdue": String(totals.overdue),
                "notReported": String(totals.notReported), "departments": String(report.departments.count),
            ])
    }

    static let reportTemplates: [String: (zh: String, en: String)] = [
        "bad-as-of": (
            "--as-of“{value}”不是有效日期。请写成 YYYY-MM-DD，例如 2021-11-30。",
            "--as-of \"{value}\" is not a valid date. Write it as YYYY-MM-DD, e.g. 2021-11-30."
        ),
        "bad-due-soon-days": (
            "--due-soon-days {value} 超出范围。请给出 0 到 366 之间的天数。",
            "--due-soon-days {value} is out of range. Give a number of days from 0 to 366."
        ),
        "unknown-report-format": (
            "无法从“{output}”判断通报格式。请用 .xlsx、.html 或 .json 结尾。",
            "Cannot tell the bulletin format from \"{output}\". End it in .xlsx, .html or .json."
        ),
        "no-progress-columns": (
            "台账没有“进展情况”“完成情况”列：除已逾期和{days}日内到期的任务外，均按未报送统计。",
            "The ledger has no 进展情况 (progress) or 完成情况 (status) column: every task not overdue or due within {days} days is counted as not reported."
        ),
        "report-summary": (
            "截至{asOf}：{tasks}项任务，已完成{done}项（完成率{rate}），推进中{inProgress}项，即将到期{dueSoon}项，逾期{overdue}项，未报送{notReported}项；牵头单位{departments}个。",
            "As of {asOf}: {tasks} tasks, {done} done ({rate}), {inProgress} in progress, {dueSoon} due soon, {overdue} overdue, {notReported} not reported; {departments} lead departments."
        ),
        "report-written": ("写入：{file}", "Wrote: {file}"),
    ]
}
