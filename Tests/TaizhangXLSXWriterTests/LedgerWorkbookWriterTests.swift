// SPDX-License-Identifier: Apache-2.0
// The formatted ledger: golden parts, round trip through the reader, and every refusal with its place.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangTestSupport
@testable import TaizhangXLSXWriter

struct LedgerWorkbookWriterTests {
    static let tongrenCSV = Fixtures.example("tongren-2021/ledger.csv")
    /// 2021-03-01 00:00 UTC, so the document properties do not change between runs.
    static let fixedTime = 1_614_556_800

    private func tongren() throws -> Ledger {
        try LedgerFile(Self.tongrenCSV, name: "Examples/tongren-2021/ledger.csv").read().ledger
    }

    /// The sheet, workbook and document-property parts of the Tongren ledger are the committed
    /// ones; re-record with RECORD_SNAPSHOTS=1 (the run then fails) after looking at the picture.
    @Test(arguments: ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "docProps/core.xml"])
    func writesTheGoldenParts(part: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("tongren.xlsx")
        let findings = try LedgerWorkbookWriter.write(
            try tongren(), to: path, options: XLSXWriteOptions(created: Self.fixedTime))
        #expect(findings.isEmpty)
        let actual = WorkbookParts.normalized(try WorkbookParts.text(of: part, in: path))
        let golden = Fixtures.packageRoot.path + "/Tests/TaizhangXLSXWriterTests/Golden/tongren/" + part
        guard let expected = try Golden.expected(actual, at: golden) else {
            Issue.record("recorded \(golden); run again without RECORD_SNAPSHOTS")
            return
        }
        #expect(actual == expected)
    }

    @Test func printsAsAnOfficeDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("tongren.xlsx")
        _ = try LedgerWorkbookWriter.write(try tongren(), to: path)
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: path)
        let workbook = try WorkbookParts.text(of: "xl/workbook.xml", in: path)
        #expect(sheet.contains(#"<mergeCell ref="A1:E1"/>"#), "title merged across the table")
        #expect(sheet.contains(#"orientation="landscape""#) && sheet.contains(#"paperSize="9""#))
        #expect(sheet.contains(#"<pageSetUpPr fitToPage="1"/>"#) && sheet.contains(#"fitToHeight="0""#))
        #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3""#), "header frozen")
        #expect(sheet.contains(#"<autoFilter ref="A2:E57"/>"#))
        #expect(sheet.contains("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"))
        #expect(
            workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'台账'!$1:$2</definedName>"))
        // 48 tasks and 7 sections, each section title merged across B:E.
        #expect(WorkbookParts.count(of: "<mergeCell ", in: sheet) == 8)
        // Every body row has its own height: none is left at Excel's default.
        #expect(WorkbookParts.count(of: "customHeight=\"1\"", in: sheet) == 57)
    }

    @Test(arguments: [XLSXWriteOptions.MemoryMode.inMemory, .constant])
    func readsBackAsTheSameLedger(mode: XLSXWriteOptions.MemoryMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("tongren.xlsx")
        let ledger = try tongren()
        _ = try LedgerWorkbookWriter.write(ledger, to: path, options: XLSXWriteOptions(memoryMode: mode))
        let back = try LedgerFile(path).read()
        #expect(back.findings.isEmpty)
        #expect(back.ledger.withoutSources == ledger.withoutSources)
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: path)
        #expect(sheet.contains("t=\"inlineStr\"") == (mode == .constant))
    }

    @Test(arguments: [XLSXWriteOptions.MemoryMode.inMemory, .constant])
    func aWriterDroppedBeforeCloseLeavesNothingBehind(mode: XLSXWriteOptions.MemoryMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ledger = try tongren()
        do {
            let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
            let writer = try LedgerWorkbookWriter(
                path: folder.file("a.xlsx"), heading: ledger, columns: columns,
                options: XLSXWriteOptions(memoryMode: mode))
            for entry in ledger.entries + ledger.entries + ledger.entries { try writer.append(entry.task) }
            // Dropped without close(): the writing thread ends, the workbook is freed unwritten.
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aStreamedWorkbookKeepsAThreadBusyAndOneInMemoryDoesNot() {
        let streamed = LedgerWorkbookSink(path: "/nonexistent/a.xlsx", options: XLSXWriteOptions(memoryMode: .constant))
        let inMemory = LedgerWorkbookSink(path: "/nonexistent/a.xlsx", options: XLSXWriteOptions(memoryMode: .inMemory))
        let small = LedgerWorkbookSink(path: "/nonexistent/a.xlsx", expectedRows: 10)
        #expect(streamed.busyThreads == 1)
        #expect(inMemory.busyThreads == 0)
        #expect(small.busyThreads == 0)
    }

    /// A row refused for a cell too long leaves nothing behind: the next row is written whole,
    /// whether rows are batched for the writing thread or written at once.
    @Test(arguments: [nil, 10])
    func aRefusedRowLeavesNoTextToTheNext(expectedRows: Int?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ledger = try tongren()
        let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
        let path = folder.file("a.xlsx")
        let writer = try LedgerWorkbookWriter(path: path, heading: ledger, columns: columns, expectedRows: expectedRows)
        var tooLong = ledger.entries[0].task
        tooLong.lead = ["牵头"]
        tooLong.cooperating = [String(repeating: "长", count: 40_000)]
        try writer.append(ledger.entries[0].task)
        #expect(throws: LedgerWriteError.self) { try writer.append(tooLong) }
        try writer.append(ledger.entries[1].task)
        _ = try writer.close()
        let back = try LedgerFile(path).read().ledger.entries.map(\.task)
        #expect(back.map(\.text) == [ledger.entries[0].task.text, ledger.entries[1].task.text])
        #expect(back.map(\.lead) == [ledger.entries[0].task.lead, ledger.entries[1].task.lead])
        #expect(back.map(\.cooperating) == [ledger.entries[0].task.cooperating, ledger.entries[1].task.cooperating])
    }

    @Test func appendingOrClosingAfterCloseThrowsAndKeepsTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ledger = try tongren()
        let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
        let writer = try LedgerWorkbookWriter(path: folder.file("a.xlsx"), heading: ledger, columns: columns)
        try writer.append(ledger.entries[0].task)
        _ = try writer.close()
        let written = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.xlsx")))
        #expect(throws: LedgerWriteError(.writerClosed, path: folder.file("a.xlsx"))) {
            try writer.append(ledger.entries[1].task)
        }
        #expect(throws: LedgerWriteError(.writerClosed, path: folder.file("a.xlsx"))) {
            try writer.append(SectionHeading(sequence: SequenceNumber("二"), title: "后加"), depth: 1)
        }
        #expect(throws: LedgerWriteError(.writerClosed, path: folder.file("a.xlsx"))) { _ = try writer.close() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("a.xlsx"))) == written)
        #expect(try LedgerFile(folder.file("a.xlsx")).read().taskCount == 1)
    }

    /// A title or --author with a control character still gives valid document properties.
    @Test func controlCharactersNeverReachTheDocumentProperties() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("t.xlsx")
        let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
        let writer = try LedgerWorkbookWriter(
            path: path, heading: Ledger(title: "台账\u{01}标题"), columns: columns,
            options: XLSXWriteOptions(author: "作者\u{0B}"))
        _ = try writer.close()
        let core = try WorkbookParts.text(of: "docProps/core.xml", in: path)
        #expect(core.contains("台账标题") && core.contains("作者"))
        #expect(!core.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
    }

    @Test func theStreamingWriterNeverReplacesAFileUnasked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("kept.xlsx")
        try Data("原有文件".utf8).write(to: URL(fileURLWithPath: path))
        let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
        #expect(throws: LedgerWriteError(.outputExists, path: path)) {
            _ = try LedgerWorkbookWriter(path: path, heading: Ledger(title: "台账"), columns: columns)
        }
        let writer = try LedgerWorkbookWriter(
            path: path, heading: Ledger(title: "台账"), columns: columns, overwrite: true)
        try writer.append(LedgerTask(sequence: SequenceNumber("1"), text: "任务", lead: ["市财政局"]))
        // Until close() the old file stands untouched; the new one is written beside it.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "原有文件")
        _ = try writer.close()
        #expect(try LedgerFile(path).read().taskCount == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kept.xlsx"])
    }

    @Test func automaticModeStreamsOnlyLargeLedgers() {
        let options = XLSXWriteOptions()
        #expect(!options.streams(rows: 100))
        #expect(options.streams(rows: XLSXWriteOptions.constantMemoryRows + 1))
        #expect(options.streams(rows: nil))
    }

    @Test func highlightsOverdueRowsOnlyWithAStatusColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try tongren()
        _ = try LedgerWorkbookWriter.write(ledger, to: folder.file("plain.xlsx"))
        let plain = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: folder.file("plain.xlsx"))
        #expect(!plain.contains("conditionalFormatting"))

        ledger.body.subsections[0].tasks[0].status = "推进中"
        _ = try LedgerWorkbookWriter.write(ledger, to: folder.file("status.xlsx"))
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: folder.file("status.xlsx"))
        // Status is column F; the hidden due dates are G; the rule is read relative to row 3.
        #expect(sheet.contains("<formula>AND(ISNUMBER($G3),$G3&lt;TODAY(),NOT(OR($F3=\"已完成\""))
        #expect(sheet.contains(#"<col min="7" max="7" width="12.7109375" hidden="1""#))
        // The first task is due 2021-10-31: serial 44500 in its hidden cell.
        #expect(sheet.contains("<c r=\"G4\" s=") && sheet.contains("<v>44500</v>"))
    }

    @Test func removesControlCharactersWithAWarningAtTheInputRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try tongren()
        ledger.body.subsections[0].tasks[1].text += "\u{07}"
        let findings = try LedgerWorkbookWriter.write(ledger, to: folder.file("out.xlsx"))
        // The place is the input's row, where the clerk can fix it.
        #expect(findings.map(\.summary) == ["row 5 control-character"])
        #expect(findings.first?.location.file == "Examples/tongren-2021/ledger.csv")
        #expect(findings.first?.columnTitle == "重点任务")
        let back = try LedgerFile(folder.file("out.xlsx")).read()
        #expect(
            back.ledger.entries[1].task.text == ledger.entries[1].task.text.replacingOccurrences(of: "\u{07}", with: "")
        )
    }

    @Test func refusesACellLongerThanExcelAllowsAndLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try tongren()
        ledger.body.subsections[1].tasks[0].text = String(repeating: "长", count: 40_000)
        let path = folder.file("out.xlsx")
        #expect {
            try LedgerFile.write(ledger, to: path, format: .xlsx)
        } throws: { error in
            guard let error = error as? LedgerWriteError else { return false }
            // Task 13 is row 17: title, header, section 一 and its 12 tasks, section 二.
            return error.code == .cellTooLong && error.path == path && error.arguments["cell"] == "B17"
                && error.arguments["length"] == "40000"
        }
        #expect(try folder.contents().isEmpty, "no temporary file is left behind")
    }

    @Test(arguments: ["", "台账[1]", "a/b", String(repeating: "表", count: 32), "'台账"])
    func refusesASheetNameExcelWouldNot(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: LedgerWriteError.self) {
            try LedgerWorkbookWriter.write(
                try tongren(), to: folder.file("x.xlsx"), options: XLSXWriteOptions(sheetName: name))
        }
    }

    @Test func refusesRowsPastTheLastOneOfASheet() {
        #expect(throws: LedgerWriteError.self) { try WorkbookChecks.checkRow(1_048_576, path: "x.xlsx") }
        #expect(throws: Never.self) { try WorkbookChecks.checkRow(1_048_575, path: "x.xlsx") }
    }

    @Test func keepsDatesExcelCannotHoldOutOfTheDueColumn() {
        #expect(WorkbookChecks.excelDate(CalendarDate(year: 2021, month: 12, day: 31)) != nil)
        #expect(WorkbookChecks.excelDate(CalendarDate(year: 1899, month: 12, day: 31)) == nil)
        #expect(WorkbookChecks.excelDate(CalendarDate(year: 1900, month: 2, day: 28)) == nil)
        #expect(WorkbookChecks.excelDate(nil) == nil)
    }

    @Test func neverOverwritesWithoutBeingAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("ledger.xlsx", Array("precious".utf8))
        #expect(throws: LedgerWriteError(.outputExists, path: path)) {
            try LedgerFile.write(try tongren(), to: path, format: .xlsx)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
        #expect(try folder.contents() == ["ledger.xlsx"])
        try LedgerFile.write(try tongren(), to: path, format: .xlsx, options: LedgerWriteOptions(overwrite: true))
        #expect(try LedgerFile(path).read().ledger.taskCount == 48)
    }

    @Test func keepsFieldsTheSchemaLacks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try tongren()
        ledger.body.subsections[0].tasks[0].remarks = "已列入督办"
        let narrow = LedgerSchema(
            name: "narrow", summary: "",
            columns: [
                SchemaColumn(field: .sequence, header: "编号", width: 8),
                SchemaColumn(field: .task, header: "工作任务", width: 50),
            ])
        _ = try LedgerWorkbookWriter.write(ledger, to: folder.file("n.xlsx"), options: XLSXWriteOptions(schema: narrow))
        let back = try LedgerFile(folder.file("n.xlsx")).read()
        #expect(back.ledger.withoutSources == ledger.withoutSources)
    }
}

struct WorkbookConversionTests {
    /// A file streamed into a workbook reads back as the ledger written from memory, whatever its format.
    @Test(arguments: ["csv", "xlsx", "json"])
    func aStreamedConversionEqualsTheInMemoryOne(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = Fixtures.example("tongren-2021/ledger.csv")
        let ledger = try LedgerFile(csv).read().ledger
        let input = folder.file("input." + format)
        try LedgerFile.write(ledger, to: input)
        let conversion = try LedgerFile(input).convert(to: folder.file("streamed.xlsx"))
        #expect(conversion.wrote && conversion.warnings.isEmpty && conversion.result.foundHeader)
        #expect(conversion.result.taskCount == 48 && conversion.result.sectionCount == 7)
        let streamed = try LedgerFile(folder.file("streamed.xlsx")).read().ledger
        #expect(streamed.withoutSources == ledger.withoutSources)
        #expect(throws: LedgerPipeline.Failure.self) {
            try LedgerFile(input).convert(to: folder.file("streamed.xlsx"))
        }
    }

    /// A workbook that carries task identifiers (a split or merged one) keeps them when converted.
    @Test(arguments: ["xlsx", "json"])
    func identifiersSurviveAStreamedConversion(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read().ledger
        var number = 0
        ledger.body = ledger.body.mappingTasks { task in
            number += 1
            var task = task
            task.id = "t\(number)"
            return task
        }
        let input = folder.file("with-ids." + format)
        try LedgerFile.write(ledger, to: input)
        try LedgerFile(input).convert(to: folder.file("copy.xlsx"))
        let ids = try LedgerFile(folder.file("copy.xlsx")).read().ledger.entries.map(\.task.id)
        #expect(ids == (1...48).map { "t\($0)" })
    }

    @Test func anInputWithoutAHeaderWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = folder.file("names.csv")
        try Data("姓名,年龄\n张三,20\n".utf8).write(to: URL(fileURLWithPath: input))
        for output in ["out.xlsx", "out.csv", "out.json"] {
            let conversion = try LedgerFile(input).convert(to: folder.file(output))
            #expect(!conversion.wrote && !conversion.result.foundHeader)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["names.csv"])
    }
}

extension LedgerSection {
    /// The section with every task, at every depth, passed through `transform`.
    fileprivate func mappingTasks(_ transform: (LedgerTask) -> LedgerTask) -> LedgerSection {
        LedgerSection(
            heading: heading, tasks: tasks.map(transform),
            subsections: subsections.map { $0.mappingTasks(transform) })
    }
}
