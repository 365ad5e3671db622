// SPDX-License-Identifier: Apache-2.0
// Writing prepared rows into libxlsxwriter on a thread of their own, so preparing the next rows
// (cleaning, measuring, joining department lists) overlaps with libxlsxwriter's XML and deflate.

import Foundation
import TaizhangModel
import TaizhangSheet

/// Hands batches of prepared rows to one writing thread, bounded so memory stays flat.
///
/// The thread owns the worksheet from ``start()`` until ``finish()`` returns; the first error it
/// meets stops it and is thrown to the caller at its next ``put(_:)`` or at ``finish()``.
final class RowHandOff: @unchecked Sendable {
    private let queue = HandOffQueue<PreparedRows>()
    private let lock = NSLock()
    private var failure: LedgerWriteError?
    private let done = DispatchSemaphore(value: 0)
    private let write: (PreparedRows) throws(LedgerWriteError) -> Void

    /// Creates a hand-off whose thread writes each batch with `write`.
    init(write: @escaping (PreparedRows) throws(LedgerWriteError) -> Void) {
        self.write = write
    }

    /// Starts the writing thread.
    func start() {
        let thread = Thread { [self] in
            while let batch = queue.take() {
                do throws(LedgerWriteError) {
                    try write(batch)
                } catch {
                    lock.withLock { failure = error }
                    queue.stop()
                }
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues a batch; throws the writing thread's error if it has stopped.
    func put(_ batch: PreparedRows) throws(LedgerWriteError) {
        guard queue.put(batch) else { throw lock.withLock { failure } ?? LedgerWriteError(.writeFailed, path: "") }
    }

    /// Waits until every queued row is written; throws the writing thread's error.
    func finish() throws(LedgerWriteError) {
        queue.close()
        done.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
