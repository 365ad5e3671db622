// SPDX-License-Identifier: Apache-2.0
// Reading the ledger table of an HTML page: what web systems' "导出Excel" gives, named .xls.

import TaizhangCSV
import TaizhangModel
import TaizhangSheet

/// The bounds on what reading an HTML table may cost.
public struct HTMLReadLimits: Sendable {
    /// The largest file read, in bytes.
    public var maxFileBytes: Int
    /// How deeply tables may nest inside each other.
    public var maxTableDepth: Int
    /// The most cells a table may hold, counted as the grid its rows become.
    public var maxCells: Int

    /// Creates limits; the defaults are 32 MiB, 16 levels and 4,000,000 cells.
    public init(maxFileBytes: Int = 32 << 20, maxTableDepth: Int = 16, maxCells: Int = 4_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxTableDepth = maxTableDepth
        self.maxCells = maxCells
    }
}

/// An HTML table read as a sheet: its rows and the ranges its rowspan/colspan cells cover.
public struct HTMLTableDocument: Sendable {
    /// The table, as a sheet.
    public var sheet: Sheet
    /// The character set the file was in.
    public var encoding: TextEncoding
}

/// Reads the table of an HTML page (or the "Excel HTML" older exports write), whatever its name.
///
/// The character set comes from a byte-order mark, then `<meta charset>` (or `http-equiv`), then
/// detection as for CSV (UTF-8, else GB18030). Of several tables, the first whose first rows hold
/// a ledger header is read, else the one with the most rows; a table nested in a cell is a table
/// of its own. `<br>` and block ends inside a cell are line breaks; other white space runs
/// collapse to one space, as a browser shows them.
public enum HTMLTableReader {
    /// Reads the ledger table of the HTML file at `path`.
    ///
    /// - Throws: ``LedgerReadError``: what ``FileBytes`` and ``TextDecoder`` throw,
    ///   `limit-exceeded`, and `html-without-table`.
    public static func read(
        path: String, name: String? = nil, encoding: String? = nil, limits: HTMLReadLimits = HTMLReadLimits()
    ) throws(LedgerReadError) -> HTMLTableDocument {
        let file = name ?? path
        let bytes = try FileBytes.read(path: path, file: file)
        return try read(bytes: bytes, file: file, encoding: encoding, limits: limits)
    }

    /// Reads the ledger table of an HTML document held in memory.
    public static func read(
        bytes: [UInt8], file: String, encoding: String? = nil, limits: HTMLReadLimits = HTMLReadLimits()
    ) throws(LedgerReadError) -> HTMLTableDocument {
        let location = SourceLocation(file: file)
        guard bytes.count <= limits.maxFileBytes else {
            throw LedgerReadError(
                .limitExceeded, at: location,
                arguments: [
                    "quantity": "file-bytes", "limit": String(limits.maxFileBytes), "part": "/",
                ])
        }
        let (utf8, detected) = try decode(bytes, file: file, encoding: encoding)
        let tables = try HTMLTableBuilder.tables(in: utf8, file: file, limits: limits)
        guard let chosen = choose(tables, file: file) else { throw LedgerReadError(.htmlWithoutTable, at: location) }
        return HTMLTableDocument(sheet: Sheet(file: file, rows: chosen.rows, merges: chosen.merges), encoding: detected)
    }

    /// The text as UTF-8: the named encoding, else the page's own declaration when its bytes
    /// bear it out, else detection.
    private static func decode(
        _ bytes: [UInt8], file: String, encoding: String?
    ) throws(LedgerReadError) -> ([UInt8], TextEncoding) {
        if let encoding { return try TextDecoder.decode(bytes, file: file, encoding: encoding) }
        if let declared = declaredCharset(bytes), !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
            let decoded = try? TextDecoder.decode(bytes, file: file, encoding: declared)
        {
            return decoded
        }
        return try TextDecoder.decode(bytes, file: file)
    }

    /// The charset a `<meta>` in the first 4 KB names ("gb2312", "utf-8").
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    /// The first table whose first rows hold a ledger header; else the one with the most rows.
    private static func choose(_ tables: [HTMLTableBuilder.Table], file: String) -> HTMLTableBuilder.Table? {
        let location = SourceLocation(file: file)
        for table in tables
        where table.rows.prefix(30).contains(where: {
            ColumnMap.recognize($0, at: location, report: { _ in }) != nil
        }) {
            return table
        }
        return tables.filter { !$0.rows.isEmpty }.max { $0.rows.count < $1.rows.count }
    }
}
