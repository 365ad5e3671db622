// SPDX-License-Identifier: Apache-2.0
// How many requests are worked on at once: a request that finds every place taken is told so.

import Foundation

/// A counting gate that never queues: ``enter()`` takes a place or says there is none, so a
/// burst of uploads is answered 503 at once rather than piling up files and threads.
final class WorkGate: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    /// How many may work at once.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Takes a place; `false` when all are taken.
    func enter() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard running < capacity else { return false }
        running += 1
        return true
    }

    /// Gives a place back.
    func leave() {
        lock.lock()
        defer { lock.unlock() }
        running -= 1
    }
}

/// Runs blocking work (reading and writing workbooks) on a dispatch worker thread, never on the
/// threads that serve requests, and waits for it.
func onWorkerThread<Value: Sendable>(_ work: @escaping @Sendable () throws(ServeError) -> Value)
    async throws(ServeError) -> Value
{
    let result: Result<Value, ServeError> = await withCheckedContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            do throws(ServeError) {
                continuation.resume(returning: .success(try work()))
            } catch {
                continuation.resume(returning: .failure(error))
            }
        }
    }
    return try result.get()
}
