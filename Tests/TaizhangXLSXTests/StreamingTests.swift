// SPDX-License-Identifier: Apache-2.0
// The large-file paths on small inputs: shared strings spilled to disk, rows parsed on a second thread.

import Foundation
import Testing
import TaizhangSheet
@testable import TaizhangXLSX
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport

struct StreamingTests {
    @Test func spilledSharedStringsReadBackExactly() throws {
        let table = SharedStringTable(memoryLimit: 200)
        let strings = (0..<40_000).map { index in index % 7 == 0 ? "" : "任务\(index)：推进\"三医\"联动\n第二行" }
        for string in strings { try table.append(string) }
        table.finish(nil)
        #expect(table.isSpilled)
        #expect(table.count == strings.count)
        // In order, out of order, and two indices that share a cache slot (8,192 apart).
        for index in [0, 1, 2, 39_999, 5, 8_197, 5, 16_389, 39_998] {
            #expect(try table.string(at: index) == strings[index], "\(index)")
        }
        #expect(try table.string(at: 40_000) == nil)
    }

    /// The sheet parser reads while the loader still appends: every lookup gets its string.
    @Test func lookupsWaitForTheLoaderThread() async throws {
        let table = SharedStringTable(memoryLimit: 4096)
        let count = 20_000
        let loader = Thread {
            for index in 0..<count { try? table.append("字符串\(index)") }
            table.finish(nil)
        }
        loader.start()
        for index in stride(from: 0, to: count, by: 7) {
            #expect(try table.string(at: index) == "字符串\(index)")
        }
        #expect(try table.string(at: count) == nil)
    }

    @Test func aFailedLoadReachesTheReader() throws {
        let table = SharedStringTable()
        table.finish(LedgerReadError(.malformedXML, at: SourceLocation(file: "x.xlsx")))
        #expect(throws: LedgerReadError.self) { try table.string(at: 0) }
    }

    @Test func smallTablesStayInMemory() throws {
        let table = SharedStringTable()
        try table.append("市卫生健康局")
        table.finish(nil)
        #expect(!table.isSpilled)
        #expect(try table.string(at: 0) == "市卫生健康局")
    }

    @Test(arguments: ["tongren-libreoffice.xlsx", "tongren-openpyxl.xlsx"])
    func readsTheSameWithoutTheMergePass(fixture: String) throws {
        let path = Fixtures.path("xlsx/" + fixture)
        let whole = try LedgerFile(path).read()
        let streamed = try LedgerFile(path, options: LedgerReadOptions(limits: ReadLimits(maxMergePassBytes: 0))).read()
        #expect(streamed.ledger == whole.ledger)
        let tree = LedgerTreeBuilder()
        let sunk = try LedgerFile(path, options: LedgerReadOptions(limits: ReadLimits(maxMergePassBytes: 0))).stream(
            into: [tree])
        #expect(tree.ledger(heading: sunk.ledger).entries == whole.ledger.entries)
        #expect(sunk.ledger.taskCount == 0)
        #expect(sunk.taskCount == 48 && sunk.sectionCount == 7)
    }

    @Test func streamingPassesTheParsersErrorOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = [["序号", "重点任务", "责任单位", "配合单位", "完成时限"]] + (1...3000).map { ["\($0)", "任务", "A", "", ""] }
        let sheet = WorkbookBuilder.sheet(rows: rows).replacingOccurrences(
            of: "<row r=\"2900\">", with: "<row r=\"2900\"><c r=\"Z2900\" t=\"s\"><v>7</v></c>")
        let path = try WorkbookBuilder.zip(
            WorkbookBuilder.parts(sheetXML: sheet, sharedStrings: ["x"]),
            to: folder.file("late-error.xlsx"))
        #expect(throws: LedgerReadError.self) {
            try LedgerFile(path, options: LedgerReadOptions(limits: ReadLimits(maxMergePassBytes: 0))).read()
        }
        do {
            _ = try LedgerFile(path, options: LedgerReadOptions(limits: ReadLimits(maxMergePassBytes: 0))).read()
        } catch {
            #expect(error.code == .badSharedString)
            #expect(error.location.cell == "Z2900")
        }
    }

    /// A shared string longer than the limit (counted as four bytes a character) is refused, even
    /// when it does not compress like a bomb.
    @Test func aSharedStringOverTheCellLimitIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = String((0..<1_000).map { Character(Unicode.Scalar(0x4E00 + ($0 * 7919) % 20_000)!) })
        let sheet = WorkbookBuilder.sheet(rows: [["序号", "重点任务"]]).replacingOccurrences(
            of: "</sheetData>", with: "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData>")
        let path = try WorkbookBuilder.zip(
            WorkbookBuilder.parts(sheetXML: sheet, sharedStrings: [long]),
            to: folder.file("long-string.xlsx"))
        var limits = ReadLimits()
        limits.maxCellCharacters = 500
        #expect(throws: LedgerReadError.self) {
            try LedgerFile(path, options: LedgerReadOptions(limits: limits)).read()
        }
        #expect(try LedgerFile(path).read().foundHeader)
    }
}
