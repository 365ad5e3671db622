// SPDX-License-Identifier: Apache-2.0
// Section headings, the ledger year in a title, and cell cleaning.

import Testing
import TaizhangModel
import TaizhangText

struct SmallParsersTests {
    @Test(arguments: [
        ("二 深化医疗保障制度改革", "二", "深化医疗保障制度改革"),
        ("三、健全药品供应保障体系", "三", "健全药品供应保障体系"),
        ("（一）推动公立医院高质量发展", "（一）", "推动公立医院高质量发展"),
        ("(二) 深化改革", "(二)", "深化改革"),
        ("十二．其他", "十二", "其他"),
    ])
    func splitsSectionHeadings(text: String, numeral: String, title: String) throws {
        let split = try #require(SectionHeadingParser.split(text))
        #expect(split.sequence.raw == numeral)
        #expect(split.title == title)
    }

    @Test(arguments: ["一体化推进医共体建设", "深化改革", "（一）", "二"])
    func refusesTextThatIsNotANumberedHeading(text: String) {
        #expect(SectionHeadingParser.split(text) == nil)
    }

    @Test(
        arguments: [
            ("同仁市2021年综合医改重点工作台账", 2021), ("同仁市 2021 年综合医改重点工作台账", 2021),
            ("２０２２年重点工作", 2022), ("遂府办函〔2021〕40号", nil), ("12021年", nil), ("重点工作台账", nil),
        ] as [(String, Int?)])
    func findsTheLedgerYear(title: String, year: Int?) {
        #expect(LedgerYear.find(in: title) == year)
    }

    @Test func cleansCells() {
        #expect(CellText.clean("\u{3000} 市财政局\u{00A0}\r\n") == "市财政局")
        #expect(CellText.clean("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行")
        #expect(CellText.value("——") == nil)
        #expect(CellText.value(" 已完成 ") == "已完成")
    }
}

struct DocumentNumberTests {
    @Test(arguments: [
        ("遂府办函〔2021〕40号", "遂府办函〔2021〕40号"),
        ("关于印发的通知（绍政发[2016]36号）", "绍政发[2016]36号"),
        ("文号：同政办〔2021〕14号  填报日期：2021年10月", "同政办〔2021〕14号"),
        ("国办发［２０２１］２０号", "国办发［２０２１］２０号"),
    ])
    func findsDocumentNumbers(text: String, number: String) {
        #expect(DocumentNumber.find(in: text) == number)
    }

    @Test(arguments: ["同仁市2021年综合医改重点工作台账", "〔2021〕40号", "遂府办函〔2021〕号", "（一）推进改革"])
    func findsNoneWhereThereIsNone(text: String) {
        #expect(DocumentNumber.find(in: text) == nil)
    }
}
