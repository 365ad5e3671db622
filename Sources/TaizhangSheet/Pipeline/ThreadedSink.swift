// SPDX-License-Identifier: Apache-2.0
// A sink run on a thread of its own, so its work overlaps the reading and decoding of the rows.

import Foundation
import TaizhangModel

/// Hands events to another sink on a thread of its own, in order, in bounded batches.
///
/// Validation costs about as much as decoding the rows it checks; on its own thread the two
/// overlap, so checking a file takes little longer than reading it. The wrapped sink sees the
/// events in order and its ``finish(_:)`` after the last one; its first error stops it and is
/// thrown from the next ``receive(_:)`` or from ``finish(_:)``.
///
/// A batch the sink's thread is done with is freed by whichever thread has time: by the thread that
/// made it when the next batch is already waiting (the sink's thread is the slower, as in a
/// `validate` of a CSV, where the frees took it a sixth of its time), else by the sink's thread,
/// which would only wait (a workbook's rows cost their reader more than the rules cost theirs).
public final class ThreadedSink: LedgerSink {
    private let inner: UncheckedSink
    private let queue = HandOffQueue<[LedgerEvent]>()
    private let done = DispatchSemaphore(value: 0)
    private let failure = FailureBox()
    private let spent = SpentBatches()
    private var batch: [LedgerEvent] = []
    private static let batchSize = 256

    /// Starts the thread that feeds `sink`.
    public init(_ sink: any LedgerSink) {
        inner = UncheckedSink(sink: sink)
        batch.reserveCapacity(ThreadedSink.batchSize)
        let thread = Thread { [inner, queue, done, failure, spent] in
            while let events = queue.take() {
                do throws(LedgerWriteError) {
                    for event in events { try inner.sink.receive(event) }
                } catch {
                    failure.set(error)
                    queue.stop()
                }
                if queue.hasWaiting { spent.add(consume events) }
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        // A pipeline that stopped early (a read error) still ends the thread.
        queue.stop()
        queue.close()
    }

    public var busyThreads: Int { 1 + inner.sink.busyThreads }

    public func receive(_ event: LedgerEvent) throws(LedgerWriteError) {
        batch.append(event)
        guard batch.count >= ThreadedSink.batchSize else { return }
        try send()
    }

    public func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        if !batch.isEmpty { try send() }
        queue.close()
        done.wait()
        _ = spent.takeAll()
        if let error = failure.value { throw error }
        try inner.sink.finish(decoded)
    }

    private func send() throws(LedgerWriteError) {
        let events = batch
        batch.removeAll(keepingCapacity: true)
        // Freed here, on the thread that made them, when this function returns.
        let returned = spent.takeAll()
        defer { withExtendedLifetime(returned) {} }
        if !queue.put(events), let error = failure.value { throw error }
    }

    /// The batches the sink's thread has finished with, waiting to be freed by the caller's.
    private final class SpentBatches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [[LedgerEvent]] = []

        /// Keeps a batch the sink's thread has finished with.
        func add(_ events: [LedgerEvent]) { lock.withLock { batches.append(events) } }

        /// The batches kept so far, now the caller's to free.
        func takeAll() -> [[LedgerEvent]] {
            lock.withLock {
                defer { batches.removeAll() }
                return batches
            }
        }
    }

    /// The worker's first error, read by the caller.
    private final class FailureBox: @unchecked Sendable {
        private let lock = NSLock()
        private var error: LedgerWriteError?

        var value: LedgerWriteError? { lock.withLock { error } }

        func set(_ error: LedgerWriteError) {
            lock.withLock { if self.error == nil { self.error = error } }
        }
    }

    /// The wrapped sink, touched by one thread at a time: the worker until ``finish(_:)`` has
    /// waited for it, the caller after.
    private struct UncheckedSink: @unchecked Sendable {
        let sink: any LedgerSink
    }
}
