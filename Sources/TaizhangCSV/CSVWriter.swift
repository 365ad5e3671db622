// SPDX-License-Identifier: Apache-2.0
// Writing a ledger as CSV that Excel and WPS open with the Chinese intact.

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

/// Writes ledgers as CSV: one row per title line, the header, section rows and tasks.
public struct CSVWriter: Sendable {
    /// The character set.
    public var encoding: CSVOutputEncoding
    /// The delimiter character.
    public var delimiter: Character
    /// The schema that names and orders the columns.
    public var schema: LedgerSchema

    /// Creates a writer.
    public init(encoding: CSVOutputEncoding = .utf8BOM, delimiter: Character = ",", schema: LedgerSchema = .standard) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.schema = schema
    }

    /// The bytes of the ledger as CSV, lines ending in CRLF (RFC 4180).
    ///
    /// Cells that would start a formula are guarded (see ``FormulaGuard``).
    public func bytes(for ledger: Ledger) -> [UInt8] {
        let grid = LedgerGrid(ledger, schema: schema)
        var text = ""
        for row in grid.rows {
            var cells = row.cells
            if cells.count < grid.columns.count {
                cells += Array(repeating: "", count: grid.columns.count - cells.count)
            }
            text += cells.map { quoted(FormulaGuard.guarded($0)) }.joined(separator: String(delimiter))
            text += "\r\n"
        }
        let utf8 = Array(text.utf8)
        switch encoding {
        case .utf8BOM:
            return [0xEF, 0xBB, 0xBF] + utf8
        case .utf8:
            return utf8
        case .gb18030:
            // GB18030 maps every Unicode scalar, and Swift strings hold no lone surrogates, so this cannot fail.
            return (try? TextEncoder.encode(text, as: "GB18030", file: "")) ?? utf8
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
