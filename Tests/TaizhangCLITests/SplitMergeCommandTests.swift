// SPDX-License-Identifier: Apache-2.0
// `taizhang split` and `taizhang merge` as a clerk runs them: outputs, messages, exit statuses.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct SplitMergeCommandTests {
    static let master = Fixtures.example("tongren-2021/ledger.csv")
    static let roster = Fixtures.example("tongren-2021/roster.txt")

    @Test func splitsThenMergesTheUntouchedReturns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let split = try taizhang("split", Self.master, "--roster", Self.roster, "-o", folder.file("下发"))
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stderr.contains("分发清单：") && split.stderr.contains("（12 个单位）"))
        #expect(split.stderr.contains("写入：\(folder.file("下发"))/市委机构编制委员会办公室.xlsx（牵头 1 项，配合 4 项）"))
        let again = try taizhang("split", Self.master, "-o", folder.file("下发"))
        #expect(again.status == 2 && again.stderr.contains("--force"))

        let report = folder.file("报告.json")
        let merge = try taizhang(
            "merge", Self.master, folder.file("下发"), "--roster", Self.roster,
            "-o", folder.file("汇总.xlsx"), "--report", report, "--lang", "en")
        // Nothing filled in: warnings only (no-progress), so the exit status is 0.
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(
            merge.stderr.contains("Merged: \(folder.file("汇总.xlsx")) (12 returns, 99 rows, 99 matched, 0 unmatched"))
        #expect(merge.stderr.contains("has nothing in 进展情况 or 完成情况. [no-progress]"))
        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(json.contains(#""missing": []"#) && json.contains(#""masterIdentifiers": "derived""#))

        let stdout = try taizhang(
            "merge", Self.master, folder.file("下发"), "-o", folder.file("汇总2.xlsx"), "--format", "json")
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("{\n  \"master\": "))
        let exists = try taizhang("merge", Self.master, folder.file("下发"), "-o", folder.file("汇总.xlsx"))
        #expect(exists.status == 2 && exists.stderr.contains("--force"))
    }

    @Test func aSecondReturnOfADepartmentExitsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try taizhang("split", Self.master, "-o", folder.file("下发")).status == 0)
        try FileManager.default.copyItem(atPath: folder.file("下发/市财政局.xlsx"), toPath: folder.file("财政局再报.xlsx"))
        let merge = try taizhang(
            "merge", Self.master, folder.file("下发"), folder.file("财政局再报.xlsx"),
            "-o", folder.file("汇总.xlsx"), "-q")
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("市财政局报送了两份") && merge.stderr.contains("[duplicate-return]"))
        #expect(FileManager.default.fileExists(atPath: folder.file("汇总.xlsx")))
    }

    @Test func badArgumentsExitTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notLedger = try folder.write("名单.csv", Array("姓名,电话\n张三,1\n".utf8))
        #expect(try taizhang("split", notLedger, "-o", folder.file("out")).status == 2)
        #expect(try taizhang("split", folder.file("none.csv"), "-o", folder.file("out")).status == 2)
        #expect(try taizhang("merge", Self.master, folder.file("none"), "-o", folder.file("a.xlsx")).status == 2)
        #expect(try taizhang("merge", Self.master, folder.path, "-o", folder.file("a.csv")).status == 2)
        #expect(try folder.contents() == ["名单.csv"])
    }
}
