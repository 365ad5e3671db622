// SPDX-License-Identifier: Apache-2.0
// The bulletin as one self-contained HTML page: inline styles, an inline SVG chart, printable on A4.

import TaizhangModel

/// Renders a ``ProgressReport`` as a single HTML file that needs nothing from outside.
///
/// Many government networks are closed, so the page refers to no script, font, style sheet or
/// image elsewhere: the styles are in a `<style>` element, the chart is inline SVG, and the fonts
/// are named in the order offices have them (仿宋, 黑体, 方正小标宋简体, then the system's own).
/// On screen it reads as a page; printed, it fits A4 portrait with the table headers repeated.
///
/// Every figure sits in an element with a `data-field` attribute (and each department's row has
/// `data-department`), so a program can read the figures back.
public enum BulletinHTMLRenderer {
    /// The page.
    public static func render(_ report: ProgressReport) -> String {
        let text = BulletinText(report)
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="taizhang">
            <title>\(HTML.escape(text.heading))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            <h1>\(HTML.escape(text.heading))</h1>
            <p class="as-of">（\(HTML.escape(text.asOfPhrase))）</p>

            """
        for paragraph in [text.summary, text.ranking].compactMap({ $0 }) + text.notes {
            html += "<p>\(HTML.escape(paragraph))</p>\n"
        }
        let overdue = text.overdueItems
        if !overdue.isEmpty {
            html += "<p class=\"overdue-head\">逾期任务：</p>\n<ol class=\"overdue\">\n"
            html += overdue.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ol>\n"
        }
        if let request = text.request { html += "<p>\(HTML.escape(request))</p>\n" }
        html += "<h2>一、各牵头单位完成情况</h2>\n"
        html += chart(report)
        html += departmentTable(report)
        html += "<h2>二、任务明细</h2>\n"
        html += taskTable(report)
        html +=
            "<p class=\"legend-note\">灯号：<span class=\"light green\">●</span>绿灯　已完成、推进中；"
            + "<span class=\"light yellow\">●</span>黄灯　\(report.rules.dueSoonDays)日内到期、未报送；"
            + "<span class=\"light red\">●</span>红灯　逾期。</p>\n"
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Parts

    private static let style = """
        @page { size: A4; margin: 18mm 16mm 20mm; }
        * { box-sizing: border-box; }
        html { background: #f3f3f3; }
        body { margin: 0; color: #111; font: 15px/1.7 "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
        main { max-width: 210mm; margin: 0 auto; padding: 16mm 14mm; background: #fff; }
        h1 { margin: 0 0 4px; text-align: center; font: 26px/1.4 "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "Noto Serif CJK SC", serif; }
        h2 { margin: 18px 0 8px; font: 17px/1.5 "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        p { margin: 0 0 6px; text-indent: 2em; text-align: justify; }
        p.as-of { text-align: center; text-indent: 0; margin-bottom: 12px; }
        p.legend-note { text-indent: 0; font-size: 13px; margin-top: 6px; }
        figure { margin: 6px 0 10px; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 12px; }
        table { width: 100%; border-collapse: collapse; font-size: 13px; line-height: 1.45; }
        table.tasks { table-layout: fixed; }
        table.departments { break-inside: avoid; page-break-inside: avoid; }
        tr.section td { background: #f2f2f2; }
        th, td { border: 1px solid #444; padding: 3px 5px; vertical-align: middle; }
        th { background: #d9d9d9; font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
        td.n, th.n { text-align: center; }
        table.departments td.n { white-space: nowrap; }
        p.overdue-head { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
        ol.overdue { margin: 0 0 6px; padding-left: 4em; }
        tr.totals td { font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .light { font-size: 16px; line-height: 1; }
        .light.green { color: #\(hex(Light.green.color)); }
        .light.yellow { color: #\(hex(Light.yellow.color)); }
        .light.red { color: #\(hex(Light.red.color)); }
        td.standing-overdue { color: #\(hex(Light.red.color)); }
        @media print {
          html { background: none; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          figure { break-inside: avoid; page-break-inside: avoid; }
        }
        """

    /// A horizontal bar per lead department, in rank order, split by standing.
    private static func chart(_ report: ProgressReport) -> String {
        let lines = report.departments
        guard !lines.isEmpty else { return "" }
        let labelWidth = Double(min(16, lines.map(\.department.count).max() ?? 4)) * 12 + 16
        let barArea = 440.0
        // Room after the longest bar for its rate ("100%").
        let width = labelWidth + barArea + 56
        let rowHeight = 24.0
        let top = 34.0
        let height = top + Double(lines.count) * rowHeight + 24
        let most = max(lines.map(\.counts.tasks).max() ?? 1, 1)
        let scale = barArea / Double(most)
        var svg =
            "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(format(width)) \(format(height))\" "
            + "role=\"img\" aria-label=\"各牵头单位任务完成情况\">\n"
        // The legend across the top.
        var x = labelWidth
        for standing in Standing.reportOrder {
            svg += "<rect x=\"\(format(x))\" y=\"8\" width=\"12\" height=\"12\" fill=\"#\(hex(standing.chartColor))\"/>"
            svg += "<text x=\"\(format(x + 16))\" y=\"18.5\">\(standing.label)</text>\n"
            x += 16 + Double(standing.label.count) * 12 + 14
        }
        for (index, line) in lines.enumerated() {
            let y = top + Double(index) * rowHeight
            // A name longer than the label column is cut, whole in the table below and in the bar's title.
            let name = line.department.count > 16 ? line.department.prefix(15) + "…" : line.department
            svg +=
                "<text x=\"\(format(labelWidth - 8))\" y=\"\(format(y + 15.5))\" text-anchor=\"end\">\(HTML.escape(name))</text>\n"
            var left = labelWidth
            for standing in Standing.reportOrder {
                let count = line.counts.count(of: standing)
                guard count > 0 else { continue }
                let length = Double(count) * scale
                svg +=
                    "<rect x=\"\(format(left))\" y=\"\(format(y + 3))\" width=\"\(format(length))\" height=\"17\" "
                    + "fill=\"#\(hex(standing.chartColor))\"><title>\(HTML.escape(line.department)) \(standing.label) \(count)项</title></rect>"
                if length >= 16 {
                    let ink = standing == .done || standing == .overdue ? "#fff" : "#111"
                    svg +=
                        "<text x=\"\(format(left + length / 2))\" y=\"\(format(y + 15.5))\" text-anchor=\"middle\" fill=\"\(ink)\">\(count)</text>"
                }
                svg += "\n"
                left += length
            }
            svg += "<text x=\"\(format(left + 6))\" y=\"\(format(y + 15.5))\">\(line.counts.completionPercent)</text>\n"
        }
        let axisY = top + Double(lines.count) * rowHeight + 2
        svg +=
            "<line x1=\"\(format(labelWidth))\" y1=\"\(format(top))\" x2=\"\(format(labelWidth))\" y2=\"\(format(axisY))\" stroke=\"#444\"/>\n"
        svg += "<text x=\"\(format(labelWidth))\" y=\"\(format(axisY + 16))\" fill=\"#555\">任务数（项），条末为完成率</text>\n"
        return svg + "</svg>\n</figure>\n"
    }

    private static let countColumns: [(String, Standing?)] = [
        ("任务", nil), ("已完成", .done), ("推进中", .inProgress), ("即将到期", .dueSoon), ("逾期", .overdue),
        ("未报送", .notReported),
    ]

    private static func fieldName(_ standing: Standing?) -> String {
        switch standing {
        case nil: "tasks"
        case .done: "done"
        case .inProgress: "inProgress"
        case .dueSoon: "dueSoon"
        case .overdue: "overdue"
        case .notReported: "notReported"
        }
    }

    private static func counts(_ counts: StandingCounts) -> String {
        countColumns.map { _, standing in
            let value = standing.map { counts.count(of: $0) } ?? counts.tasks
            return "<td class=\"n\" data-field=\"\(fieldName(standing))\">\(value)</td>"
        }.joined()
            + "<td class=\"n\" data-field=\"completionRate\" data-value=\"\(counts.completionRate)\">\(counts.completionPercent)</td>"
    }

    private static func departmentTable(_ report: ProgressReport) -> String {
        var html = "<table class=\"departments\">\n<thead><tr><th class=\"n\">排名</th><th>牵头单位</th>"
        html +=
            countColumns.map { "<th class=\"n\">\($0.0)</th>" }.joined()
            + "<th class=\"n\">完成率</th></tr></thead>\n<tbody>\n"
        for line in report.departments {
            html +=
                "<tr data-department=\"\(HTML.escape(line.department))\"><td class=\"n\" data-field=\"rank\">\(line.rank)</td>"
            html += "<td>\(HTML.escape(line.department))</td>" + counts(line.counts) + "</tr>\n"
        }
        html += "<tr class=\"totals\"><td class=\"n\"></td><td>合计（每项任务计一次）</td>" + counts(report.totals) + "</tr>\n"
        return html + "</tbody>\n</table>\n"
    }

    private static func taskTable(_ report: ProgressReport) -> String {
        var html =
            "<table class=\"tasks\">\n<colgroup><col style=\"width:6%\"><col style=\"width:43%\"><col style=\"width:15%\">"
            + "<col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:6%\"></colgroup>\n<thead><tr><th class=\"n\">序号</th><th>重点任务</th><th>牵头单位</th>"
            + "<th class=\"n\">完成时限</th><th class=\"n\">完成情况</th><th class=\"n\">状态</th><th class=\"n\">灯</th></tr></thead>\n<tbody>\n"
        var section: [String]? = nil
        for line in report.tasks {
            if line.section != section, !line.section.isEmpty {
                html +=
                    "<tr class=\"section\"><td colspan=\"7\"><b>\(HTML.escape(line.section.joined(separator: " › ")))</b></td></tr>\n"
            }
            section = line.section
            let task = line.task
            html +=
                "<tr data-standing=\"\(line.standing.rawValue)\"><td class=\"n\">\(HTML.escape(task.sequence.raw))</td>"
            html +=
                "<td>\(HTML.escape(task.text).replacingNewlines)</td><td>\(HTML.escape(LedgerTask.cellText(ofDepartments: task.lead)))</td>"
            html +=
                "<td class=\"n\">\(HTML.escape(task.deadline.text))</td><td class=\"n\">\(HTML.escape(task.status ?? ""))</td>"
            html += "<td class=\"n standing-\(line.standing.rawValue)\">\(line.standing.label)</td>"
            html +=
                "<td class=\"n\"><span class=\"light \(line.standing.light.rawValue)\" title=\"\(line.standing.light.rawValue)\">●</span></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    // MARK: - Helpers

    private static func hex(_ color: UInt32) -> String {
        let digits = String(color, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// A coordinate with at most one decimal place.
    private static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}

extension String {
    /// Line breaks as `<br>`, for text already escaped.
    fileprivate var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
