// SPDX-License-Identifier: Apache-2.0
// The HTML bulletin: self-contained, printable on A4, its figures readable by a program.

import Foundation
import TaizhangModel
import TaizhangProgress
import Testing

@Suite struct BulletinHTMLTests {
    /// The department table's rows and the total, as the page's data-field cells give them.
    static func departmentFigures(in html: String) -> [Figures] {
        let rows = html.matches(of: /<tr (?:data-department="([^"]*)"|class="totals")>(.*?)<\/tr>/)
        return rows.map { match in
            let cells = Dictionary(
                match.2.matches(of: /data-field="(\w+)"(?: data-value="([0-9.]+)")?>([^<]*)</).map {
                    (String($0.1), $0.2.map(String.init) ?? String($0.3))
                }, uniquingKeysWith: { first, _ in first })
            let counts = ["tasks", "done", "inProgress", "dueSoon", "overdue", "notReported"].map {
                Int(cells[$0] ?? "") ?? -1
            }
            return Figures(
                name: match.1.map(String.init) ?? "合计", counts: counts,
                rate: Double(cells["completionRate"] ?? "") ?? -1)
        }
    }

    @Test func needsNothingFromOutside() throws {
        let html = BulletinHTMLRenderer.render(try tongrenReport())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(!html.contains("<img"))
        // The only address is the SVG namespace, which names and never fetches.
        let addresses = html.matches(of: /https?:\/\/[^"' )]+/).map { String($0.0) }
        #expect(Set(addresses) == ["http://www.w3.org/2000/svg"])
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("<svg "))
    }

    @Test func escapesWhatTheLedgerSays() {
        let report = ProgressReport(
            ledger: ledger([task("1", ["<b>局</b>"], due: "2021-12-31", status: "推进中")], title: "A & B \"台账\""),
            rules: StandingRules(asOf: day("2021-11-30")))
        let html = BulletinHTMLRenderer.render(report)
        #expect(html.contains("<title>A &amp; B &quot;台账&quot;落实情况通报</title>"))
        #expect(html.contains("&lt;b&gt;局&lt;/b&gt;"))
        #expect(!html.contains("<b>局"))
    }

    @Test func eachTaskHasItsLight() throws {
        let report = try tongrenReport()
        let html = BulletinHTMLRenderer.render(report)
        let lights = html.matches(of: /<span class="light (green|yellow|red)" title/).map { String($0.1) }
        #expect(lights == report.tasks.map(\.standing.light.rawValue))
    }

    @Test func aLongDepartmentNameIsCutInTheChartOnly() {
        let name = "市深化医药卫生体制改革领导小组办公室（市卫生健康局）"
        let report = ProgressReport(
            ledger: ledger([task("1", [name], due: "2021-12-31", status: "推进中")]),
            rules: StandingRules(asOf: day("2021-11-30")))
        let html = BulletinHTMLRenderer.render(report)
        #expect(html.contains("text-anchor=\"end\">市深化医药卫生体制改革领导小组…</text>"))
        #expect(html.contains("<td>\(name)</td>"))
    }
}
