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

    @Test func sinksCountTheThreadsTheyKeepBusy() {
        let plain = LedgerTreeBuilder()
        #expect(plain.busyThreads == 0)
        #expect(ThreadedSink(plain).busyThreads == 1)
        #expect(ThreadedSink(ClaimingSink(busyThreads: 2)).busyThreads == 3)
        #expect(LedgerSinks([ClaimingSink(busyThreads: 1), plain, ThreadedSink(plain)]).busyThreads == 2)
    }
}
