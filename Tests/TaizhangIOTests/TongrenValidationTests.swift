// SPDX-License-Identifier: Apache-2.0
// The Tongren table as printed, slips included, against the clean example: what the validator must find.

import Foundation
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

    static let asPrinted = Fixtures.example("tongren-2021/ledger-as-printed.csv")

    /// The sheet row of a 序号 in the printed table.
    private func row(ofSequence sequence: String) throws -> Int? {
        try LedgerFile(Self.asPrinted).read().ledger.entries.first { $0.task.sequence.raw == sequence }?.task.source?
            .row
    }

    @Test func theTableAsPrintedHasItsSlipsFound() throws {
        let report = LedgerFile(Self.asPrinted).validate(options: Self.options)
        let findings = report.findings
        func codes(onSequence sequence: String) throws -> [Finding.Code] {
            let row = try self.row(ofSequence: sequence)
            return findings.filter { $0.location.row == row }.map(\.code)
        }
        #expect(try codes(onSequence: "10").contains(.leadIsCooperating))
        #expect(try codes(onSequence: "32").contains(.missingLead))
        for sequence in ["37", "38", "39", "40", "41"] {
            #expect(try codes(onSequence: sequence).contains(.markupInCell), "序号 \(sequence)")
        }
        let unknown = try #require(
            findings.first {
                $0.code == .unknownDepartment && $0.arguments["name"] == "市保障局"
            })
        #expect(unknown.location.row == (try row(ofSequence: "29")))
        #expect(unknown.suggestions.first == "市医疗保障局")
        #expect(!report.isValid)
    }

    @Test(arguments: ["tongren-2021/ledger.csv", "tongren-2021/ledger-gb18030.csv"])
    func theCleanExampleHasNoErrors(name: String) {
        let report = LedgerFile(Fixtures.example(name)).validate(options: Self.options)
        #expect(report.isValid)
        #expect(report.findings.filter { $0.severity == .error }.isEmpty)
        #expect(report.count(.warning) == 0)
    }

    /// The same ledger as a workbook gives the same findings, cell for cell, as its CSV: every rule
    /// sees the same rows whatever the format.
    @Test func aWorkbookCopyGivesTheSameFindingsAsTheCSV() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.file("as-printed.xlsx")
        try writeRowsAsWorkbook(from: Self.asPrinted, to: copy)
        let fromCSV = LedgerFile(Self.asPrinted).validate(options: Self.options).findings
        let fromWorkbook = LedgerFile(copy).validate(options: Self.options).findings
        #expect(fromCSV.count > 40)
        #expect(fromWorkbook.map(\.code) == fromCSV.map(\.code))
        #expect(fromWorkbook.map(\.location.row) == fromCSV.map(\.location.row))
        #expect(fromWorkbook.map(\.location.cell) == fromCSV.map(\.location.cell))
    }
}

/// Writes a CSV file's rows, cell for cell, into a plain workbook (openpyxl), as a clerk's "save as
/// .xlsx" would: same rows, same text, nothing reformatted.
func writeRowsAsWorkbook(from csv: String, to xlsx: String) throws {
    let script = """
        import csv, sys, openpyxl
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as source:
            for row in csv.reader(source):
                sheet.append(row)
        workbook.save(sys.argv[2])
        """
    _ = try Python.run(["-c", script, csv, xlsx])
}
