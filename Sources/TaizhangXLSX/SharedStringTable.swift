// SPDX-License-Identifier: Apache-2.0
// The shared-string table: filled on its own thread, read while it fills, spilled to disk when large.

import Foundation
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// The strings cells point at by index, in bounded memory, readable while they are still loading.
///
/// Memory: up to `memoryLimit` bytes of text the table keeps Swift strings; past it, every string
/// goes to a temporary file (unlinked at once, so nothing is left behind) and lookups read it back
/// with `pread`, through a small cache that catches the strings a ledger repeats (departments,
/// time limits). A million distinct task texts then cost the page cache, not this process.
///
/// Concurrency: one thread appends (the loader), one thread looks up (the sheet parser). Writers
/// store strings in the order cells first use them, so a lookup rarely waits; when it does, it
/// waits until the loader has reached its index, has finished, or has failed. Every shared field
/// is guarded by `condition`; the lookup cache and scratch buffer belong to the reading thread.
final class SharedStringTable: @unchecked Sendable {
    private let condition = NSCondition()
    private let memoryLimit: Int
    private var strings: [String] = []
    private var memoryBytes = 0
    private var complete = false
    private var failure: LedgerReadError?

    // Spilled: (offset << 24 | length) per string, the file, and how many strings are on disk.
    private var spans: [UInt64] = []
    private var descriptor: Int32 = -1
    private var pending: [UInt8] = []
    private var fileSize: UInt64 = 0
    private var flushedCount = 0
    private var flushWanted = false

    // The reading thread's own.
    private var scratch: [UInt8] = []
    private var cacheKeys: [Int] = Array(repeating: -1, count: SharedStringTable.cacheSlots)
    private var cacheValues: [String] = Array(repeating: "", count: SharedStringTable.cacheSlots)

    private static let cacheSlots = 1 << 13
    private static let maxLength = (1 << 24) - 1

    init(memoryLimit: Int = 16 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The number of strings loaded so far.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return descriptor >= 0 ? spans.count : strings.count
    }

    /// Whether the table has moved its text to a temporary file.
    var isSpilled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return descriptor >= 0
    }

    // MARK: - Loading

    /// Adds the next string (loader thread).
    func append(_ string: String) throws(LedgerReadError) {
        condition.lock()
        defer { condition.unlock() }
        if descriptor < 0 {
            strings.append(string)
            memoryBytes += string.utf8.count + 32
            if memoryBytes > memoryLimit { try spill() }
            condition.broadcast()
            return
        }
        try write(string)
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
        while !complete, failure == nil, index >= (descriptor >= 0 ? flushedCount : strings.count) {
            flushWanted = true
            condition.wait()
        }
        if let failure {
            condition.unlock()
            throw failure
        }
        guard descriptor >= 0 else {
            let string = strings.indices.contains(index) ? strings[index] : nil
            condition.unlock()
            return string
        }
        guard spans.indices.contains(index), index < flushedCount else {
            condition.unlock()
            return nil
        }
        let span = spans[index]
        let file = descriptor
        condition.unlock()

        let length = Int(span & UInt64(SharedStringTable.maxLength))
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: length) }
        let read = scratch.withUnsafeMutableBytes { pread(file, $0.baseAddress, length, off_t(span >> 24)) }
        guard read == length else { throw SharedStringTable.failure("read back failed") }
        let string = scratch.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[0..<length]), as: UTF8.self)
        }
        cacheKeys[slot] = index
        cacheValues[slot] = string
        return string
    }

    // MARK: - The file (called with the lock held)

    private func spill() throws(LedgerReadError) {
        var template = Array((NSTemporaryDirectory() + "taizhang-strings-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard created >= 0 else { throw SharedStringTable.failure("cannot create a temporary file") }
        _ = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
        descriptor = created
        let moving = strings
        strings = []
        for string in moving { try write(string) }
        try flush()
    }

    private func write(_ string: String) throws(LedgerReadError) {
        var text = string
        let length = min(text.utf8.count, SharedStringTable.maxLength)
        spans.append(fileSize << 24 | UInt64(length))
        text.withUTF8 { pending.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<length])) }
        fileSize += UInt64(length)
        if pending.count >= 1 << 20 || flushWanted { try flush() }
    }

    private func flush() throws(LedgerReadError) {
        flushWanted = false
        if !pending.isEmpty {
            let start = off_t(fileSize) - off_t(pending.count)
            let written = pending.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, start) }
            guard written == pending.count else { throw SharedStringTable.failure("cannot write a temporary file (disk full?)") }
            pending.removeAll(keepingCapacity: true)
        }
        flushedCount = spans.count
        condition.broadcast()
    }

    private static func failure(_ reason: String) -> LedgerReadError {
        LedgerReadError(.fileUnreadable, at: SourceLocation(file: "sharedStrings"), arguments: ["reason": reason])
    }
}
