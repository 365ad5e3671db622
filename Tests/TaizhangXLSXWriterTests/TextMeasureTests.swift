// SPDX-License-Identifier: Apache-2.0
// How text wraps: CJK at one em, Latin words kept whole, closing punctuation never first on a line.

import Testing
@testable import TaizhangXLSXWriter

struct TextMeasureTests {
    /// A column exactly `characters` CJK characters of 12 pt wide.
    private func width(_ characters: Double) -> Double { characters * 12 }

    @Test(arguments: [
        ("", 10.0, 1),
        ("一二三四五", 5.0, 1),
        ("一二三四五六", 5.0, 2),
        ("一二三四五六七八九十一", 5.0, 3),
        ("一二\n三", 5.0, 2),
        ("一\n\n二", 5.0, 3),
    ])
    func countsLinesOfChineseText(text: String, characters: Double, lines: Int) {
        #expect(TextMeasure.lineCount(of: text, width: width(characters), fontSize: 12) == lines)
    }

    @Test func aClosingCommaTakesThePreviousCharacterDown() {
        // Five fit, and "，" may not open the second line: "五，" moves down together.
        #expect(TextMeasure.lineCount(of: "一二三四五，六", width: width(5), fontSize: 12) == 2)
        #expect(TextMeasure.lineCount(of: "一二三四五，六七八九", width: width(5), fontSize: 12) == 3)
    }

    @Test func latinWordsWrapWhole() {
        // "abcdefgh" is 8 × 0.55 em = 4.4 em: it does not fit after 3 CJK characters in 5 em.
        #expect(TextMeasure.lineCount(of: "一二三abcdefgh", width: width(5), fontSize: 12) == 2)
        // Latin text is about half as wide as Chinese: 18 digits fit in 10 em.
        #expect(TextMeasure.lineCount(of: "123456789012345678", width: width(10), fontSize: 12) == 1)
    }

    @Test func aWordLongerThanTheLineBreaksAnywhere() {
        let long = String(repeating: "a", count: 40)  // 22 em
        #expect(TextMeasure.lineCount(of: long, width: width(10), fontSize: 12) == 3)
    }

    @Test func rowHeightGrowsWithLinesAndStopsAtExcelsMaximum() {
        let one = TextMeasure.rowHeight(lines: 1, fontSize: 12)
        let three = TextMeasure.rowHeight(lines: 3, fontSize: 12)
        #expect(one >= 16.8 && one <= 22)
        #expect(three > 2.9 * (one - 4))
        #expect(TextMeasure.rowHeight(lines: 500, fontSize: 12) == 409)
    }

    @Test func columnPointsMatchExcelsPixelRule() {
        // Excel: width 60 → 425 px; less the cell padding, at 0.75 pt per pixel.
        #expect(TextMeasure.columnPoints(width: 60) == (425 - 6) * 0.75)
    }
}
