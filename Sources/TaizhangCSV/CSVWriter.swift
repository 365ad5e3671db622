// SPDX-License-Identifier: Apache-2.0
// Writing a ledger as CSV that Excel and WPS open with the Chinese intact, row by row as it arrives.

import TaizhangModel
import TaizhangSheet
import TaizhangTemplates

/// The character set a CSV file is written in.
public enum CSVOutputEncoding: String, Sendable, CaseIterable {
    /// UTF-8 with a byte-order mark, so Excel shows Chinese (the default).
    case utf8BOM = "utf8-bom"
    /// UTF-8 without a byte-order mark, for other programs.
    case utf8
    /// GB18030, for old software that expects GBK.
    case gb18030
}

/// Writes a ledger's events as CSV: one row per title line, the header, section rows and tasks,
/// lines ending in CRLF (RFC 4180). Cells that would start a formula are guarded (``FormulaGuard``).
///
/// The columns are decided at the header: the schema's, the optional fields the input has, then its
/// extra columns. Bytes go to `output` a megabyte at a time, so a ledger of any length streams.
public final class CSVWriter: LedgerSink {
    private let delimiter: UInt8
    private let schema: LedgerSchema
    private let encoding: CSVOutputEncoding
    private let output: ([UInt8]) throws(LedgerWriteError) -> Void
    /// UTF-8 to GB18030, for that output encoding.
    private let converter: IconvStream?
    private var columns: [GridColumn] = []
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Creates a writer handing its bytes to `output`; the delimiter is a comma, tab or semicolon.
    public init(
        encoding: CSVOutputEncoding = .utf8BOM, delimiter: Character = ",", schema: LedgerSchema = .standard,
        output: @escaping ([UInt8]) throws(LedgerWriteError) -> Void
    ) {
        self.encoding = encoding
        self.delimiter = delimiter.asciiValue ?? 0x2C
        self.schema = schema
        self.output = output
        // GB18030 maps every Unicode scalar, so the conversion opens and never fails on valid UTF-8.
        converter = encoding == .gb18030 ? try? IconvStream(from: "UTF-8", to: "GB18030") : nil
        buffer.reserveCapacity(CSVWriter.flushSize + 4096)
    }

    /// The bytes of a whole ledger as CSV.
    public static func bytes(
        for ledger: Ledger, encoding: CSVOutputEncoding = .utf8BOM, delimiter: Character = ",",
        schema: LedgerSchema = .standard
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = CSVWriter(encoding: encoding, delimiter: delimiter, schema: schema) { bytes += $0 }
        // Collecting into memory cannot fail.
        _ = try? ledger.replay(into: writer)
        return bytes
    }

    public func receive(_ event: LedgerEvent) throws(LedgerWriteError) {
        switch event {
        case .header(let header):
            columns = LedgerGrid.columns(
                schema: schema, fieldsInUse: header.optionalFields, extraColumns: header.heading.extraColumns)
            if encoding == .utf8BOM { buffer += [0xEF, 0xBB, 0xBF] }
            if let title = header.heading.title { line([title]) }
            if let subtitle = header.heading.subtitle { line([subtitle]) }
            line(columns.map(\.title))
        case .section(let heading, _, _):
            line(LedgerGrid.cells(of: heading, columnCount: columns.count))
        case .task(let entry, _):
            line(LedgerGrid.cells(of: entry.task, in: columns))
        case .finding:
            break
        }
        if buffer.count >= CSVWriter.flushSize { try flush() }
    }

    public func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        try flush()
    }

    /// One record: the cells, padded to the columns, quoted where they must be.
    private func line(_ cells: [String]) {
        for index in 0..<max(cells.count, columns.count) {
            if index > 0 { buffer.append(delimiter) }
            if index < cells.count { append(cell: cells[index]) }
        }
        buffer += [0x0D, 0x0A]
    }

    private func append(cell: String) {
        var cell = cell
        cell.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return }
            let needsQuotes =
                first == 0x20 || last == 0x20
                || bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { buffer.append(0x22) }
            if FormulaGuard.isTrigger(first) { buffer.append(0x27) }
            if needsQuotes {
                for byte in bytes {
                    buffer.append(byte)
                    if byte == 0x22 { buffer.append(0x22) }
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
    }

    private func flush() throws(LedgerWriteError) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        if let converter, let converted = try? converter.convert(buffer, final: false) {
            try output(converted)
        } else {
            try output(buffer)
        }
    }
}
