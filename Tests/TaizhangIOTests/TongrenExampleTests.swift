// SPDX-License-Identifier: Apache-2.0
// The bundled Tongren ledger reads as the notice's table (../shared/notices/gold), in UTF-8 and GB18030.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport

/// A row of the gold ledger (../shared/notices/gold/README.md).
private struct GoldRow: Decodable {
    var seq: String
    var section: String
    var text: String
    var lead: [String]
    var cooperating: [String]
    var deadline: String
}

struct TongrenExampleTests {
    let result: LedgerReadResult

    init() throws {
        result = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read()
    }

    @Test func hasFortyEightTasksInSevenSections() {
        #expect(result.ledger.title == "同仁市2021年综合医改重点工作台账")
        #expect(result.ledger.year == 2021)
        #expect(result.ledger.taskCount == 48)
        #expect(result.ledger.body.subsections.count == 7)
        #expect(result.ledger.allSections.map { $0.heading?.sequence.raw } == ["一", "二", "三", "四", "五", "六", "七"])
        #expect(result.findings.isEmpty)
        #expect(result.headerRow == 2)
    }

    @Test func readsTheRowsTheIssueNames() throws {
        let tasks = Dictionary(uniqueKeysWithValues: result.ledger.entries.map { ($0.task.sequence.raw, $0.task) })
        let row3 = try #require(tasks["3"])
        #expect(row3.lead == ["市卫生健康局"])
        #expect(row3.cooperating.isEmpty)
        #expect(
            row3.deadline
                == Deadline(
                    text: "10月底前出台文件", kind: .monthEnd,
                    due: CalendarDate(year: 2021, month: 10, day: 31), note: "出台文件"))
        #expect(tasks["22"]?.lead == ["市卫生健康局", "市教育局", "市人力资源和社会保障局"])
        #expect(tasks["2"]?.deadline.kind == .ongoing)
        #expect(tasks["23"]?.deadline.kind == .phased)
        #expect(
            tasks["1"]?.source == SourceLocation(file: Fixtures.example("tongren-2021/ledger.csv"), row: 4, line: 4))
    }

    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"))
    func matchesTheGoldLedgerOfTheNotice() throws {
        let lines = try String(
            contentsOfFile: Fixtures.shared("notices/gold/001_fae14af7d0856576_table.jsonl"),
            encoding: .utf8
        ).split(separator: "\n")
        let gold = try lines.map { try JSONDecoder().decode(GoldRow.self, from: Data($0.utf8)) }
        let entries = result.ledger.entries
        #expect(entries.count == gold.count)
        // Rows the example corrects, as Examples/README.md says.
        let corrected: [String: (lead: [String], cooperating: [String])] = [
            "29": (["市卫生健康局", "市委编办", "市医疗保障局"], ["市财政局", "市人力资源和社会保障局"]),
            "32": (["市卫生健康局"], []),
        ]
        for (entry, row) in zip(entries, gold) {
            #expect(entry.task.sequence.raw == row.seq)
            #expect(entry.sectionPath.map(\.title) == [row.section])
            #expect(entry.task.text == row.text)
            #expect(entry.task.deadline.text == row.deadline)
            let expected = corrected[row.seq] ?? (row.lead, row.cooperating)
            #expect(entry.task.lead == expected.lead, "序号 \(row.seq)")
            #expect(entry.task.cooperating == expected.cooperating, "序号 \(row.seq)")
        }
    }

    @Test func readsTheSameFromGB18030() throws {
        let gb = try LedgerFile(Fixtures.example("tongren-2021/ledger-gb18030.csv")).read()
        #expect(gb.encoding?.name == "GB18030")
        #expect(gb.ledger.withoutSources == result.ledger.withoutSources)
    }

    /// The committed JSON is what convert writes; re-record with RECORD_SNAPSHOTS=1 (the run then fails).
    @Test func writesTheGoldenJSON() throws {
        let name = "tongren-2021/ledger.csv"
        let relative = try LedgerFile(Fixtures.example(name), name: "Examples/" + name).read()
        let json = relative.ledger.interchangeJSON
        let golden = Fixtures.example("tongren-2021/ledger.json")
        guard let expected = try Golden.expected(json, at: golden) else {
            Issue.record("recorded \(golden); run again without RECORD_SNAPSHOTS")
            return
        }
        #expect(json == expected)
    }

    @Test func roundTripsThroughJSONAndCSV() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try LedgerFile.write(result.ledger, to: folder.file("t.json"), format: .json)
        let fromJSON = try LedgerFile(folder.file("t.json")).read()
        // JSON keeps every task's source; section rows have none there.
        #expect(fromJSON.ledger.entries.map(\.task.source) == result.ledger.entries.map(\.task.source))
        #expect(fromJSON.ledger.withoutSources == result.ledger.withoutSources)
        try LedgerFile.write(fromJSON.ledger, to: folder.file("t.csv"), format: .csv)
        let back = try LedgerFile(folder.file("t.csv")).read()
        #expect(back.ledger.withoutSources == result.ledger.withoutSources)
        #expect(back.findings.isEmpty)
        try LedgerFile.write(
            back.ledger, to: folder.file("t.tsv"), format: .tsv,
            options: LedgerWriteOptions(csvEncoding: .gb18030))
        let tsv = try LedgerFile(folder.file("t.tsv")).read()
        #expect(tsv.encoding?.name == "GB18030")
        #expect(tsv.ledger.withoutSources == result.ledger.withoutSources)
    }
}
