// SPDX-License-Identifier: Apache-2.0
// Every notice of ../shared/notices and ../shared/notices/real, and the held-out notices of
// Tests/Fixtures/notices/held-out, scored against their hand-made gold ledgers; .docx against .txt.

import Foundation
import Testing
import TaizhangExtraction
import TaizhangModel
import TaizhangTestSupport

/// A notice, its gold ledger and where its tasks are to be taken from.
struct ScoredNotice: CustomTestStringConvertible, Sendable {
    var notice: String
    var gold: String
    var source: ExtractionSource = .table

    var testDescription: String {
        (notice as NSString).lastPathComponent + " ~ " + (gold as NSString).lastPathComponent
    }

    /// The notices of a folder that have a gold ledger of the same name beside them (NAME.txt, NAME.jsonl).
    static func pairs(in folder: String) -> [ScoredNotice] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            let gold = folder + "/" + name.dropLast(4) + ".jsonl"
            return FileManager.default.fileExists(atPath: gold)
                ? ScoredNotice(notice: folder + "/" + name, gold: gold) : nil
        }
    }

    /// The two seed notices (their gold files are named apart) and every notice of real/.
    static var shared: [ScoredNotice] {
        guard Fixtures.hasShared else { return [] }
        let seeds = [
            ScoredNotice(
                notice: Fixtures.shared("notices/000_37455624c1fb6455.txt"),
                gold: Fixtures.shared("notices/gold/000_37455624c1fb6455.jsonl")),
            ScoredNotice(
                notice: Fixtures.shared("notices/001_fae14af7d0856576.txt"),
                gold: Fixtures.shared("notices/gold/001_fae14af7d0856576_table.jsonl")),
            ScoredNotice(
                notice: Fixtures.shared("notices/001_fae14af7d0856576.txt"),
                gold: Fixtures.shared("notices/gold/001_fae14af7d0856576_narrative.jsonl"), source: .text),
        ]
        return seeds + pairs(in: Fixtures.shared("notices/real"))
    }

    /// Notices written for this project in conventions the shared ones lack.
    static var heldOut: [ScoredNotice] { pairs(in: Fixtures.path("notices/held-out")) }

    /// Extracts and scores; the targets are F1 ≥ 0.97, lead exact ≥ 0.95, cooperating F1 ≥ 0.92.
    func expectTargets() throws {
        let extraction = try NoticeExtractor.extract(path: notice, from: source)
        let score = ExtractionScore(tasks: extraction.ledger.entries.map(\.task), gold: try GoldTask.read(path: gold))
        #expect(score.gold > 0, "\(testDescription): an empty gold ledger")
        #expect(score.taskF1 >= 0.97, "\(testDescription)\n\(score.report)")
        #expect(score.leadExactRate >= 0.95, "\(testDescription)\n\(score.report)")
        #expect(score.cooperatingF1 >= 0.92, "\(testDescription)\n\(score.report)")
    }
}

struct GoldScoreTests {
    /// Skips with a message when ../shared/notices is not beside the project.
    @Test(
        .enabled(if: Fixtures.hasShared, "../shared/notices is not beside the project"), arguments: ScoredNotice.shared)
    func everySharedNoticeMeetsTheTargets(_ notice: ScoredNotice) throws {
        try notice.expectTargets()
    }

    @Test func theSharedFoldersAreAllScored() throws {
        guard Fixtures.hasShared else {
            print("../shared/notices is not beside the project: real notices not scored")
            return
        }
        let real = try FileManager.default.contentsOfDirectory(atPath: Fixtures.shared("notices/real")).filter {
            $0.hasSuffix(".txt")
        }
        #expect(ScoredNotice.shared.count == real.count + 3)
    }

    @Test(arguments: ScoredNotice.heldOut)
    func everyHeldOutNoticeMeetsTheTargets(_ notice: ScoredNotice) throws {
        try notice.expectTargets()
    }

    @Test func theHeldOutNoticesAreThere() {
        #expect(ScoredNotice.heldOut.count >= 3)
    }

    @Test(.enabled(if: Fixtures.hasShared)) func theMetadataOfBothNotices() throws {
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
    @Test(
        .enabled(if: Fixtures.hasShared),
        arguments: [
            ("tongren-notice-libreoffice.docx", "001_fae14af7d0856576.txt"),
            ("suining-notice-libreoffice.docx", "000_37455624c1fb6455.txt"),
        ])
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
