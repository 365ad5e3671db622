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
/// extra columns. Text goes to `output` a megabyte at a time, so a ledger of any length streams.
public final class CSVWriter: LedgerSink {
    private let encoding: CSVOutputEncoding
    private let delimiter: Character
    private let schema: LedgerSchema
    private let output: ([UInt8]) throws(LedgerWriteError) -> Void
    private var columns: [GridColumn] = []
    private var text = ""

    /// Creates a writer handing its bytes to `output`.
    public init(
        encoding: CSVOutputEncoding = .utf8BOM, delimiter: Character = ",", schema: LedgerSchema = .standard,
        output: @escaping ([UInt8]) throws(LedgerWriteError) -> Void
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.schema = schema
        self.output = output
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
            if encoding == .utf8BOM { try output([0xEF, 0xBB, 0xBF]) }
            if let title = header.heading.title { line([title]) }
            if let subtitle = header.heading.subtitle { line([subtitle]) }
            line(columns.map(\.title))
        case .section(let heading, _, _):
            line(LedgerGrid.cells(of: heading, columnCount: columns.count))
        case .task(let entry, _):
            line(LedgerGrid.cells(of: entry.task, in: columns))
        }
        if text.utf8.count >= 1 << 20 { try flush() }
    }

    public func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        try flush()
    }

    private func line(_ cells: [String]) {
        for index in 0..<max(cells.count, columns.count) {
            if index > 0 { text.append(delimiter) }
            text += quoted(FormulaGuard.guarded(index < cells.count ? cells[index] : ""))
        }
        text += "\r\n"
    }

    private func flush() throws(LedgerWriteError) {
        guard !text.isEmpty else { return }
        defer { text = "" }
        switch encoding {
        case .utf8BOM, .utf8:
            try output(Array(text.utf8))
        case .gb18030:
            // GB18030 maps every Unicode scalar, and Swift strings hold no lone surrogates, so this cannot fail.
            try output((try? TextEncoder.encode(text, as: "GB18030", file: "")) ?? Array(text.utf8))
        }
    }

    private func quoted(_ cell: String) -> String {
        let needsQuotes = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || cell.first.map { $0 == " " } == true || cell.last.map { $0 == " " } == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
