// SPDX-License-Identifier: Apache-2.0
// The Tongren table as printed, slips included, against the clean example: what the validator must find.

import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport
import TaizhangValidation

struct TongrenValidationTests {
    static let options: ValidationOptions = {
        let roster = try? RosterFile.load(Fixtures.example("tongren-2021/roster.txt"))
        guard let asOf = CalendarDate(year: 2021, month: 11, day: 30) else { preconditionFailure("a date") }
        return ValidationOptions(roster: roster, asOf: asOf)
    }()

    /// The sheet row of a 序号 in the printed table.
    private func row(ofSequence sequence: String, in result: ValidatedFile) -> Int? {
        result.ledger?.entries.first { $0.task.sequence.raw == sequence }?.task.source?.row
    }

    @Test func theTableAsPrintedHasItsSlipsFound() throws {
        let result = BatchValidator.validate(
            file: Fixtures.example("tongren-2021/ledger-as-printed.csv"), options: Self.options)
        let findings = result.report.findings
        func codes(onSequence sequence: String) -> [Finding.Code] {
            let row = self.row(ofSequence: sequence, in: result)
            return findings.filter { $0.location.row == row }.map(\.code)
        }
        #expect(codes(onSequence: "10").contains(.leadIsCooperating))
        #expect(codes(onSequence: "32").contains(.missingLead))
        for sequence in ["37", "38", "39", "40", "41"] {
            #expect(codes(onSequence: sequence).contains(.markupInCell), "序号 \(sequence)")
        }
        let unknown = try #require(findings.first {
            $0.code == .unknownDepartment && $0.arguments["name"] == "市保障局"
        })
        #expect(unknown.location.row == row(ofSequence: "29", in: result))
        #expect(unknown.suggestions.first == "市医疗保障局")
        #expect(!result.report.isValid)
    }

    @Test(arguments: ["tongren-2021/ledger.csv", "tongren-2021/ledger-gb18030.csv"])
    func theCleanExampleHasNoErrors(name: String) {
        let result = BatchValidator.validate(file: Fixtures.example(name), options: Self.options)
        #expect(result.report.isValid)
        #expect(result.report.findings.filter { $0.severity == .error }.isEmpty)
        #expect(result.report.count(.warning) == 0)
    }
}
