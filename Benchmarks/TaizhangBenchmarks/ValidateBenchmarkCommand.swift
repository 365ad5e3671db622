// SPDX-License-Identifier: Apache-2.0
// Timing `taizhang validate` on a folder of many small returned sheets, half CSV and half XLSX.

import ArgumentParser
import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangXLSXWriter

/// `taizhang-bench validate`: generates N sheets of M rows and times one `taizhang validate` run.
struct ValidateBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Time `taizhang validate` on a generated folder of sheets (half CSV, half XLSX), with a roster."
    )

    @Option(help: "Sheets.") var files = 1000
    @Option(help: "Task rows per sheet.") var rows = 50
    @Option(help: "The taizhang binary.") var taizhang = ".build/release/taizhang"
    @Option(help: "Where to generate (a new folder inside it, removed afterwards).") var folder = NSTemporaryDirectory()
    @Option(help: "Timed runs.") var runs = 3
    @Flag(help: "Keep the generated folder (to profile it).") var keep = false

    func run() throws {
        let root = (folder as NSString).appendingPathComponent("taizhang-validate-\(UUID().uuidString)")
        let sheets = (root as NSString).appendingPathComponent("returned")
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
        let roster = (root as NSString).appendingPathComponent("roster.txt")
        try (LedgerRecipe.departments.joined(separator: "\n") + "\n").write(toFile: roster, atomically: true, encoding: .utf8)

        for index in 0..<files {
            let ledger = sheet(index)
            let name = String(format: "%04d-单位%d", index, index)
            if index % 2 == 0 {
                let bytes = CSVWriter.bytes(for: ledger)
                guard FileManager.default.createFile(atPath: "\(sheets)/\(name).csv", contents: Data(bytes)) else {
                    throw ValidationError("cannot write \(sheets)/\(name).csv")
                }
            } else {
                _ = try LedgerWorkbookWriter.write(ledger, to: "\(sheets)/\(name).xlsx")
            }
        }
        print("generated \(files) sheets of \(rows) rows in \(sheets) (half CSV, half XLSX)")
        let report = (root as NSString).appendingPathComponent("report.json")
        for run in 1...runs {
            let cost = try measure("sh", ["-c", "exec '\(taizhang)' validate '\(sheets)' --roster '\(roster)' "
                                        + "--as-of 2021-11-30 --format json > '\(report)'"])
            guard cost.status <= 1 else { throw ValidationError("taizhang validate failed:\n\(cost.output)") }
            let findings = (try? String(contentsOfFile: report, encoding: .utf8))?
                .components(separatedBy: "\"code\":").count ?? 1
            print(String(format: "run %d: %.2f s (cpu %.2f s), %.0f files/s, %.0f rows/s, peak %.1f MB, %d findings",
                         run, cost.seconds, cost.cpuSeconds, Double(files) / cost.seconds,
                         Double(files * rows) / cost.seconds, cost.peakMegabytes, findings - 1))
        }
    }

    /// Sheet `index`: the recipe's tasks from a different offset, with the slips departments make
    /// (a missing lead, an alias-like short name, a repeated task, a status off the list).
    private func sheet(_ index: Int) -> Ledger {
        var tasks: [LedgerTask] = []
        for row in 0..<rows {
            var task = LedgerRecipe.task(index * 37 + row)
            task.sequence = SequenceNumber(String(row + 1))
            task.status = ["推进中", "已完成", "未启动", "完成了"][(index + row) % 4]
            if (index + row) % 17 == 0 { task.lead = [] }
            if (index + row) % 23 == 0 { task.cooperating = ["市卫健局"] }
            tasks.append(task)
        }
        return Ledger(title: "某市2021年重点工作进展台账（单位\(index)）", year: 2021,
                      body: LedgerSection(tasks: tasks))
    }
}
