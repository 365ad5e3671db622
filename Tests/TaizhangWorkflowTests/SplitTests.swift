// SPDX-License-Identifier: Apache-2.0
// Task identity, file names for any department, and the workbooks `split` writes.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
import TaizhangText
@testable import TaizhangWorkflow
import TaizhangXLSX
import TaizhangXLSXWriter

struct TaskIdentityTests {
    static let master = Fixtures.example("tongren-2021/ledger.csv")

    @Test func sameMasterGivesSameIdentifiers() throws {
        let first = TaskIdentity.assign(to: try LedgerFile(Self.master).read().ledger)
        let second = TaskIdentity.assign(
            to: try LedgerFile(Fixtures.example("tongren-2021/ledger-gb18030.csv")).read().ledger)
        let ids = first.ledger.entries.compactMap(\.task.id)
        #expect(first.derived == 48 && ids.count == 48)
        #expect(Set(ids).count == 48)
        #expect(ids == second.ledger.entries.compactMap(\.task.id))
        #expect(ids.allSatisfy { $0.count == 13 && $0.hasPrefix("t") })
    }

    @Test func keepsStoredIdentifiersAndSeparatesRepeatedTasks() {
        let task = LedgerTask(sequence: SequenceNumber("1"), text: "同一项任务")
        var stored = task
        stored.id = "kept"
        let ledger = Ledger(body: LedgerSection(tasks: [stored, task, task]))
        let (identified, derived) = TaskIdentity.assign(to: ledger)
        let ids = identified.entries.compactMap(\.task.id)
        #expect(derived == 2)
        #expect(ids[0] == "kept")
        #expect(ids[2] == ids[1] + "-2")
    }

    @Test func identifiersDependOnPlaceAndText() {
        let base = TaskIdentity.derived(sectionTitles: ["一"], sequence: "1", text: "任务")
        #expect(base == TaskIdentity.derived(sectionTitles: ["一"], sequence: "１", text: "任 务"))
        #expect(base != TaskIdentity.derived(sectionTitles: ["二"], sequence: "1", text: "任务"))
        #expect(base != TaskIdentity.derived(sectionTitles: ["一"], sequence: "2", text: "任务"))
        #expect(base != TaskIdentity.derived(sectionTitles: ["一"], sequence: "1", text: "任务甲"))
    }
}

struct SafeFileNameTests {
    @Test(arguments: [
        ("市卫生健康局", "市卫生健康局"),
        ("市/县卫生局", "市_县卫生局"),
        ("..\\上级", "_.._上级"),
        ("-rf", "_-rf"),
        (".hidden", "_.hidden"),
        ("CON", "_CON"),
        ("  ", "未命名单位"),
        ("局:*?\"<>|", "局_______"),
        ("名称.", "名称"),
    ])
    func makesSafeStems(name: String, stem: String) {
        #expect(SafeFileName.stem(for: name) == stem)
    }

    @Test func keepsNamesUniqueAndShort() {
        let names = SafeFileName.unique(["a/b", "a_b", "分发清单"], extension: "xlsx", taken: ["分发清单.xlsx"])
        #expect(names == ["a_b.xlsx", "a_b（2）.xlsx", "分发清单（2）.xlsx"])
        let long = SafeFileName.stem(for: String(repeating: "局", count: 200))
        #expect(long.utf8.count <= SafeFileName.maximumStemBytes)
    }
}

struct SplitTests {
    @Test func writesOneWorkbookPerDepartmentUnderCanonicalNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let section = SectionHeading(sequence: SequenceNumber("一"), title: "改革")
        let master = Ledger(
            title: "某市台账", year: 2021,
            body: LedgerSection(subsections: [
                LedgerSection(
                    heading: section,
                    tasks: [
                        LedgerTask(
                            sequence: SequenceNumber("1"), text: "任务一", lead: ["市卫健局"], cooperating: ["市财政局"],
                            deadline: Deadline(text: "12月底", kind: .monthEnd)),
                        LedgerTask(sequence: SequenceNumber("2"), text: "任务二", lead: ["市卫生健康局"], cooperating: ["-局/处"]),
                    ])
            ]))
        let roster = DepartmentRoster(text: "市卫生健康局\t市卫健局\n市财政局\n")
        let outcome = try LedgerSplitter.split(master, into: folder.file("out"), options: SplitOptions(roster: roster))
        #expect(outcome.shares.map(\.department) == ["市卫生健康局", "市财政局", "-局/处"])
        #expect(outcome.shares.map(\.led.count) == [2, 0, 0])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).sorted()
                == ["_-局_处.xlsx", "分发清单.xlsx", "市卫生健康局.xlsx", "市财政局.xlsx"])

        // A department's workbook reads back with its tasks, roles, identifiers and the hidden sheet.
        let health = folder.file("out/市卫生健康局.xlsx")
        let read = try LedgerFile(health).read()
        #expect(read.ledger.title == "某市台账（市卫生健康局）")
        #expect(read.ledger.entries.map(\.task.extra[LedgerSplitter.roleTitle]) == ["牵头", "牵头"])
        #expect(read.ledger.entries.map(\.task.id) == TaskIdentity.assign(to: master).ledger.entries.map(\.task.id))
        #expect(
            read.columns?.titles.prefix(9) == ["序号", "重点任务", "责任单位", "配合单位", "完成时限", "本单位角色", "进展情况", "完成情况", "备注"])
        let workbook = try XLSXWorkbook(path: health)
        #expect(workbook.sheets.map(\.name) == ["台账", "名录", "填表说明", "分发信息"])
        #expect(workbook.sheets.filter(\.isHidden).map(\.name) == ["名录", "分发信息"])

        // Written again (as `convert` does), the workbook keeps its identifiers.
        let copy = folder.file("copy.xlsx")
        _ = try LedgerWorkbookWriter.write(read.ledger, to: copy)
        #expect(try LedgerFile(copy).read().ledger.entries.map(\.task.id) == read.ledger.entries.map(\.task.id))

        // The second run refuses to replace anything without overwrite, and replaces all with it.
        #expect(throws: LedgerWriteError.self) {
            try LedgerSplitter.split(master, into: folder.file("out"), options: SplitOptions(roster: roster))
        }
        _ = try LedgerSplitter.split(
            master, into: folder.file("out"), options: SplitOptions(roster: roster, overwrite: true))
    }

    /// A department's workbook is the committed one, part by part; re-record with RECORD_SNAPSHOTS=1
    /// (the run then fails) after looking at the rendered pages.
    @Test(arguments: ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml", "xl/workbook.xml"])
    func writesTheGoldenDepartmentWorkbook(part: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let master = try LedgerFile(
            Fixtures.example("tongren-2021/ledger.csv"), name: "Examples/tongren-2021/ledger.csv"
        ).read().ledger
        _ = try LedgerSplitter.split(master, into: folder.path, options: SplitOptions(created: 1_614_556_800))
        let actual = WorkbookParts.normalized(try WorkbookParts.text(of: part, in: folder.file("市财政局.xlsx")))
        let golden = Fixtures.packageRoot.path + "/Tests/TaizhangWorkflowTests/Golden/split-caizheng/" + part
        guard let expected = try Golden.expected(actual, at: golden) else {
            Issue.record("recorded \(golden); run again without RECORD_SNAPSHOTS")
            return
        }
        #expect(actual == expected)
    }

    /// The protection and the drop-down as openpyxl sees them: master columns locked, progress open.
    @Test(.enabled(if: Python.hasOpenpyxl)) func locksTheMasterColumnsOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let master = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read().ledger
        _ = try LedgerSplitter.split(master, into: folder.path)
        let script = """
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1])["台账"]
            print(ws.protection.sheet, ws.protection.sort, ws.protection.insertRows)
            print("".join("U" if not ws.cell(4, c).protection.locked else "L" for c in range(1, 10)))
            print([v.formula1 for v in ws.data_validations.dataValidation if v.type == "list"])
            print(ws.column_dimensions["K"].hidden, ws.cell(2, 11).value, ws.print_area)
            """
        let output = try Python.run(["-c", script, folder.file("市财政局.xlsx")])
        #expect(
            String(decoding: output, as: UTF8.self) == """
                True False False
                LLLLLLUUU
                ['taizhang_list_1']
                True 任务标识（系统生成） '台账'!$A$1:$I$19

                """)
    }
}
