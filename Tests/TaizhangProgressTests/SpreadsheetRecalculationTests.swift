// SPDX-License-Identifier: Apache-2.0
// The standing formulas of 明细, recalculated by LibreOffice, give the engine's standings (boundary dates).

import Foundation
import TaizhangIO
import TaizhangModel
import TaizhangProgress
import TaizhangTestSupport
import TaizhangXLSXWriter
import Testing

/// LibreOffice, when installed (it is not in CI): `scripts/render-xlsx` uses it too.
let sofficePath: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

@Suite struct SpreadsheetRecalculationTests {
    /// An ISO date `days` from today (negative for the past).
    static func iso(daysFromToday days: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: days, to: Date()) ?? Date()
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)?.iso ?? ""
    }

    @Test(.enabled(if: sofficePath != nil), .timeLimit(.minutes(2)))
    func libreOfficeAgreesWithTheEngineOnBoundaryDates() throws {
        let tasks = [
            task("1", ["甲局"], due: Self.iso(daysFromToday: -1), status: "推进中", progress: "正在推进"),
            task("2", ["甲局"], due: Self.iso(daysFromToday: -1)),
            task("3", ["乙局"], due: Self.iso(daysFromToday: 0), progress: "正在推进"),
            task("4", ["乙局"], due: Self.iso(daysFromToday: 7), status: "推进中"),
            task("5", ["丙局"], due: Self.iso(daysFromToday: 8), status: "推进中"),
            task("6", ["丙局"], due: Self.iso(daysFromToday: 8)),
            task("7", ["甲局", "乙局"], due: Self.iso(daysFromToday: -30), status: "已办结", progress: "已印发"),
            task("8", ["丁局"], due: nil, progress: "持续推进"),
            task("9", ["丁局"], due: nil),
            task("10", ["丁局"], due: Self.iso(daysFromToday: 20), status: "完成"),
            task("11", ["丙局"], due: Self.iso(daysFromToday: 20), status: "已逾期"),
        ]
        let today = StandingRules(asOf: .today)
        let expected = ProgressReport(ledger: ledger(tasks), rules: today).tasks.map(\.standing.label)
        #expect(Set(expected) == Set(Standing.allCases.map(\.label)))
        // The workbook's cached standings are those of another day, so only a recalculation
        // (of =TODAY() and of every formula over it) can give today's.
        let stale = ProgressReport(
            ledger: ledger(tasks), rules: StandingRules(asOf: day("2000-01-01")),
            hasProgressColumns: true)
        #expect(stale.tasks.map(\.standing.label) != expected)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try BulletinWorkbookWriter.write(stale, to: folder.file("b.xlsx"), followsToday: true)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: sofficePath ?? "")
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3", "--outdir", folder.path,
            folder.file("b.xlsx"),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOfFile: folder.file("b-明细.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(rows.firstIndex { $0.contains("状态") })
        let column = try #require(rows[header].firstIndex(of: "状态"))
        let labels = Set(Standing.allCases.map(\.label))
        let recalculated = rows[(header + 1)...].compactMap {
            $0.count > column && labels.contains($0[column]) ? $0[column] : nil
        }
        #expect(recalculated == expected)
    }
}
