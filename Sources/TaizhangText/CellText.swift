// SPDX-License-Identifier: Apache-2.0
// Cleaning a cell's text as clerks leave it: stray whitespace, CRLF, and "——" meaning none.

import Foundation
import TaizhangModel

/// The small rules every cell goes through before it is interpreted.
public enum CellText {
    /// The cell's text trimmed of whitespace of any width, with CRLF and CR line breaks made LF.
    ///
    /// Inner text is kept as written: a task's own spaces and line breaks are its author's.
    public static func clean(_ text: String) -> String {
        if text.isEmpty { return text }
        var copy = text
        let (hasEdges, hasCarriageReturn) = copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return (false, false) }
            return (Unicode.Scalar.ledgerWhitespaceAtEnds(of: bytes), memchr(base, 0x0D, bytes.count) != nil)
        }
        var trimmed = hasEdges ? text.trimmingLedgerWhitespace() : text
        if hasCarriageReturn {
            trimmed = trimmed.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return trimmed
    }

    /// Whether a cell says "none": empty, dashes of any kind ("——", "—", "-", "－"), "/", "无", "暂无".
    public static func isPlaceholder(_ text: String) -> Bool {
        // Quick answer for the common case: text whose first visible character starts no placeholder.
        guard var first = text.unicodeScalars.first else { return true }
        if first.isLedgerWhitespace {
            guard let visible = text.unicodeScalars.first(where: { !$0.isLedgerWhitespace }) else { return true }
            first = visible
        }
        if !isDash(first), !mayStartPlaceholderWord(first) { return false }
        let folded = text.halfWidthFolded.trimmingLedgerWhitespace()
        if folded.isEmpty { return true }
        if folded.unicodeScalars.allSatisfy(isDash) { return true }
        return wordPlaceholders.contains(folded)
    }

    /// The cleaned text, or `nil` when the cell is empty or a placeholder.
    public static func value(_ text: String) -> String? {
        let cleaned = clean(text)
        return isPlaceholder(cleaned) ? nil : cleaned
    }

    /// Whether a character is a dash clerks type for "none": hyphen-minus, the dash family
    /// (‐ ‑ ‒ – — ―), box-drawing lines (─ ━) and tildes (~ ～). A switch, not a set: every cell
    /// of a ledger asks it.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x7E, 0x2010...0x2015, 0x2500, 0x2501, 0xFF5E: return true
        default: return false
        }
    }

    private static let wordPlaceholders: Set<String> = ["/", "\\", "无", "暂无", "没有", "N/A", "n/a", "NA"]

    /// Whether a character may begin one of the placeholder words: / \ 无 暂 没 N n, or their
    /// full-width forms (／ ＼ Ｎ ｎ, and － ～).
    private static func mayStartPlaceholderWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "\\", "无", "暂", "没", "N", "n", "／", "＼", "Ｎ", "ｎ", "－", "～": return true
        default: return false
        }
    }
}
