// SPDX-License-Identifier: Apache-2.0
// Text a workbook cannot hold: control characters removed and counted, overlong cells refused.

import Testing
import TaizhangXLSXWriter

struct CellTextSanitizerTests {
    @Test func keepsOrdinaryTextUntouched() {
        let text = "加强公立医院党的建设。\n\t第二行"
        #expect(CellTextSanitizer.clean(text) == (text, 0))
    }

    @Test func removesControlCharactersAndCountsThem() {
        let (text, removed) = CellTextSanitizer.clean("市卫生\u{0B}健康局\u{01}\u{1F}\u{FFFE}")
        #expect(text == "市卫生健康局")
        #expect(removed == 4)
    }

    /// The scan reads eight bytes at a time: a character at any offset, or split across two words, is found.
    @Test(arguments: 0..<17)
    func findsAControlCharacterAtAnyOffset(offset: Int) {
        let padding = String(repeating: "a", count: offset)
        #expect(CellTextSanitizer.clean(padding + "\u{01}" + "bcdefghij").removed == 1)
        #expect(CellTextSanitizer.clean(padding + "\u{FFFF}" + "bcdefghij").removed == 1)
        #expect(CellTextSanitizer.clean(padding + "\u{FFFD}\u{EFEF}，\n\t").removed == 0, "near misses are kept")
    }

    @Test func makesCarriageReturnsLineFeeds() {
        #expect(CellTextSanitizer.clean("一\r\n二\r三").text == "一\n二\n三")
        #expect(CellTextSanitizer.clean("一\r\n二").removed == 0)
    }

    @Test func measuresLengthInUTF16AsExcelDoes() {
        #expect(!CellTextSanitizer.isTooLong(String(repeating: "字", count: 32_767)))
        #expect(CellTextSanitizer.isTooLong(String(repeating: "字", count: 32_768)))
        // An astral character is two UTF-16 units in Excel's count.
        #expect(CellTextSanitizer.isTooLong(String(repeating: "𠀀", count: 16_384)))
        #expect(!CellTextSanitizer.isTooLong(String(repeating: "a", count: 32_767)))
    }
}
