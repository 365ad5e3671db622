// SPDX-License-Identifier: Apache-2.0
// The shared-string table, kept in memory while small and in an unlinked temporary file when large.

import Foundation
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// The strings cells point at by index, in bounded memory.
///
/// A ledger of a million rows has a million distinct task texts: held as Swift strings they
/// would take several hundred megabytes. Up to `memoryLimit` bytes of text the table keeps
/// strings in memory; past it, every string goes to a temporary file (unlinked at once, so
/// nothing is left behind) and lookups read it back with `pread`, through a small cache that
/// catches the strings a ledger repeats (departments, time limits). The OS's page cache, not
/// this process, then holds the text.
final class SharedStringTable {
    private let memoryLimit: Int
    private var strings: [String] = []
    private var memoryBytes = 0

    // Spilled: (offset << 24 | length) per string, and the file they are in.
    private var spans: [UInt64] = []
    private var descriptor: Int32 = -1
    private var pending: [UInt8] = []
    private var fileSize: UInt64 = 0
    private var scratch: [UInt8] = []
    private var cacheKeys: [Int] = []
    private var cacheValues: [String] = []

    private static let cacheSlots = 1 << 13
    private static let maxLength = (1 << 24) - 1

    init(memoryLimit: Int = 24 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The number of strings.
    var count: Int { descriptor >= 0 ? spans.count : strings.count }

    /// Whether the table has moved its text to a temporary file.
    var isSpilled: Bool { descriptor >= 0 }

    /// Adds the next string.
    func append(_ string: String) throws(LedgerReadError) {
        if descriptor < 0 {
            strings.append(string)
            memoryBytes += string.utf8.count + 32
            if memoryBytes > memoryLimit { try spill() }
            return
        }
        try write(string)
    }

    /// The string at an index, or `nil` past the end.
    func string(at index: Int) throws(LedgerReadError) -> String? {
        guard descriptor >= 0 else { return strings.indices.contains(index) ? strings[index] : nil }
        guard spans.indices.contains(index) else { return nil }
        let slot = index & (SharedStringTable.cacheSlots - 1)
        if cacheKeys[slot] == index { return cacheValues[slot] }
        try flush()
        let span = spans[index]
        let length = Int(span & UInt64(SharedStringTable.maxLength))
        let offset = off_t(span >> 24)
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: length) }
        let read = scratch.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, offset) }
        guard read == length else { throw failure("read back failed") }
        let string = scratch.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<length]), as: UTF8.self) }
        cacheKeys[slot] = index
        cacheValues[slot] = string
        return string
    }

    // MARK: - The file

    private func spill() throws(LedgerReadError) {
        var template = Array((NSTemporaryDirectory() + "taizhang-strings-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard created >= 0 else { throw failure("cannot create a temporary file") }
        unlink(String(cString: template))
        descriptor = created
        cacheKeys = Array(repeating: -1, count: SharedStringTable.cacheSlots)
        cacheValues = Array(repeating: "", count: SharedStringTable.cacheSlots)
        let moving = strings
        strings = []
        for string in moving { try write(string) }
    }

    private func write(_ string: String) throws(LedgerReadError) {
        let length = min(string.utf8.count, SharedStringTable.maxLength)
        spans.append(fileSize << 24 | UInt64(length))
        var text = string
        text.withUTF8 { pending.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<length])) }
        fileSize += UInt64(length)
        if pending.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(LedgerReadError) {
        guard !pending.isEmpty else { return }
        let start = off_t(fileSize) - off_t(pending.count)
        let written = pending.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, start) }
        guard written == pending.count else { throw failure("cannot write a temporary file (disk full?)") }
        pending.removeAll(keepingCapacity: true)
    }

    private func failure(_ reason: String) -> LedgerReadError {
        LedgerReadError(.fileUnreadable, at: SourceLocation(file: "sharedStrings"), arguments: ["reason": reason])
    }
}
