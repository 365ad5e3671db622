// SPDX-License-Identifier: Apache-2.0
// A notice as lines of text: from a text file (UTF-8 or GB18030) or a Word document.

import TaizhangCSV
import TaizhangModel
import TaizhangXLSX

/// One line of a notice, numbered from 1 as an editor shows it.
public struct NoticeLine: Sendable, Equatable {
    /// The line number.
    public var number: Int
    /// The text, trimmed of whitespace of any width at both ends (tabs inside kept: they separate table cells).
    public var text: String
}

/// Reads a notice into lines.
public enum NoticeText {
    /// The lines of a .txt (UTF-8, UTF-16 or GB18030, detected) or .docx notice.
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read or decoded.
    public static func lines(path: String, name: String? = nil) throws(LedgerReadError) -> [NoticeLine] {
        let file = name ?? path
        let raw: [String]
        if path.lowercased().hasSuffix(".docx") {
            raw = try WordDocument.lines(path: path, name: file)
        } else {
            let bytes = try FileBytes.read(path: path, file: file)
            let utf8 = try TextDecoder.decode(bytes, file: file).utf8
            raw = String(decoding: utf8, as: UTF8.self)
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                .map(String.init)
        }
        return lines(raw)
    }

    /// Numbered, trimmed lines of text.
    public static func lines(_ raw: [String]) -> [NoticeLine] {
        raw.enumerated().map { NoticeLine(number: $0.offset + 1, text: trim($0.element)) }
    }

    /// Trims spaces of any width at both ends, but keeps a tab that ends an empty table cell.
    static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first != "\t", first.properties.isWhitespace || first == "\u{FEFF}" {
            scalars.removeFirst()
        }
        while let last = scalars.last, last != "\t", last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
