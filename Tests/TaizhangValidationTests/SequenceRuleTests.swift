// SPDX-License-Identifier: Apache-2.0
// duplicate-sequence, sequence-gap, sequence-order, malformed-sequence within each section.

import Testing
import TaizhangModel
import TaizhangValidation

struct SequenceRuleTests {
    let rule = SequenceRule()

    @Test func findsGapsOrderAndRepeats() {
        #expect(
            Harness.table(
                [
                    "1,任务一,市财政局,,12月底",
                    "2,任务二,市财政局,,12月底",
                    "4,任务四,市财政局,,12月底",
                    "3,任务三,市财政局,,12月底",
                    "3,任务三又,市财政局,,12月底",
                ], rule: rule) == ["A5 sequence-gap", "A6 sequence-order", "A7 duplicate-sequence"])
    }

    @Test func theRepeatNamesTheEarlierRow() {
        let findings = Harness.findings(["1,甲,市财政局,,12月底", "1,乙,市财政局,,12月底"], rule: rule)
        #expect(findings.first?.arguments["other"] == "3")
    }

    @Test func aLetterOIsMalformedOnItsOwnRow() {
        #expect(
            Harness.table(["1,甲,市财政局,,12月底", "2,乙,市财政局,,12月底", "3O,丙,市财政局,,12月底"], rule: rule)
                == ["A5 malformed-sequence"])
    }

    @Test func eachSectionCountsOnItsOwn() {
        #expect(
            Harness.table(
                [
                    "一,第一部分,,,",
                    "1,甲,市财政局,,12月底",
                    "2,乙,市财政局,,12月底",
                    "二,第二部分,,,",
                    "1,丙,市财政局,,12月底",
                    "2,丁,市财政局,,12月底",
                ], rule: rule
            ).isEmpty)
    }

    @Test func continuousNumberingAcrossSectionsIsFine() {
        #expect(
            Harness.table(
                [
                    "一,第一部分,,,", "1,甲,市财政局,,12月底", "2,乙,市财政局,,12月底",
                    "二,第二部分,,,", "3,丙,市财政局,,12月底",
                ], rule: rule
            ).isEmpty)
    }
}
