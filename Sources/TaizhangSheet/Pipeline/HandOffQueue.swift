// SPDX-License-Identifier: Apache-2.0
// The one bounded queue between two threads: the reader's parser and decoder, the writer's rows and libxlsxwriter.

import Foundation

/// Hands elements (batches of rows) from one producing thread to one consuming thread.
///
/// The producer waits when `capacity` elements are queued, so memory stays bounded however fast it
/// runs; the consumer waits when none are. The producer ends with ``close()``; the consumer can
/// stop early with ``stop()``, after which ``put(_:)`` answers `false` and queued elements are
/// dropped. Errors travel beside the queue, with whoever owns it.
package final class HandOffQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Queued elements from ``head`` on; a taken slot is emptied at once, so the queue never holds
    /// the last reference to an element the consumer has finished with.
    private var elements: [Element?] = []
    private var head = 0
    private var closed = false
    private var stopped = false
    private let capacity: Int

    /// Creates a queue holding at most `capacity` elements.
    ///
    /// Three batches keep both threads busy: with eight, a million-row run held three times the
    /// rows in flight for no gain in time, and glibc kept the freed memory of every batch resident
    /// (`validate` of the 1M-row workbook peaked at 181 MB, now 129 MB; `convert` of the 1M-row
    /// CSV at 131 MB, now 93 MB).
    package init(capacity: Int = 3) {
        self.capacity = capacity
    }

    /// Queues an element, waiting for room; `false` when the consumer has stopped.
    package func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count - head >= capacity, !stopped { condition.wait() }
        guard !stopped else { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// Ends production: the consumer takes what is queued, then `nil`.
    package func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, waiting for one; `nil` at the end or after ``stop()``.
    package func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while elements.count == head, !closed, !stopped { condition.wait() }
        guard !stopped, head < elements.count, let element = elements[head].take() else { return nil }
        head += 1
        if head >= capacity {
            elements.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// Whether an element is queued now: the producer is ahead of the consumer.
    package var hasWaiting: Bool {
        condition.lock()
        defer { condition.unlock() }
        return elements.count > head
    }

    /// Stops the exchange from the consumer's side: the producer's next ``put(_:)`` answers `false`.
    package func stop() {
        condition.lock()
        stopped = true
        elements.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
