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
    /// How far the text stood from the left edge, in display columns (a Chinese character or a
    /// full-width space is two): where a cell of a table laid out with spaces begins.
    public var indent: Int = 0
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
        raw.enumerated().map { offset, line in
            let leading = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}" }
            return NoticeLine(number: offset + 1, text: trim(line), indent: displayWidth(leading))
        }
    }

    /// The columns a text takes on a terminal or in a monospaced layout: two for a Chinese
    /// character or other wide form, one for the rest.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let wide =
                (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value) || scalar.value == 0x3000
            return width + (wide ? 2 : 1)
        }
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
