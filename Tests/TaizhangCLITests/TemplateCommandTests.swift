// SPDX-License-Identifier: Apache-2.0
// `taizhang template` and `convert -o x.xlsx` as a clerk runs them.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct TemplateCommandTests {
    @Test func writesATemplateWithAGB18030Roster() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // 市卫生健康局 / 市财政局 in GB18030, as a clerk's Notepad on Chinese Windows saves it.
        let gb: [UInt8] = [
            0xCA, 0xD0, 0xCE, 0xC0, 0xC9, 0xFA, 0xBD, 0xA1, 0xBF, 0xB5, 0xBE, 0xD6, 0x0A,
            0xCA, 0xD0, 0xB2, 0xC6, 0xD5, 0xFE, 0xBE, 0xD6, 0x0A,
        ]
        let roster = try folder.write("名录.txt", gb)
        let run = try taizhang(
            "template", "--schema", "progress", "--roster", roster, "--rows", "12",
            "--title", "某市2026年重点工作进展台账", "-o", folder.file("blank.xlsx"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("名录 2 个单位"))
        let shared = try WorkbookParts.text(of: "xl/sharedStrings.xml", in: folder.file("blank.xlsx"))
        #expect(shared.contains("市卫生健康局") && shared.contains("某市2026年重点工作进展台账"))
        let info = try taizhang("info", folder.file("blank.xlsx"))
        #expect(info.status == 0, "the blank template reads as a ledger with no tasks: \(info.stderr)")
    }

    @Test func neverOverwritesWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("blank.xlsx", Array("mine".utf8))
        let run = try taizhang("template", "-o", path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        #expect(try taizhang("template", "-o", path, "--force").status == 0)
    }

    @Test func badArgumentsExitTwoWithTheReason() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let unknown = try taizhang("template", "--schema", "prgress", "-o", folder.file("a.xlsx"))
        #expect(unknown.status == 2 && unknown.stderr.contains("standard, progress"))
        let rows = try taizhang("template", "--rows", "0", "-o", folder.file("a.xlsx"))
        #expect(rows.status == 2)
        let csv = try taizhang("template", "-o", folder.file("a.csv"))
        #expect(csv.status == 2)
        let roster = try taizhang(
            "template", "--roster", try folder.write("empty.txt", Array("# 无\n".utf8)),
            "-o", folder.file("a.xlsx"))
        #expect(roster.status == 2 && roster.stderr.contains("单位名录中没有任何单位名称"))
        #expect(try folder.contents().sorted() == ["empty.txt"])
    }

    @Test func listsTheShippedSchemas() throws {
        let run = try taizhang("template", "--list")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("standard\t") && run.stdout.contains("\nprogress\t"))
    }

    @Test func convertWritesAFormattedWorkbook() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = Fixtures.example("tongren-2021/ledger.csv")
        let run = try taizhang("convert", input, "-o", folder.file("t.xlsx"))
        #expect(run.status == 0, "\(run.stderr)")
        let back = try taizhang("convert", folder.file("t.xlsx"), "-o", folder.file("t.json"))
        #expect(back.status == 0)
        let again = try taizhang("convert", input, "-o", folder.file("u.json"))
        #expect(again.status == 0)
        let strip = { (path: String) throws -> String in
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
                .filter {
                    !$0.contains("\"source\"") && !$0.contains("\"file\"") && !$0.contains("\"sheet\"")
                        && !$0.contains("\"row\"") && !$0.contains("\"line\"") && !$0.contains("\"column\"")
                }
                .joined(separator: "\n")
        }
        #expect(try strip(folder.file("t.json")) == strip(folder.file("u.json")))
        let stdout = try taizhang("convert", input, "-o", "-", "--format", "xlsx")
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("PK"))
    }
}
