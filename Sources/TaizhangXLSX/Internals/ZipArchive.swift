// SPDX-License-Identifier: Apache-2.0
// A thin, bounded layer over libzip: open an archive, find a part, stream its inflated bytes.

import CTaizhangZip
import TaizhangFileKind
import TaizhangModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A zip archive opened read-only, with the limits that keep a bomb from inflating far.
///
/// Part names are matched as OOXML readers must: backslashes read as slashes (some writers use
/// them), no leading slash, and without regard to case (the package model is case-insensitive).
final class ZipArchive {
    private let handle: OpaquePointer
    private let file: String
    private let limits: ReadLimits
    private var entries: [String: UInt64] = [:]
    private(set) var totalInflated = 0

    /// Opens an archive.
    ///
    /// - Throws: `not-a-workbook` when it is no zip, what ``FileKind`` names for
    ///   another kind of file (an encrypted workbook, a PDF), `damaged-workbook` when it is cut short.
    init(path: String, file: String, limits: ReadLimits) throws(LedgerReadError) {
        self.file = file
        self.limits = limits
        var code: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY, &code) else {
            throw ZipArchive.openError(code: code, path: path, file: file)
        }
        self.handle = handle
        let count = zip_get_num_entries(handle, 0)
        // Every stored property is set by now, so a throw below still runs deinit, which discards the handle.
        guard count <= Int64(limits.maxEntries) else {
            throw LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file),
                arguments: [
                    "quantity": "archive-entries",
                    "limit": String(limits.maxEntries), "part": "/",
                ])
        }
        for index in 0..<max(count, 0) {
            guard let name = zip_get_name(handle, UInt64(index), ZIP_FL_ENC_GUESS) else { continue }
            entries[ZipArchive.key(String(cString: name))] = UInt64(index)
        }
    }

    deinit {
        zip_discard(handle)
    }

    /// The canonical form part names are compared in.
    static func key(_ name: String) -> String {
        var normalized = name.replacingBackslashes()
        while normalized.hasPrefix("/") { normalized.removeFirst() }
        return normalized.lowercased()
    }

    /// Whether the archive holds a part.
    func contains(_ part: String) -> Bool {
        entries[ZipArchive.key(part)] != nil
    }

    /// The inflated size the archive declares for a part (not trusted for limits).
    func declaredSize(of part: String) -> Int? {
        guard let index = entries[ZipArchive.key(part)] else { return nil }
        var stat = zip_stat_t()
        guard zip_stat_index(handle, index, 0, &stat) == 0 else { return nil }
        return Int(clamping: stat.size)
    }

    /// Parses a part's XML with `handler`, streaming it through expat.
    func parse(_ part: String, limits: ReadLimits, with handler: any XMLPartHandler) throws(LedgerReadError) {
        let parser = XMLStreamParser(part: part, file: file, limits: limits, handler: handler)
        try read(part) { bytes throws(LedgerReadError) in try parser.feed(bytes) }
        try parser.finish()
    }

    /// Streams a part's inflated bytes to `body` in chunks, enforcing the size and ratio limits.
    ///
    /// - Throws: `missing-part`, `damaged-workbook`, `limit-exceeded`, or what `body` throws.
    func read(
        _ part: String, chunk: Int = 1 << 18,
        _ body: (UnsafeRawBufferPointer) throws(LedgerReadError) -> Void
    ) throws(LedgerReadError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        try inflate(part, into: { buffer }) { count throws(LedgerReadError) in
            if count > 0 { try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) }
        }
    }

    /// Inflates a part into the buffers `next` hands out, one `zip_fread` each, and tells `filled`
    /// how many bytes each received (0 once, at the end); the size and ratio limits hold as in ``read``.
    func inflate(
        _ part: String, into next: () throws(LedgerReadError) -> UnsafeMutableRawBufferPointer,
        filled: (Int) throws(LedgerReadError) -> Void
    ) throws(LedgerReadError) {
        guard let index = entries[ZipArchive.key(part)] else {
            throw LedgerReadError(.missingPart, at: SourceLocation(file: file), arguments: ["part": part])
        }
        var stat = zip_stat_t()
        zip_stat_index(handle, index, 0, &stat)
        let compressed = max(Int(clamping: stat.comp_size), 1)
        // A bomb that declares what it is, is refused before a byte is inflated; one that lies is
        // caught by the same limits as it inflates.
        if stat.valid & UInt64(ZIP_STAT_SIZE) != 0 {
            try check(inflated: Int(clamping: stat.size), compressed: compressed, part: part, total: totalInflated)
        }
        guard let entry = zip_fopen_index(handle, index, 0) else {
            throw damaged(zip_error_strerror(zip_get_error(handle)).map { String(cString: $0) } ?? "open failed")
        }
        defer { zip_fclose(entry) }
        var inflated = 0
        while true {
            let buffer = try next()
            let count = zip_fread(entry, buffer.baseAddress, UInt64(buffer.count))
            if count < 0 {
                throw damaged(
                    zip_error_strerror(zip_file_get_error(entry)).map { String(cString: $0) } ?? "read failed")
            }
            if count > 0 {
                inflated += Int(count)
                totalInflated += Int(count)
                try check(inflated: inflated, compressed: compressed, part: part, total: totalInflated)
            }
            try filled(Int(count))
            if count == 0 { break }
        }
    }

    private func check(inflated: Int, compressed: Int, part: String, total: Int) throws(LedgerReadError) {
        func exceeded(_ quantity: String, _ limit: String) -> LedgerReadError {
            LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file),
                arguments: ["quantity": quantity, "limit": limit, "part": part])
        }
        if inflated > limits.maxPartBytes {
            throw exceeded("part-bytes", String(limits.maxPartBytes))
        }
        if total > limits.maxTotalBytes {
            throw exceeded("workbook-bytes", String(limits.maxTotalBytes))
        }
        if inflated > limits.ratioThreshold, inflated / compressed > limits.maxCompressionRatio {
            throw exceeded("compression-ratio", "\(limits.maxCompressionRatio):1")
        }
    }

    private func damaged(_ reason: String) -> LedgerReadError {
        LedgerReadError(.damagedWorkbook, at: SourceLocation(file: file), arguments: ["reason": reason])
    }

    private static func openError(code: Int32, path: String, file: String) -> LedgerReadError {
        let location = SourceLocation(file: file)
        switch code {
        case ZIP_ER_NOENT:
            return LedgerReadError(.fileNotFound, at: location)
        case ZIP_ER_NOZIP:
            let kind = FileKind.sniff(path: path)
            if let error = kind?.unreadableError(file: file) { return error }
            // A zip whose end (the central directory) is missing: a download or copy cut short.
            if kind == .workbook {
                return LedgerReadError(
                    .damagedWorkbook, at: location, arguments: ["reason": "no-central-directory"])
            }
            return LedgerReadError(.notAWorkbook, at: location)
        case ZIP_ER_OPEN, ZIP_ER_READ:
            return LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": describe(code)])
        default:
            return LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": describe(code)])
        }
    }

    private static func describe(_ code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
