// SPDX-License-Identifier: Apache-2.0
// Estimating how wide text is and how many lines it wraps to, since no spreadsheet writer does it.

import Foundation

/// Widths and heights for cells, computed the way Excel and LibreOffice lay out wrapped text.
///
/// Spreadsheet programs do not grow a row to fit wrapped text written by another program, so a
/// ledger printed without computed heights cuts tasks off. A CJK character is one em wide (about
/// two Latin characters); Latin letters and digits are about half an em and wrap as whole words;
/// closing punctuation (，。、）) never starts a line, so the character before it moves down too.
/// The estimate errs towards one line too many rather than one too few.
public enum TextMeasure {
    /// Excel's default font puts 7 pixels in a character unit, plus 5 pixels of padding.
    private static let pixelsPerUnit = 7.0
    /// The tallest row Excel allows, in points.
    public static let maximumRowHeight = 409.0

    /// The printable width in points of a column `width` character units wide.
    public static func columnPoints(width: Double) -> Double {
        let pixels = (width * pixelsPerUnit + 5).rounded(.down)
        return max(pixels - 6, 1) * 0.75
    }

    /// The number of lines `text` wraps to in a cell `width` points wide, in a font of `fontSize`.
    ///
    /// - Complexity: one pass over the text's UTF-8, without decoding it into a new string.
    public static func lineCount(of text: String, width: Double, fontSize: Double) -> Int {
        let limit = width / fontSize
        // No character is wider than 0.55 em per UTF-8 byte: a short cell without a line break
        // is one line, known without decoding it.
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 1 }
            if Double(bytes.count) * 0.55 <= limit, memchr(base, 0x0A, bytes.count) == nil { return 1 }
            return lineCount(base, bytes.count, limit: limit)
        }
    }

    private static func lineCount(_ bytes: UnsafePointer<UInt8>, _ count: Int, limit: Double) -> Int {
        var lines = 1
        var used = 0.0
        var previous = 0.0
        var word = 0.0
        var index = 0
        while true {
            // Decode the next scalar; the string is valid UTF-8, so its continuation bytes exist.
            var scalar: UInt32 = 0x0A
            let atEnd = index >= count
            if !atEnd {
                let lead = bytes[index]
                if word == 0, lead >= 0xE4, lead <= 0xE9 {
                    // U+4000–U+9FFF, the ideographs of almost every cell: one em, never a word
                    // character nor closing punctuation, so no need to decode them.
                    if used + 1 > limit, used > 0 {
                        lines += 1
                        used = 0
                    }
                    used += 1
                    previous = 1
                    index &+= 3
                    continue
                }
                if lead < 0x80 {
                    scalar = UInt32(lead)
                    index &+= 1
                } else if lead < 0xE0 {
                    scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index &+ 1] & 0x3F)
                    index &+= 2
                } else if lead < 0xF0 {
                    scalar =
                        (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index &+ 1] & 0x3F) << 6)
                        | UInt32(bytes[index &+ 2] & 0x3F)
                    index &+= 3
                } else {
                    scalar = 0x10000
                    index &+= 4
                }
                if isWordCharacter(scalar) {
                    word += 0.55
                    continue
                }
            }
            if word > 0 {
                // A Latin word wraps whole; one longer than the line breaks anywhere.
                if word > limit {
                    let total = used + word
                    lines += Int((total / limit).rounded(.down))
                    used = total.truncatingRemainder(dividingBy: limit)
                } else {
                    if used + word > limit, used > 0 {
                        lines += 1
                        used = 0
                    }
                    used += word
                }
                previous = 0
                word = 0
            }
            if atEnd { return lines }
            if scalar == 0x0A {
                lines += 1
                used = 0
                previous = 0
                continue
            }
            let advance = advance(of: scalar)
            if used + advance > limit, used > 0 {
                lines += 1
                if isClosingPunctuation(scalar) {
                    // The punctuation may not start a line: it takes the character before it along.
                    used = previous + advance
                    previous = advance
                    continue
                }
                used = 0
            }
            used += advance
            previous = advance
        }
    }

    /// The row height in points that shows `lines` lines of a font of `fontSize`, with padding,
    /// at most Excel's 409 points.
    public static func rowHeight(lines: Int, fontSize: Double) -> Double {
        min((Double(lines) * fontSize * 1.4 + 4).rounded(.up), maximumRowHeight)
    }

    /// A character's advance in ems.
    static func advance(of scalar: UInt32) -> Double {
        switch scalar {
        case 0x20: 0.3
        case 0x21...0x7E: 0.55
        case 0xA0...0x2012: 0.6
        default: 1
        }
    }

    private static func isWordCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    private static func isClosingPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x201D, 0x2019,
            0x3011, 0xFF05, 0x2026:
            true
        default: false
        }
    }
}
