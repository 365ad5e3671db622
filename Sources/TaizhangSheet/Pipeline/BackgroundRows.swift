// SPDX-License-Identifier: Apache-2.0
// Any sheet's rows read on a thread of their own, handed over in bounded batches.

import Foundation
import TaizhangModel

/// Reads another source's rows on a thread of its own while the caller decodes them.
///
/// Reading a file (inflating, parsing XML, decoding a character set, splitting CSV records) costs
/// about as much as decoding the rows into a ledger; on two threads the halves overlap. Rows pass
/// in batches through a bounded queue, so memory holds a few batches however fast the reader runs.
public struct BackgroundRows<Source: SheetRowSource>: SheetRowSource {
    /// The source read on the other thread.
    public let source: Source
    /// Rows handed over at a time.
    static var batchSize: Int { 512 }

    /// Reads `source` on a thread of its own.
    public init(_ source: Source) {
        self.source = source
    }

    public var sheetName: String? { source.sheetName }
    public var merges: [CellRange] { source.merges }
    public var notes: [Finding] { source.notes }

    public func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        let queue = HandOffQueue<[SheetRow]>()
        let producer = Producer(source: UncheckedSource(source: source), queue: queue)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            producer.run()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { done.wait() }
        while let batch = queue.take() {
            for row in batch where !body(row) {
                queue.stop()
                return
            }
        }
        if let failure = producer.failure { throw failure }
    }

    /// The source, touched only by the reading thread until it has finished.
    private struct UncheckedSource: @unchecked Sendable {
        let source: Source
    }

    /// Reads the rows into batches on its own thread.
    private final class Producer: @unchecked Sendable {
        let source: UncheckedSource
        let queue: HandOffQueue<[SheetRow]>
        /// The reader's error; read after the queue has ended.
        var failure: LedgerReadError?

        init(source: UncheckedSource, queue: HandOffQueue<[SheetRow]>) {
            self.source = source
            self.queue = queue
        }

        func run() {
            var batch: [SheetRow] = []
            batch.reserveCapacity(BackgroundRows.batchSize)
            do throws(LedgerReadError) {
                try source.source.readRows { row in
                    batch.append(row)
                    guard batch.count >= BackgroundRows.batchSize else { return true }
                    defer { batch.removeAll(keepingCapacity: true) }
                    return queue.put(batch)
                }
                if !batch.isEmpty { _ = queue.put(batch) }
            } catch {
                failure = error
            }
            queue.close()
        }
    }
}

extension LedgerPipeline {
    /// ``run(_:file:options:into:)``, with the rows read on a thread of their own when the machine
    /// has a core for it beside the decoding thread and the sinks' own (``LedgerSink/busyThreads``).
    ///
    /// Without a spare core the rows are read on the decoding thread: measured on two cores, a
    /// million-row `convert` spent 3.7 s more CPU with three busy threads than with two, in
    /// switching and in caches shared by threads that each wanted a core, and finished later.
    @discardableResult
    public static func runReadingAhead(
        _ source: some SheetRowSource, file: String, options: LedgerDecoder.Options = LedgerDecoder.Options(),
        into sinks: [any LedgerSink]
    ) throws(Failure) -> DecodedLedger {
        if ProcessInfo.processInfo.activeProcessorCount > 1 + LedgerSinks(sinks).busyThreads {
            return try run(BackgroundRows(source), file: file, options: options, into: sinks)
        }
        return try run(source, file: file, options: options, into: sinks)
    }
}
