// SPDX-License-Identifier: Apache-2.0
// Items a web page or a PDF ran together into one paragraph, split again at their numbers.

import TaizhangModel

/// Splits "1.……责任单位：A、B。2.……" into one piece per item.
///
/// A number inside a paragraph starts an item only where a sentence or a clause has just ended
/// (after 。；！？ or a closing bracket) and the document's own count expects it: the next value of
/// a kind already in use (the paragraph's own number counts), or "1" of a new kind when "2" of
/// that kind follows in the same paragraph.
enum RunOnItems {
    /// The pieces of a paragraph, given the last value of each kind of number seen before it.
    static func split(_ text: String, last: [MarkerKind: Int]) -> [String] {
        var expected: [MarkerKind: Int] = last.mapValues { $0 + 1 }
        if let own = NumberedLine(text)?.reading(last: last, lastMajor: nil), own.kind != .decimal {
            expected[own.kind] = own.value + 1
        }
        let candidates = starts(in: text)
        var cuts: [String.Index] = []
        for (offset, candidate) in candidates.enumerated() where candidate.number.kind != .decimal {
            let number = candidate.number
            if let next = expected[number.kind] {
                guard number.value == next else { continue }
            } else {
                let continues = candidates[(offset + 1)...].contains {
                    $0.number.kind == number.kind && $0.number.value == 2
                }
                guard number.value == 1, !number.glued, continues else { continue }
            }
            expected[number.kind] = number.value + 1
            cuts.append(candidate.index)
        }
        guard !cuts.isEmpty else { return [text] }
        var pieces: [String] = []
        var start = text.startIndex
        for cut in cuts {
            let piece = String(text[start..<cut]).trimmingLedgerWhitespace()
            if !piece.isEmpty { pieces.append(piece) }
            start = cut
        }
        pieces.append(String(text[start...]).trimmingLedgerWhitespace())
        return pieces
    }

    /// Places after a sentence or clause break where an item number stands.
    private static func starts(in text: String) -> [(index: String.Index, number: NumberedLine)] {
        var result: [(String.Index, NumberedLine)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard "。；;！!？?）)】".contains(character) else { continue }
            var start = index
            while start < text.endIndex, text[start] == " " || text[start] == "\u{3000}" {
                start = text.index(after: start)
            }
            // The number and a few characters after it decide (a long paragraph is not copied each time).
            guard start < text.endIndex, let number = NumberedLine(String(text[start...].prefix(16))) else { continue }
            result.append((start, number))
        }
        return result
    }
}
