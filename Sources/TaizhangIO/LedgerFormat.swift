// SPDX-License-Identifier: Apache-2.0
// The file formats taizhang reads and writes, told from a file's extension and, for reading, its content.

import Foundation
import TaizhangFileKind
import TaizhangModel

/// A ledger file format.
public enum LedgerFormat: String, Sendable, CaseIterable {
    /// Comma-separated values (any of the encodings clerks' programs write).
    case csv
    /// Tab-separated values, including Excel's "Unicode text".
    case tsv
    /// The interchange JSON of LEDGER-SPEC §7.
    case json
    /// An Excel workbook (.xlsx, .xlsm); read only, for now.
    case xlsx
    /// An Excel 97–2003 workbook (.xls, WPS's .et) or Excel 2003 XML Spreadsheet; read only.
    case xls
    /// An HTML table (.htm, .html); read only.
    case html

    /// The format a path's extension names: .xlsx/.xlsm, .xls/.et, .htm/.html, .csv, .tsv, .txt
    /// (tab or comma, sniffed), .json.
    public static func from(path: String) -> LedgerFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "txt": return .csv  // the delimiter is sniffed, so tab-separated text reads too
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        case "xls", "et": return .xls
        case "htm", "html": return .html
        default: return nil
        }
    }

    /// Whether taizhang writes this format (it reads them all).
    public var isWritable: Bool { self != .xls && self != .html }

    /// The format a file is read as: the one its content shows when that differs from its name
    /// (an HTML export named .xls, an .xls named .xlsx), else the one its extension names.
    ///
    /// - Throws: ``LedgerReadError`` naming a file of a kind taizhang cannot read (a PDF, a Word
    ///   document, an encrypted workbook), with what to do.
    public static func detect(path: String, file: String) throws(LedgerReadError) -> LedgerFormat? {
        let named = from(path: path)
        guard named != .json, let kind = FileKind.sniff(path: path) else { return named }
        if let error = kind.unreadableError(file: file), kind != .empty { throw error }
        let workbookNamed = named == .xls || named == .xlsx || named == .html
        let readableAsET: Set<FileKind> = [.biffWorkbook, .workbook, .spreadsheetXML, .empty]
        if fileExtension(of: path).lowercased() == ".et", !readableAsET.contains(kind) {
            throw LedgerReadError(
                .wpsSpreadsheet, at: SourceLocation(file: file), arguments: ["reason": "not-a-biff-workbook"])
        }
        switch kind {
        case .biffWorkbook, .spreadsheetXML: return .xls
        case .html: return .html
        case .workbook: return .xlsx
        // Some systems export tab- or comma-separated text as .xls: the CSV reader sniffs which.
        case .text where named == .xls || named == .html: return .csv
        // Text with no name to go by (standard input, a file without an extension): interchange
        // JSON when it opens an object, else delimited text.
        case .text where named == nil: return opensJSONObject(path) ? .json : .csv
        case .empty where named == nil: throw LedgerReadError(.emptyFile, at: SourceLocation(file: file))
        case .binary where workbookNamed:
            throw LedgerReadError(
                .damagedWorkbook, at: SourceLocation(file: file),
                arguments: ["reason": "no-known-spreadsheet-format"])
        default: return named
        }
    }

    /// Whether a text file's first visible character is "{".
    private static func opensJSONObject(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let visible = head.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return visible.first == UInt8(ascii: "{")
    }

    /// The extension of a path, for messages ("" when it has none).
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[dot...])
    }
}
