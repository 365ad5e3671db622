// SPDX-License-Identifier: Apache-2.0
// A rule of a client's own, with a code of its own, runs beside the catalogue's rules.

import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport
import TaizhangValidation

/// A client's rule: every task of the ledger must name a budget in its 备注.
private struct BudgetRule: RowRule {
    static let budgetMissing = Finding.Code("acme-budget-missing", defaultSeverity: .warning)
    let codes = [BudgetRule.budgetMissing]

    func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        guard !(row.task.remarks ?? "").contains("预算") else { return }
        report(
            Finding(
                Self.budgetMissing, at: context.location(of: row.task, .task),
                arguments: ["sequence": row.task.sequence.raw]))
    }
}

@Suite
struct ClientRuleTests {
    @Test func aClientRuleReportsItsOwnCode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "ledger.csv",
            Array(
                """
                序号,重点任务,牵头单位,完成时限,备注
                1,推进预算管理制度改革,市财政局,12月底前,预算50万元
                2,深化医改,市卫生健康局,12月底前,
                """.utf8))
        let report = LedgerFile(path).validate(
            options: ValidationOptions(asOf: CalendarDate(iso: "2021-11-30") ?? .today),
            rules: RuleCatalogue.rules + [BudgetRule()])
        let own = report.findings.filter { $0.code == BudgetRule.budgetMissing }
        #expect(own.map(\.summary) == ["B3 acme-budget-missing"])
        #expect(own.first?.severity == .warning)
        #expect(MessageCatalog().message(for: try #require(own.first)) == "acme-budget-missing (sequence: 2)")
        // The catalogue's own codes and lookups are untouched by a client's.
        #expect(Finding.Code(rawValue: "acme-budget-missing") == nil)
        #expect(!Finding.Code.catalogue.contains(BudgetRule.budgetMissing))
        #expect(Finding.Code("missing-lead", defaultSeverity: .info) == .missingLead)
    }
}
