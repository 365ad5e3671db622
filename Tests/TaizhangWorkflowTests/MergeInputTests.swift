// SPDX-License-Identifier: Apache-2.0
// Returns that are not what they should be: unreadable, not a ledger, twice from one department, from a stranger.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport
@testable import TaizhangWorkflow
import TaizhangXLSXWriter

struct MergeInputTests {
    static let master = Ledger(
        title: "某市台账", year: 2021,
        body: LedgerSection(subsections: [
            LedgerSection(
                heading: SectionHeading(sequence: SequenceNumber("一"), title: "改革"),
                tasks: [
                    LedgerTask(
                        sequence: SequenceNumber("1"), text: "完善公立医院运营管理制度，定期通报经济运行情况。", lead: ["市卫生健康局"],
                        cooperating: ["市财政局"], deadline: Deadline(text: "12月底", kind: .monthEnd)),
                    LedgerTask(
                        sequence: SequenceNumber("2"), text: "全面推进医疗救助省级统筹工作。", lead: ["市医疗保障局"],
                        deadline: Deadline(text: "长期", kind: .ongoing)),
                ])
        ]))

    /// Splits the master into `folder/下发` and fills every share's progress as `status`.
    static func filledShares(in folder: TemporaryFolder) throws -> [String: String] {
        let outcome = try LedgerSplitter.split(master, into: folder.file("下发"))
        var files: [String: String] = [:]
        for (share, file) in zip(outcome.shares, outcome.files) {
            var ledger = try LedgerFile(file).read().ledger
            ledger.body = ledger.body.mapTasks { task in
                task.progress = "\(share.department)的进展"
                task.status = "推进中"
            }
            let target = folder.file("\(share.department).xlsx")
            _ = try LedgerWorkbookWriter.write(
                ledger, to: target,
                options: XLSXWriteOptions(
                    schema: LedgerSchema.builtIn(named: "progress") ?? .standard, writesTaskIdentifiers: true))
            files[share.department] = target
        }
        return files
    }

    @Test func badReturnsAreFindingsAndTheMergeGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shares = try Self.filledShares(in: folder)
        let garbage = try folder.write("市财政局.xlsx", Array("not a zip".utf8))
        let notLedger = try folder.write("说明.csv", Array("姓名,电话\n张三,123\n".utf8))
        let encrypted = try folder.write(
            "加密.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        let result = LedgerMerger.merge(
            master: Self.master, masterFile: "台账.xlsx",
            returns: [shares["市卫生健康局"] ?? "", garbage, notLedger, encrypted, shares["市医疗保障局"] ?? ""])
        let codes = result.report.findings.map { "\(($0.location.file as NSString).lastPathComponent) \($0.code)" }
        #expect(
            codes == [
                "台账.xlsx master-without-ids", "市财政局.xlsx unreadable-file", "说明.csv header-not-found",
                "加密.xlsx unreadable-file",
                "台账.xlsx missing-return",
            ])
        #expect(result.report.missing == ["市财政局"])
        #expect(result.report.hasErrors)
        #expect(result.ledger.entries.map(\.task.progress) == ["市卫生健康局的进展", "市医疗保障局的进展"])
    }

    @Test func twoReturnsOfOneDepartmentAreNeverCombined() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shares = try Self.filledShares(in: folder)
        let first = try #require(shares["市医疗保障局"])
        let second = folder.file("医保局（修改版）.xlsx")
        try FileManager.default.copyItem(atPath: first, toPath: second)
        let result = LedgerMerger.merge(master: Self.master, masterFile: "台账.xlsx", returns: [first, second])
        let duplicate = try #require(result.report.findings.first { $0.code == .duplicateReturn })
        #expect(duplicate.location.file == second && duplicate.arguments["other"] == first)
        #expect(result.unmatched.map(\.reason) == [.duplicateReturn])
        #expect(result.ledger.entries[1].task.progress == "市医疗保障局的进展")
        #expect(result.report.returns.map(\.matched) == [1, 0])
    }

    /// A clerk inserts new work by copying a row (and its hidden identifier) and typing over it.
    @Test func aCopiedRowDoesNotTakeItsOriginalsTask() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shares = try Self.filledShares(in: folder)
        var ledger = try LedgerFile(try #require(shares["市卫生健康局"])).read().ledger
        var copy = try #require(ledger.body.subsections[0].tasks.first)
        copy.text = "新增：开展公立医院满意度第三方调查。"
        copy.progress = "新增工作的进展"
        ledger.body.subsections[0].tasks.insert(copy, at: 0)
        let file = folder.file("卫健局.xlsx")
        _ = try LedgerWorkbookWriter.write(
            ledger, to: file,
            options: XLSXWriteOptions(
                schema: LedgerSchema.builtIn(named: "progress") ?? .standard))
        let result = LedgerMerger.merge(master: Self.master, masterFile: "台账.xlsx", returns: [file])
        #expect(result.ledger.entries[0].task.progress == "市卫生健康局的进展")
        #expect(result.unmatched.map(\.progress) == ["新增工作的进展"])
        #expect(result.report.returns.first?.matchedBy == [.id: 1])
    }

    @Test func aStrangerIsReportedAndStillMerged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shares = try Self.filledShares(in: folder)
        // A copy pasted without the hidden sheet and identifiers, named after nobody in the ledger.
        var ledger = try LedgerFile(try #require(shares["市财政局"])).read().ledger
        ledger.title = nil
        ledger.body = ledger.body.mapTasks { $0.id = nil }
        let stranger = folder.file("市审计局.xlsx")
        _ = try LedgerWorkbookWriter.write(
            ledger, to: stranger,
            options: XLSXWriteOptions(
                schema: LedgerSchema.builtIn(named: "progress") ?? .standard))
        let result = LedgerMerger.merge(master: Self.master, masterFile: "台账.xlsx", returns: [stranger])
        #expect(result.report.findings.map(\.code).contains(.unknownReturn))
        #expect(result.report.returns.map(\.department) == ["市审计局"])
        #expect(result.ledger.entries[0].task.progress == "市财政局的进展")
    }

    @Test func theReportHasTheSpecShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shares = try Self.filledShares(in: folder)
        let result = LedgerMerger.merge(
            master: Self.master, masterFile: "台账.xlsx",
            returns: [shares["市卫生健康局"] ?? "", shares["市医疗保障局"] ?? ""])
        let json =
            try JSONSerialization.jsonObject(with: Data(result.report.json(MessageCatalog()).utf8)) as? [String: Any]
        #expect(json?.keys.sorted() == ["findings", "master", "masterIdentifiers", "missing", "returns", "summary"])
        let line = (json?["returns"] as? [[String: Any]])?.first
        #expect(line?["department"] as? String == "市卫生健康局")
        #expect(line?["matchedBy"] as? [String: Int] == ["id": 1, "sequence": 0, "text": 0])
        let finding = (json?["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "missing-return" }
        #expect(
            finding?.keys.sorted() == [
                "code", "column", "department", "file", "master", "message", "returned", "row",
                "sequence", "severity", "taskId",
            ])
        #expect(finding?["message"] as? String == "市财政局有 1 项任务，但没有报送。")
        #expect(
            json?["summary"] as? [String: Int] == [
                "returns": 2, "rows": 2, "matched": 2, "unmatched": 0, "findings": 2,
                "missing": 1,
            ])
    }
}
