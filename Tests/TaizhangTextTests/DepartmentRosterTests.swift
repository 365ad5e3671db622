// SPDX-License-Identifier: Apache-2.0
// The roster file format of LEDGER-SPEC §3: canonical name first, aliases after tabs or commas.

import Testing
import TaizhangText

struct DepartmentRosterTests {
    static let text = """
        # 同仁市部门名录
        市人力资源和社会保障局\t市人社局\t市人力资源社会保障局

        市医疗保障局，市医保局
          市卫生健康局 , 市卫健局
        市财政局
        市医疗保障局\t重复的一行
        """

    @Test func readsCanonicalNamesAndAliases() {
        let roster = DepartmentRoster(text: Self.text)
        #expect(roster.names == ["市人力资源和社会保障局", "市医疗保障局", "市卫生健康局", "市财政局"])
        #expect(roster.departments[0].aliases == ["市人社局", "市人力资源社会保障局"])
        #expect(roster.canonicalName(for: "市医保局") == "市医疗保障局")
        #expect(roster.canonicalName(for: " 市卫健局 ") == "市卫生健康局")
        #expect(roster.canonicalName(for: "市财政局") == "市财政局")
        #expect(roster.canonicalName(for: "市保障局") == nil)
        #expect(roster.canonicalName(for: "重复的一行") == nil, "a repeated department's line is skipped whole")
    }

    @Test func commentsAndBlankLinesNameNobody() {
        #expect(DepartmentRoster(text: "# 只有注释\n\n   \n").isEmpty)
        #expect(DepartmentRoster(text: "市财政局\r\n市审计局\r\n").names == ["市财政局", "市审计局"])
    }
}
