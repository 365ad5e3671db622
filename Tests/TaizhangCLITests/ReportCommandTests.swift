// SPDX-License-Identifier: Apache-2.0
// `taizhang report` as a clerk runs it: the three outputs, messages, exit statuses.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct ReportCommandTests {
    let example = Fixtures.example("tongren-2021/ledger-with-progress.csv")

    @Test func writesTheThreeBulletinsAndSummarises() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.xlsx", "b.html", "b.json"] {
            let run = try taizhang("report", example, "--as-of", "2021-11-30", "-o", folder.file(name))
            #expect(run.status == 0)
            #expect(run.stderr.contains("截至2021年11月30日：48项任务，已完成30项（完成率62.5%），推进中11项，即将到期0项，逾期2项，未报送5项；牵头单位8个。"))
            #expect(run.stderr.contains("写入：\(folder.file(name))"))
        }
        let golden = try String(
            contentsOfFile: Fixtures.example("tongren-2021/report-2021-11-30.json"), encoding: .utf8)
        #expect(try String(contentsOfFile: folder.file("b.json"), encoding: .utf8) == golden)
        #expect(try String(contentsOfFile: folder.file("b.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try WorkbookParts.names(in: folder.file("b.xlsx")).contains("xl/charts/chart1.xml"))
    }

    @Test func dueSoonDaysChangesTheStandings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang(
            "report", example, "--as-of", "2021-12-01", "--due-soon-days", "30", "-o", folder.file("b.json"))
        #expect(run.status == 0)
        // Every task due 12月底 and not done is now due soon, reported or not; only the ongoing one is in progress.
        #expect(run.stderr.contains("推进中1项，即将到期15项，逾期2项，未报送0项"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try folder.write("b.json", Array("keep".utf8))
        let run = try taizhang("report", example, "--as-of", "2021-11-30", "-o", output)
        #expect(run.status == 2)
        #expect(run.stderr.contains("输出文件已存在，未覆盖。如需覆盖请加 --force。"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep")
        let forced = try taizhang("report", example, "--as-of", "2021-11-30", "-o", output, "--force")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("{\n  \"title\""))
    }

    @Test func badAsOfInChineseAndEnglish() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let chinese = try taizhang("report", example, "--as-of", "2021-02-30", "-o", folder.file("b.json"))
        #expect(chinese.status == 2)
        #expect(chinese.stderr.contains("--as-of“2021-02-30”不是有效日期。请写成 YYYY-MM-DD，例如 2021-11-30。"))
        let english = try taizhang(
            "report", example, "--as-of", "30/11/2021", "-o", folder.file("b.json"), "--lang", "en")
        #expect(english.status == 2)
        #expect(
            english.stderr.contains(
                "--as-of \"30/11/2021\" is not a valid date. Write it as YYYY-MM-DD, e.g. 2021-11-30."))
        #expect(!english.stderr.contains("不是有效日期"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func refusesAnOutputItCannotWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("report", example, "-o", folder.file("b.csv"))
        #expect(run.status == 2)
        #expect(run.stderr.contains("无法从“\(folder.file("b.csv"))”判断通报格式。请用 .xlsx、.html 或 .json 结尾。"))
        let days = try taizhang("report", example, "--due-soon-days", "-1", "-o", folder.file("b.json"))
        #expect(days.status == 2)
    }

    @Test func aLedgerWithoutProgressColumnsIsReportedAndSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang(
            "report", Fixtures.example("tongren-2021/ledger.csv"), "--as-of", "2021-11-30",
            "-o", folder.file("b.json"))
        #expect(run.status == 0)
        #expect(run.stderr.contains("警告：台账没有“进展情况”“完成情况”列：除已逾期和7日内到期的任务外，均按未报送统计。"))
        #expect(run.stderr.contains("48项任务，已完成0项（完成率0%），推进中0项，即将到期0项，逾期4项，未报送44项"))
    }

    @Test func anUnreadableLedgerExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("report", folder.file("missing.csv"), "-o", folder.file("b.json"))
        #expect(run.status == 2)
        #expect(run.stderr.contains("文件不存在"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func aRosterMergesShortForms() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ledger = try folder.write(
            "l.csv",
            Array(
                """
                序号,重点任务,责任单位,完成时限,完成情况
                1,甲,市卫健委,12月底,已完成
                2,乙,市卫生健康局,12月底,推进中

                """.utf8))
        let roster = try folder.write("roster.txt", Array("市卫生健康局\t市卫健委\n".utf8))
        let run = try taizhang(
            "report", ledger, "--year", "2021", "--as-of", "2021-11-30", "--roster", roster, "-o", folder.file("b.json")
        )
        #expect(run.status == 0)
        #expect(run.stderr.contains("牵头单位1个"))
        let missing = try taizhang("report", ledger, "--roster", folder.file("none.txt"), "-o", folder.file("c.json"))
        #expect(missing.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.file("c.json")))
    }
}
