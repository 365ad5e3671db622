// SPDX-License-Identifier: Apache-2.0
// A part inflated on a thread of its own into a few fixed buffers, ahead of the thread that scans it.

import Foundation
import TaizhangModel

/// Inflates one part of an archive on a second thread while the caller scans what is inflated.
///
/// Inflating and scanning a worksheet cost about the same, so on two cores they overlap. The part
/// passes through `slots` buffers of `chunk` bytes each (memory stays a few megabytes whatever the
/// part's size); each buffer keeps `headroom` bytes in front of its data, where the caller puts the
/// unfinished end of the buffer before (a tag cut in two) so that it reads on without copying.
///
/// The archive belongs to the inflating thread from `init` until ``close()`` returns: the caller
/// must not touch it in between (libzip is not safe across threads).
final class InflateAhead: @unchecked Sendable {
    /// A filled buffer: `count` bytes at `data`, with `headroom` writable bytes before them.
    struct Chunk {
        let slot: Int
        let data: UnsafeMutablePointer<UInt8>
        let count: Int
    }

    let headroom: Int
    private let chunk: Int
    private let slotCount: Int
    private let memory: UnsafeMutablePointer<UInt8>
    private let condition = NSCondition()
    private let exited = DispatchSemaphore(value: 0)
    // Guarded by `condition`.
    private var free: [Int]
    private var filled: [(slot: Int, count: Int)] = []
    private var ended = false
    private var cancelled = false
    private var failure: LedgerReadError?

    /// Starts inflating `part` of `archive`.
    init(_ part: String, of archive: ZipArchive, headroom: Int, chunk: Int = 256 << 10, slots: Int = 8) {
        self.headroom = headroom
        self.chunk = chunk
        self.slotCount = slots
        memory = .allocate(capacity: slots * (headroom + chunk))
        free = Array(0..<slots)
        let owned = UncheckedArchive(archive: archive)
        let thread = Thread { [self] in
            run(part, of: owned.archive)
            exited.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        memory.deallocate()
    }

    /// The next filled buffer, waiting for it; `nil` at the end of the part.
    ///
    /// - Throws: what inflating met: `damaged-workbook`, `limit-exceeded`.
    func next() throws(LedgerReadError) -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while filled.isEmpty, !ended { condition.wait() }
        if !filled.isEmpty {
            let (slot, count) = filled.removeFirst()
            return Chunk(slot: slot, data: start(of: slot), count: count)
        }
        if let failure { throw failure }
        return nil
    }

    /// Gives a buffer back once its bytes are no longer needed.
    func release(_ chunk: Chunk) {
        condition.lock()
        free.append(chunk.slot)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops inflating (if it has not ended) and waits for the thread, which gives the archive back.
    func close() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        exited.wait()
    }

    private func start(of slot: Int) -> UnsafeMutablePointer<UInt8> {
        memory + slot * (headroom + chunk) + headroom
    }

    private func run(_ part: String, of archive: ZipArchive) {
        var current = -1
        do throws(LedgerReadError) {
            try archive.inflate(
                part,
                into: { () throws(LedgerReadError) -> UnsafeMutableRawBufferPointer in
                    condition.lock()
                    defer { condition.unlock() }
                    while free.isEmpty, !cancelled { condition.wait() }
                    if cancelled { throw InflateAhead.cancelledError }
                    current = free.removeFirst()
                    return UnsafeMutableRawBufferPointer(start: start(of: current), count: chunk)
                },
                filled: { count in
                    condition.lock()
                    defer { condition.unlock() }
                    if count > 0 { filled.append((current, count)) } else { free.append(current) }
                    condition.broadcast()
                })
        } catch  where error == InflateAhead.cancelledError {
        } catch {
            condition.lock()
            failure = error
            condition.unlock()
        }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// Thrown through libzip's loop when the caller has stopped; never leaves this type.
    private static let cancelledError = LedgerReadError(
        LedgerReadError.Code(rawValue: "inflate-cancelled"), at: SourceLocation(file: ""))

    private struct UncheckedArchive: @unchecked Sendable {
        let archive: ZipArchive
    }
}
