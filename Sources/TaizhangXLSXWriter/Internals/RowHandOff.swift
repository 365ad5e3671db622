// SPDX-License-Identifier: Apache-2.0
// Writing prepared rows into libxlsxwriter on a thread of their own, so preparing the next rows
// (cleaning, measuring, joining department lists) overlaps with libxlsxwriter's XML and deflate.

import Foundation
import TaizhangModel

/// A row ready for libxlsxwriter: cleaned text and a computed height.
struct PreparedRow {
    /// What the row is.
    enum Kind {
        /// A task: one cell per column, plus a due date and an identifier for the hidden columns.
        case task(due: CalendarDate?, id: String?)
        /// A section: the numeral, then the title merged across the other columns.
        case section
    }

    /// The sheet row, 0-based.
    var row: Int
    /// What the row is.
    var kind: Kind
    /// The cells' text, cleaned.
    var cells: [String]
    /// The row height in points, or `nil` to leave it to the spreadsheet program.
    var height: Double?
    /// Notes on cells of the row, by column (annotated copies only).
    var notes: [Int: CellNote] = [:]
}

/// Hands batches of prepared rows to one writing thread, bounded so memory stays flat.
///
/// The thread owns the worksheet from ``start()`` until ``finish()`` returns; the first error it
/// meets stops it and is thrown to the caller at its next ``put(_:)`` or at ``finish()``.
final class RowHandOff: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[PreparedRow]] = []
    private var ended = false
    private var failure: LedgerWriteError?
    private let capacity = 8
    private let done = DispatchSemaphore(value: 0)
    private let write: (PreparedRow) throws(LedgerWriteError) -> Void

    /// Creates a hand-off whose thread writes each row with `write`.
    init(write: @escaping (PreparedRow) throws(LedgerWriteError) -> Void) {
        self.write = write
    }

    /// Starts the writing thread.
    func start() {
        let thread = Thread { [self] in
            while let batch = take() {
                do throws(LedgerWriteError) {
                    for row in batch { try write(row) }
                } catch {
                    fail(error)
                }
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues a batch; throws the writing thread's error if it has stopped.
    func put(_ batch: [PreparedRow]) throws(LedgerWriteError) {
        condition.lock()
        while batches.count >= capacity, failure == nil { condition.wait() }
        let failure = self.failure
        if failure == nil {
            batches.append(batch)
            condition.broadcast()
        }
        condition.unlock()
        if let failure { throw failure }
    }

    /// Waits until every queued row is written; throws the writing thread's error.
    func finish() throws(LedgerWriteError) {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
        done.wait()
        if let failure { throw failure }
    }

    private func take() -> [PreparedRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !ended, failure == nil { condition.wait() }
        guard failure == nil, !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    private func fail(_ error: LedgerWriteError) {
        condition.lock()
        if failure == nil { failure = error }
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
