// SPDX-License-Identifier: Apache-2.0
// Splitting a department cell into names (LEDGER-SPEC §3) without breaking names that hold a separator.

import TaizhangModel

/// One department named in a cell, with the lead marks clerks put on it.
public struct DepartmentMention: Sendable, Equatable {
    /// The name, trimmed, with marks ("▲", "（牵头）") and a trailing "等" removed.
    public var name: String
    /// Whether the name was marked as the lead: "▲市卫健委", "市卫健委▲", "市卫健委（牵头）".
    public var isMarkedLead: Bool

    /// Creates a mention.
    public init(name: String, isMarkedLead: Bool = false) {
        self.name = name
        self.isMarkedLead = isMarkedLead
    }
}

/// Splits the text of a department cell into the departments it names.
///
/// Separators are 、 ， , ； ; spaces of any width, line breaks and "/". Nothing inside brackets is
/// split ("各县（市、区）人民政府"), and a bare "各区" before "县（市）政府" stays with it
/// ("各区、县（市）政府" is one unit). Placeholders ("——", "无") name nobody.
public enum DepartmentList {
    /// The departments a cell names, in order, without duplicates removed (the validator reports those).
    ///
    /// Every task row asks this of two cells, so the text is walked by Unicode scalars with
    /// switches, and each name becomes a `String` once, when it is kept.
    public static func split(_ text: String) -> [DepartmentMention] {
        if CellText.isPlaceholder(text) { return [] }
        return joinContinuations(rawPieces(text)).compactMap { mention(from: $0.text) }
    }

    /// The department names of a cell, marks removed.
    public static func names(_ text: String) -> [String] {
        split(text).map(\.name)
    }

    /// Whether a line break cuts a department name in two ("人力资源\n和社会保障局"); the name is
    /// still read whole, but the cell should be tidied.
    public static func hasLineBreakInName(_ text: String) -> Bool {
        rawPieces(text).contains { continuesNameAcrossLineBreak($0) }
    }

    private static func continuesNameAcrossLineBreak(_ piece: Piece) -> Bool {
        let brokenLine = piece.separatorBefore.utf8.contains { $0 == 0x0A || $0 == 0x0D }
        guard brokenLine, let first = piece.text.unicodeScalars.first else { return false }
        return first == "和" || first == "与" || first == "及"
    }

    // MARK: - Splitting

    private struct Piece {
        var text: Substring
        /// The separator that ended the piece before this one ("" for the first).
        var separatorBefore: Substring
    }

    /// 、 ， , ； ; spaces, line breaks, tabs, / ／ and |.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", "，", ",", "；", ";", " ", "\u{3000}", "\n", "\r", "\t", "/", "／", "|": return true
        default: return false
        }
    }

    /// How a scalar changes the bracket depth: +1 opens, -1 closes, 0 neither.
    private static func bracketStep(_ scalar: Unicode.Scalar) -> Int {
        switch scalar {
        case "（", "(", "【", "[", "〔", "《", "<": return 1
        case "）", ")", "】", "]", "〕", "》", ">": return -1
        default: return 0
        }
    }

    /// Cuts the text at separators outside brackets, keeping each piece's preceding separator.
    private static func rawPieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var depth = 0
        var pieceStart: String.Index?
        var separatorStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            depth = max(0, depth + bracketStep(scalar))
            if depth == 0, isSeparator(scalar) {
                if let start = pieceStart {
                    pieces.append(Piece(text: text[start..<index], separatorBefore: text[separatorStart..<start]))
                    pieceStart = nil
                    separatorStart = index
                }
            } else if pieceStart == nil {
                pieceStart = index
            }
            scalars.formIndex(after: &index)
        }
        if let start = pieceStart {
            pieces.append(Piece(text: text[start...], separatorBefore: text[separatorStart..<start]))
        }
        return pieces
    }

    /// Puts back together what a separator wrongly cut: "各区、县（市）政府", and a name broken by
    /// a line break ("人力资源\n和社会保障局").
    private static func joinContinuations(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            guard var last = result.last else {
                result.append(piece)
                continue
            }
            let continuesName = continuesNameAcrossLineBreak(piece)
            if isBareDivision(last.text) || continuesName {
                let glue = continuesName ? "" : piece.separatorBefore.first.map(String.init) ?? ""
                last.text = Substring(last.text + glue + piece.text)
                result[result.count - 1] = last
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// "各区", "各县", "各乡镇": a collective that only becomes a unit with what follows it.
    private static func isBareDivision(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.first == "各", let last = scalars.last, scalars.count <= 4 else { return false }
        switch last {
        case "区", "县", "市", "乡", "镇", "州", "旗": return true
        default: return false
        }
    }

    /// The marks offices put beside a lead department: ▲ △ ★ ☆ * ＊.
    private static func isLeadMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "▲", "△", "★", "☆", "*", "＊": return true
        default: return false
        }
    }

    /// The words that mark a lead after its name, as scalars.
    private static let leadWords: [[Unicode.Scalar]] = ["（牵头）", "(牵头)", "牵头"].map { Array($0.unicodeScalars) }

    private static func mention(from piece: Substring) -> DepartmentMention? {
        var name = piece.unicodeScalars
        var marked = false
        trimWhitespace(&name)
        // The mark before the name ("▲市卫健委") or after it ("市卫健委▲"), as offices write both.
        while let first = name.first, isLeadMark(first) {
            name.removeFirst()
            marked = true
        }
        while let last = name.last, isLeadMark(last) {
            name.removeLast()
            marked = true
        }
        for word in leadWords where removeSuffix(word, from: &name) {
            marked = true
            break
        }
        // "等" ends a name of more than three characters (as the eye counts them).
        if name.last == "等", Substring(name).count > 3 { name.removeLast() }
        trimWhitespace(&name)
        let text = String(name)
        if CellText.isPlaceholder(text) { return nil }
        return DepartmentMention(name: text, isMarkedLead: marked)
    }

    /// Removes `suffix` from the end of `name` when the name is longer than it.
    private static func removeSuffix(_ suffix: [Unicode.Scalar], from name: inout Substring.UnicodeScalarView) -> Bool {
        guard name.last == suffix.last else { return false }
        var index = name.endIndex
        for scalar in suffix.reversed() {
            guard index > name.startIndex else { return false }
            name.formIndex(before: &index)
            guard name[index] == scalar else { return false }
        }
        guard index > name.startIndex else { return false }
        name = name[name.startIndex..<index]
        return true
    }

    private static func trimWhitespace(_ scalars: inout Substring.UnicodeScalarView) {
        while let first = scalars.first, first.isLedgerWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isLedgerWhitespace { scalars.removeLast() }
    }
}
