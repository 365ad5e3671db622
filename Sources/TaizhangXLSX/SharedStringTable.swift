// SPDX-License-Identifier: Apache-2.0
// The shared-string table: filled on its own thread, read while it fills, spilled to disk when large.

import Foundation
import TaizhangModel

#if canImport(Glibc)
    import Glibc
#endif

/// The strings cells point at by index, in bounded memory, readable while they are still loading.
///
/// Storage: the strings' UTF-8 stands back to back in one arena, with a span (offset and length)
/// per string; a `String` is made only when a cell asks for one. Up to `memoryLimit` bytes the arena
/// is in memory; past it, the arena goes to a temporary file (unlinked at once, so nothing is left
/// behind) and the strings after it follow there, and lookups read the file back a megabyte at a
/// time (cells use strings nearly in the order they were stored), behind a small cache that
/// catches the strings a ledger repeats (departments, time limits). A million distinct task texts
/// then cost the page cache, not this process.
///
/// Concurrency: one thread appends (the loader), one thread looks up (the sheet parser). Writers
/// store strings in the order cells first use them, so a lookup rarely waits; when it does, it
/// waits until the loader has reached its index, has finished, or has failed. Every shared field
/// is guarded by `condition`; the lookup cache and read-back block belong to the reading thread.
final class SharedStringTable: @unchecked Sendable {
    private let condition = NSCondition()
    private let memoryLimit: Int
    private var complete = false
    private var failure: LedgerReadError?

    /// (offset << 24 | length) per string, in the arena or in the file, in blocks of `spanBlock`
    /// (a million strings grow no array by copying it whole).
    private var spans: [[UInt64]] = []
    private var spanCount = 0
    private var arena: [UInt8] = []
    // Spilled: the file, the bytes not yet written to it, and how many strings are on disk.
    private var descriptor: Int32 = -1
    private var pending: [UInt8] = []
    private var fileSize: UInt64 = 0
    private var flushedCount = 0
    private var flushWanted = false

    // The reading thread's own.
    private let block = UnsafeMutablePointer<UInt8>.allocate(capacity: SharedStringTable.blockSize)
    private var blockOffset: UInt64 = 0
    private var blockCount = 0
    private var cacheKeys: [Int] = Array(repeating: -1, count: SharedStringTable.cacheSlots)
    private var cacheValues: [String] = Array(repeating: "", count: SharedStringTable.cacheSlots)

    private static let cacheSlots = 1 << 13
    private static let cachedLength = 256
    private static let maxLength = (1 << 24) - 1
    private static let blockSize = 1 << 20
    private static let spanBlockBits = 16

    init(memoryLimit: Int = 4 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        block.deallocate()
    }

    /// The number of strings loaded so far.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return spanCount
    }

    /// Whether the table has moved its text to a temporary file.
    var isSpilled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return descriptor >= 0
    }

    // MARK: - Loading

    /// Adds the next string, as UTF-8 (loader thread).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        condition.lock()
        defer { condition.unlock() }
        let length = min(bytes.count, SharedStringTable.maxLength)
        let text = UnsafeBufferPointer(rebasing: bytes[0..<length])
        if descriptor < 0 {
            // Reserved whole (pages are used as text fills them), so the arena never grows by copying.
            if arena.capacity == 0 { arena.reserveCapacity(memoryLimit + SharedStringTable.blockSize) }
            addSpan(UInt64(arena.count) << 24 | UInt64(length))
            arena.append(contentsOf: text)
            if arena.count + spanCount * 8 > memoryLimit { try spill() }
            condition.broadcast()
            return
        }
        addSpan(fileSize << 24 | UInt64(length))
        pending.append(contentsOf: text)
        fileSize += UInt64(length)
        if pending.count >= 1 << 20 || flushWanted { try flush() }
    }

    /// Adds the next string (loader thread).
    func append(_ string: String) throws(LedgerReadError) {
        try Array(string.utf8).withUnsafeBufferPointer { bytes throws(LedgerReadError) in try append(bytes) }
    }

    /// Marks the table complete, or failed with `error` (loader thread).
    func finish(_ error: LedgerReadError?) {
        condition.lock()
        defer { condition.unlock() }
        if error == nil, descriptor >= 0 {
            do throws(LedgerReadError) { try flush() } catch { failure = error }
        }
        failure = failure ?? error
        complete = true
        condition.broadcast()
    }

    /// Waits for the loader to end; throws its error.
    func waitUntilComplete() throws(LedgerReadError) {
        condition.lock()
        defer { condition.unlock() }
        while !complete { condition.wait() }
        if let failure { throw failure }
    }

    // MARK: - Looking up

    /// The string at an index, waiting for it to load; `nil` when the finished table is shorter.
    func string(at index: Int) throws(LedgerReadError) -> String? {
        let slot = index & (SharedStringTable.cacheSlots - 1)
        if index >= 0, cacheKeys[slot] == index { return cacheValues[slot] }
        condition.lock()
        while !complete, failure == nil, index >= (descriptor >= 0 ? flushedCount : spanCount) {
            flushWanted = true
            condition.wait()
        }
        if let failure {
            condition.unlock()
            throw failure
        }
        guard index >= 0, index < (descriptor >= 0 ? flushedCount : spanCount) else {
            condition.unlock()
            return nil
        }
        let span = spans[index >> SharedStringTable.spanBlockBits][index & (1 << SharedStringTable.spanBlockBits - 1)]
        let offset = span >> 24
        let length = Int(span & UInt64(SharedStringTable.maxLength))
        let string: String
        if descriptor < 0 {
            string = arena.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[Int(offset)..<Int(offset) + length]), as: UTF8.self)
            }
            condition.unlock()
        } else {
            let file = descriptor
            condition.unlock()
            string = try readBack(offset: offset, length: length, from: file)
        }
        // Long texts (a task's wording) are rarely asked for twice; keeping them would only churn the heap.
        if length <= SharedStringTable.cachedLength {
            cacheKeys[slot] = index
            cacheValues[slot] = string
        }
        return string
    }

    /// A spilled string: from the block of the file last read when it holds it; a string past the
    /// block starts the next block (cells use strings nearly in order); one before it (a department
    /// named again) is read alone, leaving the block in place.
    private func readBack(offset: UInt64, length: Int, from file: Int32) throws(LedgerReadError) -> String {
        if offset >= blockOffset, offset + UInt64(length) <= blockOffset + UInt64(blockCount) {
            let start = Int(offset - blockOffset)
            return String(decoding: UnsafeBufferPointer(start: block + start, count: length), as: UTF8.self)
        }
        if offset >= blockOffset, length <= SharedStringTable.blockSize {
            blockCount = max(pread(file, block, SharedStringTable.blockSize, off_t(offset)), 0)
            blockOffset = offset
            guard blockCount >= length else { throw SharedStringTable.failure("read back failed") }
            return String(decoding: UnsafeBufferPointer(start: block, count: length), as: UTF8.self)
        }
        let alone = UnsafeMutablePointer<UInt8>.allocate(capacity: max(length, 1))
        defer { alone.deallocate() }
        guard pread(file, alone, length, off_t(offset)) == length else {
            throw SharedStringTable.failure("read back failed")
        }
        return String(decoding: UnsafeBufferPointer(start: alone, count: length), as: UTF8.self)
    }

    // MARK: - Storage (called with the lock held)

    private func addSpan(_ span: UInt64) {
        if spanCount & (1 << SharedStringTable.spanBlockBits - 1) == 0 {
            spans.append([])
            spans[spans.count - 1].reserveCapacity(1 << SharedStringTable.spanBlockBits)
        }
        spans[spans.count - 1].append(span)
        spanCount += 1
    }

    private func spill() throws(LedgerReadError) {
        var template = Array((NSTemporaryDirectory() + "taizhang-strings-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard created >= 0 else { throw SharedStringTable.failure("cannot create a temporary file") }
        _ = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
        descriptor = created
        let written = arena.withUnsafeBytes { pwrite(created, $0.baseAddress, $0.count, 0) }
        guard written == arena.count else {
            throw SharedStringTable.failure("cannot write a temporary file (disk full?)")
        }
        fileSize = UInt64(arena.count)
        arena = []
        try flush()
    }

    private func flush() throws(LedgerReadError) {
        flushWanted = false
        if !pending.isEmpty {
            let start = off_t(fileSize) - off_t(pending.count)
            let written = pending.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, start) }
            guard written == pending.count else {
                throw SharedStringTable.failure("cannot write a temporary file (disk full?)")
            }
            pending.removeAll(keepingCapacity: true)
        }
        flushedCount = spanCount
        condition.broadcast()
    }

    private static func failure(_ reason: String) -> LedgerReadError {
        LedgerReadError(.fileUnreadable, at: SourceLocation(file: "sharedStrings"), arguments: ["reason": reason])
    }
}
