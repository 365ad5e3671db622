// SPDX-License-Identifier: Apache-2.0
// `taizhang validate` as a clerk runs it: folders, exit statuses, §8 JSON, overrides, annotated copies.

import Foundation
import Taizhang
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct ValidateCommandTests {
    let asPrinted = Fixtures.example("tongren-2021/ledger-as-printed.csv")
    let clean = Fixtures.example("tongren-2021/ledger.csv")
    let roster = Fixtures.example("tongren-2021/roster.txt")

    @Test func exitsZeroForACleanLedgerAndOneForErrors() throws {
        let good = try taizhang("validate", clean, "--as-of", "2021-06-30")
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("1 个通过"))
        let bad = try taizhang("validate", asPrinted, "--roster", roster, "--as-of", "2021-06-30")
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("[missing-lead]") && bad.stdout.contains("是否应为：市医疗保障局"))
        #expect(!bad.stdout.contains("\u{1B}["), "no colour when piped")
        #expect(!bad.stderr.contains("\r"), "no progress bar when piped")
    }

    /// The library's front door and the command give the same report, byte for byte, on the
    /// printed table and on an .xlsx copy of it.
    @Test func theLibraryAndTheCommandGiveTheSameFindings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.file("as-printed.xlsx")
        _ = try Python.run([
            "-c",
            """
            import csv, sys, openpyxl
            workbook = openpyxl.Workbook()
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as source:
                for row in csv.reader(source):
                    workbook.active.append(row)
            workbook.save(sys.argv[2])
            """, asPrinted, copy,
        ])
        let options = ValidationOptions(
            roster: try RosterFile.load(roster), asOf: try #require(CalendarDate(iso: "2021-11-30")))
        for file in [asPrinted, copy] {
            let run = try taizhang("validate", file, "--roster", roster, "--as-of", "2021-11-30", "--format", "json")
            #expect(run.status == 1)
            let library = ValidationReport(files: [LedgerFile(file).validate(options: options)])
            #expect(run.stdout == library.json(MessageCatalog()), "\(file)")
            #expect(library.files[0].findings.count > 40)
        }
    }

    /// One sheet whose copy cannot be written (a cell over Excel's limit) stops no other copy; the
    /// summary names every copy; the annotate folder inside the input folder is never checked.
    @Test func oneBadCopyStopsNoOtherAndTheAnnotateFolderIsNotChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("returned"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: clean, toPath: folder.file("returned/a-卫健局.csv"))
        let long = String(repeating: "长", count: 40_000)
        _ = try folder.write(
            "returned/b-医保局.csv",
            Array("序号,重点任务,责任单位,配合单位,完成时限\n1,\(long),市医疗保障局,,12月底\n".utf8))
        let annotate = folder.file("returned/标注")
        let run = try taizhang("validate", folder.file("returned"), "--annotate", annotate, "--as-of", "2021-06-30")
        #expect(run.status == 2)
        #expect(run.stderr.contains("32767"))
        let names = try FileManager.default.contentsOfDirectory(atPath: annotate).sorted()
        #expect(names == ["a-卫健局.xlsx", "校验汇总.xlsx"])
        let summary = try WorkbookParts.text(of: "xl/sharedStrings.xml", in: annotate + "/校验汇总.xlsx")
        #expect(summary.contains("标注副本") && summary.contains("a-卫健局.xlsx") && summary.contains("32767"))
        let again = try taizhang(
            "validate", folder.file("returned"), "--annotate", annotate, "--force", "--format", "json",
            "--as-of", "2021-06-30")
        #expect(again.stdout.contains("a-卫健局.csv") && !again.stdout.contains("标注/"))
    }

    /// What clerks' folders hold: a pipe named like a ledger is passed over (it would wait for
    /// ever), a missing file among good ones is that file's finding, and a file named like an
    /// option is read as a file.
    @Test func pipesMissingFilesAndOptionLikeNamesDoNotStopTheRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("returned"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: clean, toPath: folder.file("returned/台账.csv"))
        #expect(mkfifo(folder.file("returned/管道.csv"), 0o600) == 0)
        let run = try taizhang(
            "validate", folder.file("returned"), folder.file("没有.csv"), "--format", "json",
            "--as-of", "2021-06-30")
        #expect(run.status == 1)
        #expect(!run.stdout.contains("管道.csv"))
        #expect(run.stdout.contains("没有.csv") && run.stdout.contains("unreadable-file"))
        try FileManager.default.copyItem(atPath: clean, toPath: folder.file("-hb.csv"))
        let optionLike = try taizhang("validate", "-hb.csv", "--as-of", "2021-06-30", in: folder.path)
        #expect(
            optionLike.status == 0 && optionLike.stdout.contains("1 个通过"), "\(optionLike.stdout)\(optionLike.stderr)")
    }

    @Test func exitsTwoWhenItCannotRun() throws {
        #expect(try taizhang("validate", "/no/such/folder").status == 2)
        #expect(try taizhang("validate", clean, "--as-of", "30/06/2021").status == 2)
        let override = try taizhang("validate", clean, "--severity", "no-such-code=error")
        #expect(override.status == 2 && override.stderr.contains("没有代码“no-such-code”"))
        let english = try taizhang("validate", clean, "--severity", "no-such-code=error", "--lang", "en")
        #expect(english.status == 2 && english.stderr.contains("There is no code \"no-such-code\""))
    }

    @Test func aFolderIsSearchedAndAnUnreadableFileIsOneFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("returned/卫健局"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: clean, toPath: folder.file("returned/卫健局/台账.csv"))
        _ = try folder.write("returned/医保局.xlsx", Array("not a workbook".utf8))
        _ = try folder.write("returned/~$锁文件.xlsx", Array("lock".utf8))
        _ = try folder.write("returned/说明.txt", Array("ignored".utf8))
        // A hidden folder (a sync client's cache, .git) is passed over whole.
        try FileManager.default.createDirectory(
            atPath: folder.file("returned/.cache"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: clean, toPath: folder.file("returned/.cache/台账.csv"))
        let run = try taizhang("validate", folder.file("returned"), "--format", "json", "--as-of", "2021-06-30")
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(
            files.map { ($0["file"] as? String ?? "").replacingOccurrences(of: folder.path + "/", with: "") }
                == ["returned/医保局.xlsx", "returned/卫健局/台账.csv"])
        let broken = try #require((files[0]["findings"] as? [[String: Any]])?.first)
        #expect(broken["code"] as? String == "unreadable-file" && broken["severity"] as? String == "error")
        #expect(files[1]["valid"] as? Bool == true)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "valid": 1, "errors": 1, "warnings": 0, "infos": 0])
    }

    @Test func theJSONReportHasTheSpecsKeysInOrder() throws {
        let run = try taizhang("validate", asPrinted, "--format", "json", "--as-of", "2021-06-30")
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let keys = lines.compactMap { line -> String? in
            guard line.hasPrefix("\""), let end = line.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(line[line.index(after: line.startIndex)..<end])
        }
        #expect(Array(keys.prefix(7)) == ["files", "file", "valid", "errors", "warnings", "infos", "findings"])
        #expect(
            Array(keys.dropFirst(7).prefix(8)) == [
                "code", "severity", "sheet", "row", "column", "cell", "message", "suggestion",
            ])
        #expect(run.stdout.contains("\"message\": \"第46行缺少责任部门。请填写牵头负责的单位。\""))
    }

    @Test func severitiesCanBeChangedOnTheCommandLineOrInAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lowered = try taizhang("validate", asPrinted, "--severity", "missing-lead=warning", "--as-of", "2021-06-30")
        #expect(lowered.status == 0, "the only error, lowered to a warning")
        let config = try folder.write("severities.txt", Array("# 本单位的规则\nmissing-deadline = error\n".utf8))
        let raised = try taizhang("validate", clean, "--config", config, "--as-of", "2021-06-30")
        #expect(raised.status == 0, "the clean ledger has every time limit")
        let raisedBad = try taizhang("validate", asPrinted, "--config", config, "--severity", "missing-lead=info")
        #expect(raisedBad.status == 1 && raisedBad.stdout.contains("错误 E8"))
    }

    @Test func englishMessages() throws {
        let run = try taizhang("validate", asPrinted, "--lang", "en", "--as-of", "2021-06-30")
        #expect(run.stdout.contains("error C46 Row 46 has no lead department (责任部门)."))
        #expect(run.stdout.contains("1 files: 0 valid, 1 with errors"))
    }

    @Test func annotatedCopiesMarkTheCellsAndSummarise() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.file("marked")
        let run = try taizhang(
            "validate", asPrinted, clean, "--roster", roster, "--annotate", out, "--as-of", "2021-06-30")
        #expect(run.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["ledger-as-printed.xlsx", "ledger.xlsx", "校验汇总.xlsx"])
        let copy = out + "/ledger-as-printed.xlsx"
        let parts = try WorkbookParts.names(in: copy)
        #expect(parts.contains("xl/comments1.xml"))
        let comments = try WorkbookParts.text(of: "xl/comments1.xml", in: copy)
        #expect(comments.contains("缺少责任部门") && comments.contains("市医疗保障局"))
        // The copy drops the blank rows, so its cell is not the report's: each comment says
        // where the problem is in the file as handed in (C46, as the report says).
        #expect(comments.contains("【原表 C46】第46行缺少责任部门"), "\(comments.prefix(400))")
        let workbook = try WorkbookParts.text(of: "xl/workbook.xml", in: copy)
        #expect(workbook.contains("<sheet name=\"校验结果\""))
        let summary = try WorkbookParts.text(of: "xl/sharedStrings.xml", in: out + "/校验汇总.xlsx")
        #expect(summary.contains("有错误") && summary.contains("通过") && summary.contains("缺少责任部门"))
        let again = try taizhang("validate", clean, "--annotate", out)
        #expect(again.status == 2 && again.stderr.contains("--force"))
    }
}

struct RulesCommandTests {
    @Test func listsEveryCodeOnceWithItsSeverity() throws {
        let run = try taizhang("rules")
        #expect(run.status == 0)
        let codes = run.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(
            codes.count == Set(codes).count && codes.contains("lead-is-cooperating")
                && codes.contains("unreadable-file"))
        #expect(run.stdout.contains("missing-lead") && run.stdout.contains("错误  责任单位为空"))
    }
}
