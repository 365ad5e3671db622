// SPDX-License-Identifier: Apache-2.0
// The words of a supervision bulletin (督查通报), in the register offices write them.

public import TaizhangModel

/// The words of a bulletin drawn from a ``ProgressReport``.
///
/// Its heading, the summary paragraph ("截至2021年11月30日，48项重点任务已完成30项，完成率62.5%；
/// 逾期5项，涉及市财政局2项、……"), the ranking, the overdue tasks and the notes that follow. The
/// .xlsx and .html bulletins print the same words.
///
/// A bulletin is an office document, so it is always in Chinese, whatever `--lang` says.
public struct BulletinText: Sendable {
    /// The report the words describe.
    public let report: ProgressReport

    /// Creates the text of a report.
    public init(_ report: ProgressReport) {
        self.report = report
    }

    /// The heading: "同仁市2021年综合医改重点工作台账落实情况通报".
    public var heading: String {
        (report.title ?? "重点工作") + "落实情况通报"
    }

    /// "截至2021年11月30日".
    public var asOfPhrase: String {
        "截至" + BulletinText.chineseDate(report.rules.asOf)
    }

    /// The summary paragraph: done and the completion rate, then overdue, due soon and not
    /// reported, each with the lead departments concerned, then the rest in progress.
    public var summary: String {
        let totals = report.totals
        guard totals.tasks > 0 else { return asOfPhrase + "，台账中没有任务。" }
        var clauses = ["\(asOfPhrase)，\(totals.tasks)项重点任务已完成\(totals.done)项，完成率\(totals.completionPercent)"]
        clauses.append(totals.overdue == 0 ? "无逾期任务" : "逾期\(totals.overdue)项" + concerned(.overdue))
        if totals.dueSoon > 0 {
            clauses.append("\(report.rules.dueSoonDays)日内到期\(totals.dueSoon)项" + concerned(.dueSoon))
        }
        if totals.notReported > 0 {
            clauses.append("未报送进展\(totals.notReported)项" + concerned(.notReported))
        }
        if totals.inProgress > 0 {
            clauses.append("其余\(totals.inProgress)项正在推进")
        }
        return clauses.joined(separator: "；") + "。"
    }

    /// The paragraph on the ranking: the first three and, with more than six departments, the last three.
    public var ranking: String? {
        let departments = report.departments
        guard departments.count > 1 else { return nil }
        func named(_ lines: ArraySlice<ProgressReport.DepartmentLine>) -> String {
            lines.map { "\($0.department)（\($0.counts.completionPercent)）" }.joined(separator: "、")
        }
        var text = "按牵头单位完成率排名，前\(min(3, departments.count))位是" + named(departments.prefix(3))
        if departments.count > 6 {
            text += "；后3位是" + named(departments.suffix(3))
        }
        return text + "。各单位完成情况见统计表。"
    }

    /// Notes on what the figures could not see: no progress columns, tasks without a lead.
    public var notes: [String] {
        var notes: [String] = []
        if !report.hasProgressColumns {
            notes.append("本台账没有“进展情况”“完成情况”列，除已逾期和\(report.rules.dueSoonDays)日内到期的任务外，均按未报送统计。")
        }
        if report.tasksWithoutLead > 0 {
            notes.append("另有\(report.tasksWithoutLead)项任务未填写牵头单位，计入总数，未计入各单位。")
        }
        return notes
    }

    /// The overdue tasks, one line each: "第1项　加强公立医院党的建设，……（市卫生健康局；完成时限：10月底）".
    public var overdueItems: [String] {
        report.tasks.filter { $0.standing == .overdue }.map { line in
            let task = line.task
            return "第\(task.sequence.raw)项　\(task.text.split(separator: "\n").joined())"
                + "（\(LedgerTask.cellText(ofDepartments: task.lead))；完成时限：\(task.deadline.text)）"
        }
    }

    /// The closing request, when something needs doing.
    public var request: String? {
        let totals = report.totals
        guard totals.overdue + totals.dueSoon + totals.notReported > 0 else { return nil }
        var asks: [String] = []
        if totals.overdue > 0 { asks.append("逾期任务的牵头单位要说明原因、明确完成时间") }
        if totals.dueSoon > 0 { asks.append("即将到期的任务要倒排时间、按期完成") }
        if totals.notReported > 0 { asks.append("未报送进展的单位要及时报送") }
        return "请各牵头单位对照明细表抓紧推进：" + asks.joined(separator: "；") + "。"
    }

    /// "涉及市财政局2项、市卫生健康局1项", or nothing when no task has a lead department.
    private func concerned(_ standing: Standing) -> String {
        let departments = report.departments(with: standing)
        guard !departments.isEmpty else { return "" }
        return "，涉及" + departments.map { "\($0.department)\($0.count)项" }.joined(separator: "、")
    }

    /// "2021年11月30日".
    public static func chineseDate(_ date: CalendarDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }
}
