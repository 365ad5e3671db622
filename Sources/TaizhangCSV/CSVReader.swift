// SPDX-License-Identifier: Apache-2.0
// Reading a CSV file into a format-neutral sheet: bytes, character set, delimiter, records.

import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import TaizhangModel
import TaizhangSheet

/// Choices for reading a CSV file.
public struct CSVReadOptions: Sendable {
    /// An iconv encoding name to use instead of detecting one ("GB18030", "UTF-16LE", "CP1252").
    public var encoding: String?
    /// The delimiter byte to use instead of sniffing one.
    public var delimiter: UInt8?

    /// Creates options.
    public init(encoding: String? = nil, delimiter: UInt8? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// A CSV file as read: its sheet and how its bytes were understood.
public struct CSVDocument: Sendable {
    /// The rows, numbered by record.
    public var sheet: Sheet
    /// The character set the file was in.
    public var encoding: TextEncoding
    /// The delimiter byte.
    public var delimiter: UInt8
}

/// Reads CSV (and tab-separated "Unicode text") files of any encoding clerks' programs write.
public enum CSVReader {
    /// Reads a whole CSV file into memory (for small files; ``CSVRowSource`` streams).
    ///
    /// - Parameters:
    ///   - path: the file's path.
    ///   - name: the name used in locations and messages (defaults to the path).
    ///   - options: encoding and delimiter overrides.
    /// - Throws: ``LedgerReadError`` when the file is missing, empty, binary, a workbook, or not
    ///   valid in its character set, or a quoted cell is never closed.
    public static func read(
        path: String, name: String? = nil, options: CSVReadOptions = CSVReadOptions()
    ) throws(LedgerReadError) -> CSVDocument {
        try collect(CSVRowSource(path: path, name: name, options: options), file: name ?? path)
    }

    /// Reads CSV from the bytes of a whole file.
    public static func read(
        bytes: [UInt8], file: String, options: CSVReadOptions = CSVReadOptions()
    ) throws(LedgerReadError) -> CSVDocument {
        try collect(CSVRowSource(bytes: bytes, file: file, options: options), file: file)
    }

    private static func collect(_ source: CSVRowSource, file: String) throws(LedgerReadError) -> CSVDocument {
        var rows: [SheetRow] = []
        try source.readRows {
            rows.append($0); return true
        }
        return CSVDocument(sheet: Sheet(file: file, rows: rows), encoding: source.encoding, delimiter: source.delimiter)
    }
}

/// A CSV or TSV file as a stream of rows: read a megabyte at a time, decoded from its character
/// set, split into records, so a file of any length is read in the memory of one chunk.
///
/// The character set and the delimiter are told from the file's first megabyte when it is opened.
/// ``readRows(_:)`` reads the file once, and a second time only to place a byte that is not valid
/// UTF-8 (each cell is checked as its string is made, not each chunk before).
public final class CSVRowSource: SheetRowSource {
    /// The character set the file is in.
    public let encoding: TextEncoding
    /// The delimiter byte.
    public let delimiter: UInt8
    public let sheetName: String? = nil
    public let merges: [CellRange] = []
    private let file: String
    private var chunks: ByteChunks
    private var decoder: TextDecoder
    /// The first chunk, decoded; `nil` once handed to the tokenizer.
    private var first: [UInt8]?
    private var firstIsLast: Bool

    /// How many bytes are read at a time.
    static let chunkSize = 1 << 20

    /// Opens a file and reads its first megabyte to learn its character set and delimiter.
    ///
    /// - Throws: ``LedgerReadError`` when the file is missing, a folder, empty, binary or a workbook.
    public convenience init(path: String, name: String? = nil, options: CSVReadOptions = CSVReadOptions())
        throws(LedgerReadError)
    {
        let file = name ?? path
        try self.init(
            chunks: .file(try FileBytes.open(path: path, file: file), path: path), file: file, options: options)
    }

    /// A source over the bytes of a whole file.
    public convenience init(bytes: [UInt8], file: String, options: CSVReadOptions = CSVReadOptions())
        throws(LedgerReadError)
    {
        try self.init(chunks: .memory(bytes, position: 0), file: file, options: options)
    }

    private init(chunks: ByteChunks, file: String, options: CSVReadOptions) throws(LedgerReadError) {
        self.file = file
        self.chunks = chunks
        let start = try self.chunks.next(CSVRowSource.chunkSize, file: file)
        firstIsLast = start.count < CSVRowSource.chunkSize
        decoder = try TextDecoder(start: start, file: file, encoding: options.encoding, isWhole: firstIsLast)
        // Each cell's string is checked as it is made; checking every chunk before would read
        // the text twice. A fault is then placed exactly by ``faultOfUTF8(near:)``.
        decoder.leavesUTF8Unchecked = true
        encoding = decoder.encoding
        let decoded = try decoder.decode(start, final: firstIsLast)
        delimiter = options.delimiter ?? DelimiterSniffer.sniff(decoded)
        first = decoded
    }

    public func readRows(_ body: (SheetRow) -> Bool) throws(LedgerReadError) {
        var tokenizer = CSVTokenizer(delimiter: delimiter)
        var number = 0
        func emit(_ records: [CSVRecord]) -> Bool {
            for record in records {
                number += 1
                if !body(SheetRow(number: number, cells: record.cells.map(FormulaGuard.unguard), line: record.line)) {
                    return false
                }
            }
            return true
        }
        guard let start = first else { return }
        first = nil
        tokenizer.consume(start)
        if let fault = tokenizer.invalidUTF8 { throw faultOfUTF8(near: fault) }
        guard emit(tokenizer.takeRecords()) else { return }
        var finished = firstIsLast
        while !finished {
            let raw = try chunks.next(CSVRowSource.chunkSize, file: file)
            finished = raw.count < CSVRowSource.chunkSize
            tokenizer.consume(try decoder.decode(raw, final: finished))
            if let fault = tokenizer.invalidUTF8 { throw faultOfUTF8(near: fault) }
            guard emit(tokenizer.takeRecords()) else { return }
        }
        let last: [CSVRecord]
        do {
            last = try tokenizer.finish()
        } catch {
            // The cell left open was never checked; a fault in it is named first, as it was when
            // every chunk was checked before it was split.
            if encoding.name == "UTF-8", let fault = faultFoundReadingAgain() {
                throw fault
            }
            throw LedgerReadError(.unterminatedQuote, at: SourceLocation(file: file, line: error.line), arguments: [:])
        }
        if let fault = tokenizer.invalidUTF8 { throw faultOfUTF8(near: fault) }
        _ = emit(last)
    }

    /// The `invalid-encoding` error for text whose cells were not all valid UTF-8, placed as a
    /// checking decoder places it (line, bytes, file offset) by reading the file again up to the
    /// fault. A file that can no longer be read, or reads without a fault now (it was changed
    /// meanwhile), gets the line and bytes the tokenizer saw.
    private func faultOfUTF8(near fault: (line: Int, bytes: [UInt8])) -> LedgerReadError {
        faultFoundReadingAgain()
            ?? LedgerReadError(
                .invalidEncoding, at: SourceLocation(file: file, line: fault.line),
                arguments: ["encoding": "UTF-8", "bytes": TextDecoder.hex(fault.bytes)])
    }

    /// The first fault a checking UTF-8 decoder finds reading the file again from its start.
    private func faultFoundReadingAgain() -> LedgerReadError? {
        do throws(LedgerReadError) {
            var chunks = try self.chunks.restarted(file: file)
            var finished = false
            var checking: TextDecoder?
            while !finished {
                let raw = try chunks.next(CSVRowSource.chunkSize, file: file)
                finished = raw.count < CSVRowSource.chunkSize
                if checking == nil {
                    checking = try TextDecoder(start: raw, file: file, encoding: "UTF-8", isWhole: finished)
                }
                _ = try checking?.decode(raw, final: finished)
            }
        } catch {
            if error.code == .invalidEncoding { return error }
        }
        return nil
    }
}

/// Where a text file's bytes come from: an open file, read a chunk at a time, or bytes in memory.
private enum ByteChunks {
    case file(FileBytes.Handle, path: String)
    case memory([UInt8], position: Int)

    /// The same bytes from their start: the file opened again, or the bytes in memory.
    func restarted(file: String) throws(LedgerReadError) -> ByteChunks {
        switch self {
        case .file(_, let path): .file(try FileBytes.open(path: path, file: file), path: path)
        case .memory(let bytes, _): .memory(bytes, position: 0)
        }
    }

    /// Up to `count` more bytes; fewer only at the end.
    mutating func next(_ count: Int, file: String) throws(LedgerReadError) -> [UInt8] {
        switch self {
        case .file(let handle, _):
            return try handle.read(upTo: count)
        case .memory(let bytes, let position):
            let end = min(bytes.count, position + count)
            self = .memory(bytes, position: end)
            return Array(bytes[position..<end])
        }
    }
}

/// Reading a whole small file (a CSV, a roster, a schema), with the errors clerks understand.
public enum FileBytes {
    /// The file's bytes.
    ///
    /// - Parameters:
    ///   - path: where the file is.
    ///   - file: the file as the user named it, for errors.
    /// - Throws: ``LedgerReadError`` `file-not-found` or `file-unreadable` (a folder, no permission).
    public static func read(path: String, file: String) throws(LedgerReadError) -> [UInt8] {
        let handle = try open(path: path, file: file)
        return try handle.read(upTo: handle.size)
    }

    /// Opens a file for reading in chunks.
    ///
    /// - Throws: ``LedgerReadError`` `file-not-found` or `file-unreadable` (a folder, no permission).
    public static func open(path: String, file: String) throws(LedgerReadError) -> Handle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LedgerReadError(.fileNotFound, at: SourceLocation(file: file))
        }
        if isDirectory.boolValue {
            throw LedgerReadError(.fileUnreadable, at: SourceLocation(file: file), arguments: ["reason": "is-a-folder"])
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(file, errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw unreadable(file, code)
        }
        return Handle(descriptor: descriptor, size: Int(status.st_size), file: file)
    }

    /// An open file, read from its start a chunk at a time; closed when released.
    public final class Handle {
        private let descriptor: Int32
        /// The file's size when it was opened.
        public let size: Int
        private let file: String

        init(descriptor: Int32, size: Int, file: String) {
            self.descriptor = descriptor
            self.size = size
            self.file = file
        }

        deinit {
            close(descriptor)
        }

        /// Up to `count` more bytes, read straight into the array; fewer only at the end of the file.
        public func read(upTo count: Int) throws(LedgerReadError) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            var filled = 0
            var failure: Int32?
            bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                while filled < buffer.count {
                    let result = Glibc.read(descriptor, base + filled, buffer.count - filled)
                    if result < 0, errno == EINTR { continue }
                    if result < 0 { failure = errno; return }
                    if result == 0 { return }
                    filled += result
                }
            }
            if let failure { throw FileBytes.unreadable(file, failure) }
            if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
            return bytes
        }
    }

    fileprivate static func unreadable(_ file: String, _ code: Int32) -> LedgerReadError {
        LedgerReadError(
            .fileUnreadable, at: SourceLocation(file: file), arguments: ["reason": SystemReason.of(code)])
    }
}
