// SPDX-License-Identifier: Apache-2.0
// The file formats taizhang reads and writes, told from a file's extension.

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

    /// The format a path's extension names: .xlsx/.xlsm, .csv, .tsv, .txt (tab or comma, sniffed), .json.
    public static func from(path: String) -> LedgerFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "txt": return .csv  // the delimiter is sniffed, so tab-separated text reads too
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        default: return nil
        }
    }

    /// The extension of a path, for messages ("" when it has none).
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[dot...])
    }
}
