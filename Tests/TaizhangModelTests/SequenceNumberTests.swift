// SPDX-License-Identifier: Apache-2.0
// Sequence numbers (序号) in every form LEDGER-SPEC §1 lists, and the ones that are malformed.

import Testing
import TaizhangModel

struct SequenceNumberTests {
    typealias C = SequenceNumber.Component

    @Test(arguments: [
        ("1", [C(style: .arabic, value: 1)]),
        ("12", [C(style: .arabic, value: 12)]),
        ("１２", [C(style: .arabic, value: 12)]),
        ("3.", [C(style: .arabic, value: 3)]),
        ("一", [C(style: .chinese, value: 1)]),
        ("二、", [C(style: .chinese, value: 2)]),
        ("十二", [C(style: .chinese, value: 12)]),
        ("二十一", [C(style: .chinese, value: 21)]),
        ("（三）", [C(style: .parenthesizedChinese, value: 3)]),
        ("(一)", [C(style: .parenthesizedChinese, value: 1)]),
        ("（二十二）", [C(style: .parenthesizedChinese, value: 22)]),
        ("(1)", [C(style: .parenthesizedArabic, value: 1)]),
        ("（１）", [C(style: .parenthesizedArabic, value: 1)]),
        ("①", [C(style: .circled, value: 1)]),
        ("⑳", [C(style: .circled, value: 20)]),
        ("1.2", [C(style: .arabic, value: 1), C(style: .arabic, value: 2)]),
        (
            "一.1.(1)",
            [C(style: .chinese, value: 1), C(style: .arabic, value: 1), C(style: .parenthesizedArabic, value: 1)]
        ),
        (" 7 ", [C(style: .arabic, value: 7)]),
    ])
    func parsesWellFormedSequences(raw: String, components: [C]) {
        let sequence = SequenceNumber(raw)
        #expect(sequence.components == components)
        #expect(sequence.isWellFormed)
    }

    @Test(arguments: ["3O", "A", "1..2", "0", "(", "()", "一二", "1a", "—", "十十"])
    func rejectsMalformedSequences(raw: String) {
        #expect(SequenceNumber(raw).components == nil)
    }

    @Test func keepsRawTextTrimmed() {
        #expect(SequenceNumber("  （一）\n").raw == "（一）")
        #expect(SequenceNumber("").isEmpty)
    }

    @Test(arguments: [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九")])
    func writesChineseNumerals(value: Int, text: String) {
        #expect(ChineseNumeral.text(for: value) == text)
        #expect(ChineseNumeral.value(of: text) == value)
    }

    @Test func readsHundreds() {
        #expect(ChineseNumeral.value(of: "一百零五") == 105)
        #expect(ChineseNumeral.value(of: "一百") == 100)
    }
}
