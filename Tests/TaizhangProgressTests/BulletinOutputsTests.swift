// SPDX-License-Identifier: Apache-2.0
// The bulletin's three outputs on the Tongren example: the §10 JSON golden, and .xlsx, .html and .json
// agreeing figure for figure.

import Foundation
import TaizhangIO
import TaizhangModel
@testable import TaizhangProgress
import TaizhangTestSupport
import TaizhangXLSX
import Testing

/// The Tongren ledger with progress filled in, judged on 2021-11-30.
func tongrenReport() throws -> ProgressReport {
    let result = try LedgerFile(Fixtures.example("tongren-2021/ledger-with-progress.csv")).read()
    let hasColumns = result.columns.map { $0[.progress] != nil || $0[.status] != nil }
    return ProgressReport(
        ledger: result.ledger, rules: StandingRules(asOf: day("2021-11-30")),
        hasProgressColumns: hasColumns)
}

/// The figures of one line of the department table: tasks, done, in progress, due soon, overdue,
/// not reported, and the completion rate.
struct Figures: Equatable, CustomStringConvertible {
    var name: String
    var counts: [Int]
    var rate: Double

    var description: String { "\(name) \(counts) \(rate)" }

    init(name: String, counts: [Int], rate: Double) {
        self.name = name
        self.counts = counts
        self.rate = rate
    }

    init(name: String, json: [String: Any]) {
        self.name = name
        counts = ["tasks", "done", "inProgress", "dueSoon", "overdue", "notReported"].map { json[$0] as? Int ?? -1 }
        rate = json["completionRate"] as? Double ?? -1
    }
}

@Suite struct BulletinOutputsTests {
    @Test func jsonMatchesTheGolden() throws {
        let report = try tongrenReport()
        let path = Fixtures.example("tongren-2021/report-2021-11-30.json")
        guard let expected = try Golden.expected(report.jsonText, at: path) else {
            Issue.record("recorded \(path)")
            return
        }
        #expect(report.jsonText == expected)
    }

    @Test func jsonHasTheKeysOfTheSpecInOrder() throws {
        let text = try tongrenReport().jsonText
        #expect(
            text.hasPrefix(
                "{\n  \"title\": \"同仁市2021年综合医改重点工作台账\",\n  \"asOf\": \"2021-11-30\",\n  \"totals\": {\n"
                    + "    \"tasks\": 48,\n    \"done\": 30,\n    \"inProgress\": 11,\n    \"dueSoon\": 0,\n    \"overdue\": 2,\n"
                    + "    \"notReported\": 5,\n    \"completionRate\": 0.625\n  },\n  \"departments\": [\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let task = try #require((object["tasks"] as? [[String: Any]])?.first)
        #expect(task.keys.sorted() == ["due", "id", "lead", "light", "section", "sequence", "standing"])
        #expect(task["standing"] as? String == "overdue")
        #expect(task["section"] as? [String] == ["推进公立医院高质量发展"])
        let department = try #require((object["departments"] as? [[String: Any]])?.first)
        #expect(
            department.keys.sorted() == [
                "completionRate", "department", "done", "dueSoon", "inProgress", "notReported", "overdue", "rank",
                "tasks",
            ])
    }

    @Test func theThreeOutputsAgree() throws {
        let report = try tongrenReport()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.json", "b.html", "b.xlsx"] {
            try BulletinFileWriter.write(report, to: folder.file(name))
        }

        // JSON: the figures as parsed.
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder.file("b.json")))) as? [String: Any])
        let jsonDepartments = try #require(json["departments"] as? [[String: Any]])
        var fromJSON = jsonDepartments.map { Figures(name: $0["department"] as? String ?? "", json: $0) }
        fromJSON.append(Figures(name: "合计", json: try #require(json["totals"] as? [String: Any])))
        let jsonStandings = try #require(json["tasks"] as? [[String: Any]]).map { $0["standing"] as? String ?? "" }
        #expect(fromJSON.count == report.departments.count + 1)

        // XLSX: the 统计 table and the standings of 明细, as taizhang's own reader reads them.
        let workbook = try XLSXWorkbook(path: folder.file("b.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["通报", "统计", "明细"])
        let statistics = try workbook.readSheet(workbook.sheet(named: "统计"))
        let tableRows = statistics.rows.filter { $0.number > 3 && !$0[1].isEmpty }
        let fromXLSX = tableRows.map { row in
            Figures(name: row[1], counts: (2...7).map { Int(row[$0]) ?? -1 }, rate: Double(row[8]) ?? -1)
        }
        #expect(fromXLSX == fromJSON)
        #expect(tableRows.dropLast().map { Int($0[0]) } == (1...report.departments.count).map { $0 })
        let detail = try workbook.readSheet(workbook.sheet(named: "明细"))
        let labels = Dictionary(uniqueKeysWithValues: Standing.allCases.map { ($0.label, $0.rawValue) })
        let header = try #require(detail.rows.first { $0.cells.contains("状态") })
        let standingColumn = try #require(header.cells.firstIndex(of: "状态"))
        let xlsxStandings = detail.rows.filter { $0.number > header.number }.compactMap { labels[$0[standingColumn]] }
        #expect(xlsxStandings == jsonStandings)
        let bulletin = try workbook.readSheet(workbook.sheet(named: "通报"))
        #expect(bulletin.rows.map { $0[0] }.contains { $0.contains(BulletinText(report).summary) })

        // HTML: the numbers in the cells marked with data-field.
        let html = try String(contentsOfFile: folder.file("b.html"), encoding: .utf8)
        #expect(BulletinHTMLTests.departmentFigures(in: html) == fromJSON)
        let htmlStandings = html.matches(of: /<tr data-standing="([a-z-]+)">/).map { String($0.1) }
        #expect(htmlStandings == jsonStandings)
        #expect(html.contains(HTML.escape(BulletinText(report).summary)))
    }

    @Test func theWorkbookHasAChartAndLiveLights() throws {
        let report = try tongrenReport()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("b.xlsx")
        try BulletinFileWriter.write(report, to: path, followsToday: true)
        let parts = try WorkbookParts.names(in: path)
        #expect(parts.contains("xl/charts/chart1.xml"))
        let chart = try WorkbookParts.text(of: "xl/charts/chart1.xml", in: path)
        #expect(chart.contains("<c:barDir val=\"bar\"/>"))
        #expect(chart.contains("<c:grouping val=\"stacked\"/>"))
        let last = 3 + report.departments.count
        for column in ["D", "E", "F", "G", "H"] {
            #expect(chart.contains("<c:f>'统计'!$\(column)$4:$\(column)$\(last)</c:f>"))
        }
        #expect(chart.contains("<c:f>'统计'!$B$4:$B$\(last)</c:f>"))
        // 明细: the judging date follows the day the file is opened, the standings are formulas
        // over it, and the lights are conditional formats over the standings.
        let detail = try WorkbookParts.text(of: "xl/worksheets/sheet3.xml", in: path)
        #expect(detail.contains("<f>TODAY()</f>"))
        // Row 4 is the first section row; the first task is on row 5.
        #expect(
            detail.contains(
                "<f>IF(OR(TRIM(F5)=\"已完成\",TRIM(F5)=\"完成\",TRIM(F5)=\"已办结\"),\"已完成\","
                    + "IF(ISNUMBER(I5),IF(I5&lt;$G$2,\"逾期\",IF(I5-$G$2&lt;=7,\"即将到期\",IF(AND(TRIM(E5)=\"\",TRIM(F5)=\"\"),"
                    + "\"未报送\",\"推进中\"))),"))
        #expect(detail.contains("<conditionalFormatting sqref=\"H4:H"))
        #expect(detail.contains("<formula>OR($G4=\"逾期\")</formula>"))
    }

    @Test(.enabled(if: Python.hasOpenpyxl)) func openpyxlReadsTheWorkbook() throws {
        let report = try tongrenReport()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("b.xlsx")
        try BulletinFileWriter.write(report, to: path)
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            values = openpyxl.load_workbook(sys.argv[1], data_only=True)
            detail = wb["明细"]
            out = {
              "sheets": wb.sheetnames,
              "landscape": [ws.page_setup.orientation for ws in wb],
              "paper": [ws.page_setup.paperSize for ws in wb],
              "rules": sorted(str(rng.sqref) + " " + rule.formula[0] for rng in detail.conditional_formatting for rule in rng.rules),
              "hidden": [k for k, d in detail.column_dimensions.items() if d.hidden],
              "date": str(values["明细"]["G2"].value),
              "rates": [values["统计"].cell(row=r, column=9).value for r in range(4, 4 + \(report.departments.count + 1))],
            }
            print(json.dumps(out, ensure_ascii=False))
            """
        let data = try Python.run(["-c", script, path])
        let out = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(out["sheets"] as? [String] == ["通报", "统计", "明细"])
        #expect(out["landscape"] as? [String] == ["landscape", "landscape", "landscape"])
        #expect(out["paper"] as? [Int] == [9, 9, 9])
        #expect(out["hidden"] as? [String] == ["I"])
        #expect((out["date"] as? String)?.hasPrefix("2021-11-30") == true)
        let rates = out["rates"] as? [Double]
        #expect(rates == report.departments.map(\.counts.completionRate) + [report.totals.completionRate])
        let rules = try #require(out["rules"] as? [String])
        #expect(rules.count == 5)
        #expect(rules.contains { $0.hasPrefix("H4:H") && $0.hasSuffix("OR($G4=\"已完成\",$G4=\"推进中\")") })
    }

    @Test func anEmptyLedgerStillWritesEveryFormat() throws {
        let report = ProgressReport(ledger: Ledger(title: "空台账"), rules: StandingRules(asOf: day("2021-11-30")))
        #expect(BulletinText(report).summary == "截至2021年11月30日，台账中没有任务。")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["e.xlsx", "e.html", "e.json"] {
            try BulletinFileWriter.write(report, to: folder.file(name))
        }
        #expect(try !WorkbookParts.names(in: folder.file("e.xlsx")).contains("xl/charts/chart1.xml"))
        #expect(try String(contentsOfFile: folder.file("e.json"), encoding: .utf8).contains("\"departments\": [],"))
    }

    @Test func anOverlongCellIsRefusedNamingItsPlace() throws {
        let long = String(repeating: "长", count: 40_000)
        let report = ProgressReport(
            ledger: ledger([task("1", ["市财政局"], due: "2021-12-31", status: "推进中", progress: long)]),
            rules: StandingRules(asOf: day("2021-11-30")))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect {
            try BulletinFileWriter.write(report, to: folder.file("l.xlsx"))
        } throws: { error in
            guard let error = error as? LedgerWriteError else { return false }
            return error.code == .cellTooLong && error.arguments["sheet"] == "明细" && error.arguments["cell"] == "E5"
        }
        #expect(try folder.contents().isEmpty)
    }

    @Test func aWorkbookTypedByHandGivesTheSameBulletin() throws {
        // The example as a clerk keeps it in Excel: the CSV written as a formatted workbook, read back.
        let source = try LedgerFile(Fixtures.example("tongren-2021/ledger-with-progress.csv")).read()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try LedgerFile.write(source.ledger, to: folder.file("l.xlsx"), format: .xlsx)
        let result = try LedgerFile(folder.file("l.xlsx")).read()
        let hasColumns = result.columns.map { $0[.progress] != nil || $0[.status] != nil }
        let report = ProgressReport(
            ledger: result.ledger, rules: StandingRules(asOf: day("2021-11-30")),
            hasProgressColumns: hasColumns)
        let golden = try String(
            contentsOfFile: Fixtures.example("tongren-2021/report-2021-11-30.json"), encoding: .utf8)
        #expect(report.jsonText == golden)
    }
}
