// SPDX-License-Identifier: Apache-2.0
// Excel 2003's XML Spreadsheet ("XML 表格"), which some systems still export, often named .xls.

import Foundation
import TaizhangModel
import TaizhangSheet

/// An XML Spreadsheet 2003 workbook, read whole (such files are small): its sheets with their
/// visibility, rows and merged ranges, cells formatted as the .xlsx reader formats them.
///
/// The XML is parsed by the same bounded expat parser as .xlsx parts: a DOCTYPE is refused, depth
/// and cell length are limited by ``ReadLimits``.
public struct SpreadsheetXMLWorkbook: Sendable {
    /// A worksheet.
    public struct Worksheet: Sendable {
        /// Its sheet: rows and merged ranges.
        public var sheet: Sheet
        /// Whether it is hidden.
        public var isHidden: Bool
    }

    /// The worksheets, in order.
    public var worksheets: [Worksheet]

    /// Reads the workbook at `path`.
    ///
    /// - Throws: ``LedgerReadError``: `file-not-found`, `file-unreadable`, `limit-exceeded` (a file
    ///   over `limits.maxPartBytes`), `malformed-xml`, `unsafe-xml`, `bad-cell-reference`.
    public init(path: String, name: String? = nil, limits: ReadLimits = ReadLimits()) throws(LedgerReadError) {
        let file = name ?? path
        let bytes = try SpreadsheetXMLWorkbook.bytes(path: path, file: file, limit: limits.maxPartBytes)
        let handler = SpreadsheetXMLHandler(file: file, limits: limits)
        let parser = XMLStreamParser(part: "Workbook", file: file, limits: limits, handler: handler)
        let failure: LedgerReadError? = bytes.withUnsafeBytes { buffer in
            do throws(LedgerReadError) {
                try parser.feed(buffer)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        try parser.finish()
        worksheets = handler.worksheets.map {
            Worksheet(sheet: Sheet(file: file, name: $0.name, rows: $0.rows, merges: $0.merges), isHidden: $0.isHidden)
        }
    }

    /// The file's bytes, refused past `limit` before they are read.
    private static func bytes(path: String, file: String, limit: Int) throws(LedgerReadError) -> [UInt8] {
        let location = SourceLocation(file: file)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw LedgerReadError(.fileNotFound, at: location)
        }
        guard (attributes[.size] as? Int ?? 0) <= limit else {
            throw LedgerReadError(
                .limitExceeded, at: location,
                arguments: [
                    "quantity": "file-bytes", "limit": String(limit), "part": "Workbook",
                ])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedgerReadError(.fileUnreadable, at: location, arguments: ["reason": "cannot-be-opened"])
        }
        return [UInt8](data)
    }
}
