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
    public static func split(_ text: String) -> [DepartmentMention] {
        if CellText.isPlaceholder(text) { return [] }
        var pieces = rawPieces(text)
        pieces = joinContinuations(pieces)
        return pieces.compactMap { mention(from: $0.text) }
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
        let brokenLine = piece.separatorBefore.contains("\n") || piece.separatorBefore.contains("\r")
        return brokenLine && ["和", "与", "及"].contains(where: { piece.text.hasPrefix($0) })
    }

    // MARK: - Splitting

    private struct Piece {
        var text: String
        /// The separator that ended the piece before this one ("" for the first).
        var separatorBefore: String
    }

    private static let separators: Set<Unicode.Scalar> = Set("、，,；; \u{3000}\n\r\t/／|".unicodeScalars)
    private static let openers: Set<Unicode.Scalar> = Set("（(【[〔《<".unicodeScalars)
    private static let closers: Set<Unicode.Scalar> = Set("）)】]〕》>".unicodeScalars)

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
            if openers.contains(scalar) { depth += 1 }
            if closers.contains(scalar) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(scalar) {
                if let start = pieceStart {
                    pieces.append(
                        Piece(
                            text: String(text[start..<index]),
                            separatorBefore: String(text[separatorStart..<start])))
                    pieceStart = nil
                    separatorStart = index
                }
            } else if pieceStart == nil {
                pieceStart = index
            }
            index = scalars.index(after: index)
        }
        if let start = pieceStart {
            pieces.append(Piece(text: String(text[start...]), separatorBefore: String(text[separatorStart..<start])))
        }
        return pieces
    }

    /// Puts back together what a separator wrongly cut: "各区、县（市）政府", and a name broken by
    /// a line break ("人力资源\n和社会保障局").
    private static func joinContinuations(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            guard var last = result.last else {
                result.append(piece)
                continue
            }
            let continuesName = continuesNameAcrossLineBreak(piece)
            if isBareDivision(last.text) || continuesName {
                let glue = continuesName ? "" : piece.separatorBefore.first.map(String.init) ?? ""
                last.text += glue + piece.text
                result[result.count - 1] = last
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// "各区", "各县", "各乡镇": a collective that only becomes a unit with what follows it.
    private static func isBareDivision(_ text: String) -> Bool {
        guard text.hasPrefix("各"), text.count <= 4, let last = text.last else { return false }
        return "区县市乡镇州旗".contains(last)
    }

    /// The marks offices put beside a lead department: ▲ △ ★ ☆ * ＊.
    private static func isLeadMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "▲", "△", "★", "☆", "*", "＊": return true
        default: return false
        }
    }

    private static func mention(from piece: String) -> DepartmentMention? {
        var name = piece.trimmingLedgerWhitespace()
        var marked = false
        // The mark before the name ("▲市卫健委") or after it ("市卫健委▲"), as offices write both.
        while let first = name.unicodeScalars.first, isLeadMark(first) {
            name.removeFirst()
            marked = true
        }
        while let last = name.unicodeScalars.last, isLeadMark(last) {
            name.removeLast()
            marked = true
        }
        for suffix in ["（牵头）", "(牵头)", "牵头"] where name.count > suffix.count && name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            marked = true
            break
        }
        if name.count > 3, name.hasSuffix("等") { name.removeLast() }
        name = name.trimmingLedgerWhitespace()
        if CellText.isPlaceholder(name) { return nil }
        return DepartmentMention(name: name, isMarkedLead: marked)
    }
}
