// SPDX-License-Identifier: Apache-2.0
// The memo index: texts numbered by exact bytes, grown as they come, forgotten when full.

import Testing

@testable import TaizhangModel

struct TextIndexTests {
    @Test func numbersEachDistinctTextOnceAndFindsItAgain() {
        var index = TextIndex(capacity: 10_000)
        // Past the first slots, so the table grows and places every text again several times.
        let texts = (0..<3_000).map { "市卫生健康局第\($0)科" } + ["", "a", "a\u{0}", "e\u{301}", "\u{E9}"]
        for (number, text) in texts.enumerated() {
            #expect(index.number(of: ExactText(text)) == nil, "\(text) is new")
            let added = index.add(ExactText(text))
            #expect(added.number == number && !added.forgotEarlier, "\(text)")
        }
        for (number, text) in texts.enumerated() {
            #expect(index.number(of: ExactText(text)) == number, "\(text)")
        }
        // By bytes, not by Unicode equivalence: é composed and decomposed are two texts.
        #expect(index.number(of: ExactText("e\u{301}")) != index.number(of: ExactText("\u{E9}")))
        #expect(index.number(of: ExactText("市卫生健康局")) == nil)
    }

    @Test func forgetsEverythingWhenFullAndNumbersFromZeroAgain() {
        var index = TextIndex(capacity: 3)
        for text in ["甲", "乙", "丙"] { #expect(!index.add(ExactText(text)).forgotEarlier) }
        let fourth = index.add(ExactText("丁"))
        #expect(fourth.forgotEarlier && fourth.number == 0)
        #expect(index.number(of: ExactText("甲")) == nil)
        #expect(index.number(of: ExactText("丁")) == 0)
        #expect(index.add(ExactText("甲")) == (1, false))
    }
}
