// SPDX-License-Identifier: Apache-2.0
// unknown-department and department-alias with a roster; lead-is-cooperating; duplicate-department.

import Testing
import TaizhangModel
import TaizhangSheet
import TaizhangText
import TaizhangValidation

struct DepartmentRuleTests {
    static let roster = DepartmentRoster(
        text: """
            市卫生健康局\t市卫健局
            市医疗保障局\t市医保局
            市人力资源和社会保障局\t市人社局
            市财政局
            """)

    @Test func unknownNamesGetTheNearestRosterNames() {
        let findings = Harness.findings(["1,甲,市保障局,市财政厅,12月底"], rule: RosterRule(), roster: Self.roster)
        #expect(findings.map(\.summary) == ["C3 unknown-department", "D3 unknown-department"])
        #expect(findings.first?.suggestions.first == "市医疗保障局")
        #expect(findings.last?.suggestions == ["市财政局"])
    }

    @Test func aShortFormNotInTheRosterStillFindsItsLongName() {
        let roster = DepartmentRoster(text: "市人力资源和社会保障局\n市财政局\n")
        let findings = Harness.findings(["1,甲,市人社局,,12月底"], rule: RosterRule(), roster: roster)
        #expect(findings.map(\.code) == [.unknownDepartment])
        #expect(findings.first?.suggestions == ["市人力资源和社会保障局"])
    }

    @Test func anAliasGivesTheCanonicalName() {
        let findings = Harness.findings(["1,甲,市医保局,,12月底"], rule: RosterRule(), roster: Self.roster)
        #expect(findings.map(\.summary) == ["C3 department-alias"])
        #expect(findings.first?.suggestions == ["市医疗保障局"] && findings.first?.severity == .info)
    }

    @Test func knownNamesAndNoRosterGiveNothing() {
        #expect(Harness.table(["1,甲,市医疗保障局,市财政局,12月底"], rule: RosterRule(), roster: Self.roster).isEmpty)
        #expect(Harness.table(["1,甲,市保障局,,12月底"], rule: RosterRule()).isEmpty)
    }

    @Test func aDepartmentLeadingAndCooperating() {
        #expect(
            Harness.table(["1,甲,市卫生健康局,市卫生健康局、市财政局,12月底"], rule: LeadIsCooperatingRule())
                == ["D3 lead-is-cooperating"])
        #expect(Harness.table(["1,甲,市卫生健康局,市财政局,12月底"], rule: LeadIsCooperatingRule()).isEmpty)
        // Through the roster, an alias is the same department.
        #expect(
            Harness.table(["1,甲,市卫健局,市卫生健康局,12月底"], rule: LeadIsCooperatingRule(), roster: Self.roster)
                == ["D3 lead-is-cooperating"])
    }

    /// A client's rule may build a task row and change its task: the departments the department
    /// rules compare follow the change.
    @Test func aTaskRowChangedAfterItWasMadeIsCheckedAsChanged() {
        let header = LedgerHeader(heading: Ledger(title: "t"), columns: nil, optionalFields: [])
        let context = ValidationContext(file: "t.json", header: header, options: ValidationOptions(asOf: Harness.asOf))
        func entry(lead: [String], cooperating: [String]) -> TaskEntry {
            TaskEntry(
                sectionPath: [],
                task: LedgerTask(sequence: SequenceNumber("1"), text: "甲", lead: lead, cooperating: cooperating))
        }
        var row = TaskRow(entry: entry(lead: ["市财政局"], cooperating: ["市民政局"]), in: context)
        func names(_ rule: some RowRule) -> [String] {
            var found: [String] = []
            rule.check(row, in: context) { found.append($0.arguments["name"] ?? "") }
            return found
        }
        #expect(names(DuplicateDepartmentRule()).isEmpty && names(LeadIsCooperatingRule()).isEmpty)
        row.entry = entry(lead: ["市民政局", "市民政局"], cooperating: ["市财政局", "市民政局"])
        #expect(names(DuplicateDepartmentRule()) == ["市民政局"])
        #expect(names(LeadIsCooperatingRule()) == ["市民政局"])
    }

    @Test func aDepartmentTwiceInOneCell() {
        #expect(Harness.table(["1,甲,市财政局、市财政局,,12月底"], rule: DuplicateDepartmentRule()) == ["C3 duplicate-department"])
        #expect(Harness.table(["1,甲,市财政局,市财政局,12月底"], rule: DuplicateDepartmentRule()).isEmpty)
    }
}
