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
    /// Reads a CSV file.
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
        let file = name ?? path
        let bytes = try FileBytes.read(path: path, file: file)
        return try read(bytes: bytes, file: file, options: options)
    }

    /// Reads CSV from the bytes of a whole file.
    public static func read(
        bytes: [UInt8], file: String, options: CSVReadOptions = CSVReadOptions()
    ) throws(LedgerReadError) -> CSVDocument {
        var rows: [SheetRow] = []
        let (encoding, delimiter) = try stream(bytes: bytes, file: file, options: options) { rows.append($0) }
        return CSVDocument(sheet: Sheet(file: file, rows: rows), encoding: encoding, delimiter: delimiter)
    }

    /// Hands the rows of a CSV file's bytes to `onRow` as they are tokenised, a megabyte at a time,
    /// so the records of the whole file are never held together.
    ///
    /// - Returns: the character set and the delimiter.
    /// - Throws: as ``read(bytes:file:options:)``; rows before the fault have been handed over.
    /// - Complexity: memory holds the file's bytes (shared, not copied, when they are UTF-8 without
    ///   a byte-order mark) and one chunk's records.
    public static func stream(
        bytes: consuming [UInt8], file: String, options: CSVReadOptions = CSVReadOptions(), onRow: (SheetRow) -> Void
    ) throws(LedgerReadError) -> (encoding: TextEncoding, delimiter: UInt8) {
        let (utf8, encoding) = try TextDecoder.decode(bytes, file: file, encoding: options.encoding)
        let delimiter = options.delimiter ?? DelimiterSniffer.sniff(utf8)
        var tokenizer = CSVTokenizer(delimiter: delimiter)
        var number = 0
        func emit(_ records: [CSVRecord]) {
            for record in records {
                number += 1
                onRow(SheetRow(number: number, cells: record.cells.map(FormulaGuard.unguard), line: record.line))
            }
        }
        let chunk = 1 << 20
        var start = 0
        while start < utf8.count {
            let end = min(start + chunk, utf8.count)
            tokenizer.consume(utf8[start..<end])
            emit(tokenizer.takeRecords())
            start = end
        }
        do {
            emit(try tokenizer.finish())
        } catch {
            throw LedgerReadError(.unterminatedQuote, at: SourceLocation(file: file, line: error.line),
                                  arguments: [:])
        }
        return (encoding, delimiter)
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LedgerReadError(.fileNotFound, at: SourceLocation(file: file))
        }
        if isDirectory.boolValue {
            throw LedgerReadError(.fileUnreadable, at: SourceLocation(file: file), arguments: ["reason": "是文件夹 / a folder"])
        }
        // Read straight into the array: one copy of the file in memory, not a mapping plus a copy.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(file, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(file, errno) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        var failure: Int32?
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while filled < buffer.count {
                let count = Glibc.read(descriptor, base + filled, buffer.count - filled)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno; return }
                if count == 0 { return }
                filled += count
            }
        }
        if let failure { throw unreadable(file, failure) }
        // A file that shrank while it was read gives what it had.
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        return bytes
    }

    private static func unreadable(_ file: String, _ code: Int32) -> LedgerReadError {
        LedgerReadError(.fileUnreadable, at: SourceLocation(file: file), arguments: ["reason": String(cString: strerror(code))])
    }
}
