// SPDX-License-Identifier: Apache-2.0
// Parsing a sheet on one thread while the decoder works on another: rows pass in bounded batches.

import Foundation
import TaizhangModel
import TaizhangSheet

/// A bounded hand-over of row batches from a producing thread to the consuming one.
///
/// The producer waits when `capacity` batches are queued, so memory stays bounded however fast
/// the parser runs; the consumer waits when none are. Either side can end the exchange: the
/// producer with its error, the consumer by cancelling.
final class RowChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[SheetRow]] = []
    private var finished = false
    private var cancelled = false
    private var failure: LedgerReadError?
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// Queues a batch; `false` when the consumer has cancelled.
    func put(_ batch: [SheetRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Ends production, with the producer's error if it failed.
    func finish(_ error: LedgerReadError?) {
        condition.lock()
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or `nil` at the end; throws the producer's error once the batches before it are taken.
    func take() throws(LedgerReadError) -> [SheetRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Tells the producer to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `produce` on its own thread, feeding rows through a ``RowChannel`` to `consume` on this one.
///
/// - Parameters:
///   - produce: reads rows and passes each to its argument, which answers `false` to stop.
///   - consume: takes each row in order.
enum RowPipeline {
    static func run(
        batchSize: Int = 512,
        produce: @escaping @Sendable (_ emit: @escaping (SheetRow) -> Bool) throws(LedgerReadError) -> Void,
        consume: (SheetRow) -> Void
    ) throws(LedgerReadError) {
        let channel = RowChannel()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var batch: [SheetRow] = []
            batch.reserveCapacity(batchSize)
            var error: LedgerReadError?
            do throws(LedgerReadError) {
                try produce { row in
                    batch.append(row)
                    guard batch.count >= batchSize else { return true }
                    defer { batch.removeAll(keepingCapacity: true) }
                    return channel.put(batch)
                }
                if !batch.isEmpty { _ = channel.put(batch) }
            } catch let thrown {
                error = thrown
            }
            channel.finish(error)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { done.wait() }
        do throws(LedgerReadError) {
            while let batch = try channel.take() {
                for row in batch { consume(row) }
            }
        } catch {
            channel.cancel()
            throw error
        }
    }
}
