// SPDX-License-Identifier: Apache-2.0
// Reading ahead on a thread of its own only when a core is left for it, with the same ledger either way.

import Foundation
import Testing
import TaizhangModel
import TaizhangSheet

/// A tree builder that claims to keep `threads` threads busy, to steer the reading-ahead choice.
private final class ClaimingSink: LedgerSink {
    let tree = LedgerTreeBuilder()
    let busyThreads: Int

    init(busyThreads: Int) { self.busyThreads = busyThreads }

    func receive(_ event: LedgerEvent) throws(LedgerWriteError) { try tree.receive(event) }
    func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) { try tree.finish(decoded) }
}

/// A sheet that notes whether its rows were read on the thread that asked for them.
private final class ThreadNotingSource: SheetRowSource, @unchecked Sendable {
    let sheet: Sheet
    let caller = pthread_self()
    var readOnCaller: Bool?

    init(_ sheet: Sheet) { self.sheet = sheet }

    var sheetName: String? { sheet.sheetName }
    var merges: [CellRange] { sheet.merges }

    func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        readOnCaller = pthread_equal(pthread_self(), caller) != 0
        try sheet.readRows(body)
    }
}

struct ReadingAheadTests {
    private let sheet = Sheet(
        file: "t.csv", name: "Sheet1",
        rows: ([["序号", "重点任务", "责任单位", "配合单位", "完成时限"], ["一", "医疗", "", "", ""]]
            + (1...2000).map { ["\($0)", "任务\($0)", "市卫生健康局", "市财政局", "\($0 % 12 + 1)月底"] })
            .enumerated().map { SheetRow(number: $0.offset + 1, cells: $0.element) })

    @Test func theLedgerIsTheSameWhetherOrNotRowsAreReadAhead() throws {
        // No thread claimed: a machine of two cores or more reads ahead. Every core claimed: it cannot.
        let free = ClaimingSink(busyThreads: 0)
        let busy = ClaimingSink(busyThreads: ProcessInfo.processInfo.activeProcessorCount)
        let ahead = try LedgerPipeline.runReadingAhead(sheet, file: "t.csv", into: [free])
        let inline = try LedgerPipeline.runReadingAhead(sheet, file: "t.csv", into: [busy])
        #expect(ahead.taskCount == 2000 && inline.taskCount == 2000)
        #expect(free.tree.ledger(heading: ahead.ledger) == busy.tree.ledger(heading: inline.ledger))
    }

    @Test func rowsAreReadOnTheCallersThreadWhenNoCoreIsLeft() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let crowded = ThreadNotingSource(sheet)
        try LedgerPipeline.runReadingAhead(crowded, file: "t.csv", into: [ClaimingSink(busyThreads: cores - 1)])
        #expect(crowded.readOnCaller == true)
        let roomy = ThreadNotingSource(sheet)
        try LedgerPipeline.runReadingAhead(roomy, file: "t.csv", into: [ClaimingSink(busyThreads: max(0, cores - 2))])
        #expect(roomy.readOnCaller == (cores < 2))
    }

    @Test func sinksCountTheThreadsTheyKeepBusy() {
        let plain = LedgerTreeBuilder()
        #expect(plain.busyThreads == 0)
        #expect(ThreadedSink(plain).busyThreads == 1)
        #expect(ThreadedSink(ClaimingSink(busyThreads: 2)).busyThreads == 3)
        #expect(LedgerSinks([ClaimingSink(busyThreads: 1), plain, ThreadedSink(plain)]).busyThreads == 2)
    }
}
