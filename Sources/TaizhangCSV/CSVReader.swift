// SPDX-License-Identifier: Apache-2.0
// Reading a CSV file into a format-neutral sheet: bytes, character set, delimiter, records.

import Foundation
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
        let (utf8, encoding) = try TextDecoder.decode(bytes, file: file, encoding: options.encoding)
        let delimiter = options.delimiter ?? DelimiterSniffer.sniff(utf8)
        var tokenizer = CSVTokenizer(delimiter: delimiter)
        tokenizer.consume(utf8)
        var records = tokenizer.takeRecords()
        do {
            records += try tokenizer.finish()
        } catch {
            throw LedgerReadError(.unterminatedQuote, at: SourceLocation(file: file, line: error.line),
                                  arguments: [:])
        }
        let rows = records.enumerated().map { index, record in
            SheetRow(number: index + 1, cells: record.cells.map(FormulaGuard.unguard), line: record.line)
        }
        return CSVDocument(sheet: Sheet(file: file, rows: rows), encoding: encoding, delimiter: delimiter)
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
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            throw LedgerReadError(.fileUnreadable, at: SourceLocation(file: file),
                                  arguments: ["reason": (error as NSError).localizedDescription])
        }
    }
}
