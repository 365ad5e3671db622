// SPDX-License-Identifier: Apache-2.0
// The two notices of ../shared/notices against their hand-made gold ledgers, and .docx against .txt.

import Foundation
import Testing
import TaizhangExtraction
import TaizhangModel
import TaizhangTestSupport

@Suite(.enabled(if: Fixtures.hasShared))
struct GoldScoreTests {
    static let cases: [(notice: String, gold: String, source: ExtractionSource)] = [
        ("000_37455624c1fb6455.txt", "000_37455624c1fb6455.jsonl", .table),
        ("001_fae14af7d0856576.txt", "001_fae14af7d0856576_table.jsonl", .table),
        ("001_fae14af7d0856576.txt", "001_fae14af7d0856576_narrative.jsonl", .text),
    ]

    @Test(arguments: cases)
    func meetsTheTargets(notice: String, gold: String, source: ExtractionSource) throws {
        let extraction = try NoticeExtractor.extract(path: Fixtures.shared("notices/" + notice), from: source)
        let reference = try GoldTask.read(path: Fixtures.shared("notices/gold/" + gold))
        let score = ExtractionScore(tasks: extraction.ledger.entries.map(\.task), gold: reference)
        #expect(score.taskF1 >= 0.97, "\(score.report)")
        #expect(score.leadExactRate >= 0.95, "\(score.report)")
        #expect(score.cooperatingF1 >= 0.92, "\(score.report)")
    }

    @Test func theMetadataOfBothNotices() throws {
        let suining = try NoticeExtractor.extract(path: Fixtures.shared("notices/000_37455624c1fb6455.txt")).metadata
        #expect(suining.documentNumber == "遂府办函〔2021〕40号")
        #expect(suining.issuer == "遂宁市人民政府办公室")
        #expect(suining.date == "2021-09-18" && suining.year == 2021)
        let tongren = try NoticeExtractor.extract(path: Fixtures.shared("notices/001_fae14af7d0856576.txt"))
        #expect(tongren.metadata.documentNumber == "同政办〔2021〕14号")
        #expect(tongren.metadata.date == "2021年10月28日")
        #expect(tongren.ledger.title == "同仁市2021年综合医改重点工作台账")
    }

    /// LibreOffice turned each notice's .txt into .docx (Tests/Fixtures/notices): the same ledger.
    @Test(arguments: [("tongren-notice-libreoffice.docx", "001_fae14af7d0856576.txt"),
                      ("suining-notice-libreoffice.docx", "000_37455624c1fb6455.txt")])
    func aWordCopyGivesTheSameLedger(docx: String, text: String) throws {
        let fromWord = try NoticeExtractor.extract(path: Fixtures.path("notices/" + docx), name: "n")
        let fromText = try NoticeExtractor.extract(path: Fixtures.shared("notices/" + text), name: "n")
        #expect(fromWord.ledger == fromText.ledger)
        #expect(fromWord.metadata == fromText.metadata)
    }
}

struct WordTableTests {
    /// A Word table (LibreOffice from Tests/Fixtures/notices/table-marked-leads.html): ▲ marks the
    /// lead group before the first comma, and a row with no department cell takes the row above's.
    @Test func readsAWordTableWithMarkedLeadsAndMergedCells() throws {
        let extraction = try NoticeExtractor.extract(path: Fixtures.path("notices/table-marked-leads-libreoffice.docx"))
        let tasks = extraction.ledger.entries.map(\.task)
        #expect(tasks.map(\.lead) == [["县教育局", "县财政局"], ["县教育局", "县财政局"], ["县卫健局"]])
        #expect(tasks.map(\.cooperating) == [["县自然资源局", "县住建局"], ["县自然资源局", "县住建局"], ["县医保局"]])
        #expect(tasks[1].inherited == [.lead, .cooperating])
        #expect(extraction.ledger.title == "某县2022年民生实事任务分解表")
        #expect(extraction.metadata.documentNumber == "某政办发〔2022〕7号")
    }
}
