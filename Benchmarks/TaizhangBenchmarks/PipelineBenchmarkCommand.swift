// SPDX-License-Identifier: Apache-2.0
// `taizhang-bench pipeline`: the commands a clerk runs on a large ledger, timed as whole processes,
// alternated with the C libxlsxwriter baseline writing the same rows.

import ArgumentParser
import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet

/// Times `taizhang convert` (CSV and XLSX in, formatted XLSX out), `taizhang validate` and
/// `taizhang info` on generated inputs, each run alternated with the C baseline.
///
/// The CSV converted is the C baseline's own rows (its recipe repeats 360 tasks, so it is no input
/// to validate: every row would be a repeated task); `info` and `validate` read the `generate`
/// ledger (every task different), as a workbook and as the CSV taizhang converts it to.
struct PipelineBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Time convert/validate/info through the taizhang command against the C baseline, with peak memory."
    )

    @Option(help: "Task rows.") var rows = 1_000_000
    @Option(help: "Paired runs.") var runs = 1
    @Option(help: "The taizhang binary (release build).") var taizhang: String
    @Option(help: "Folder for the inputs and outputs (removed afterwards).") var folder = NSTemporaryDirectory()
    @Option(help: "The baseline's C source folder.") var baseline = "Benchmarks/baseline"
    @Option(help: "A workbook input for the .xlsx cases (default: generated with `generate`).") var workbook: String?
    @Option(help: "Only write the baseline's rows as CSV to this path, time nothing.") var writeCSV: String?

    func run() throws {
        if let writeCSV {
            try writeRecipeCSV(to: writeCSV)
            return
        }
        let work = (folder as NSString).appendingPathComponent("taizhang-pipeline-\(getpid())")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let binary = work + "/write-baseline"
        let build = try measure("sh", ["-c", "cc -O2 -o '\(binary)' '\(baseline)/write_ledger.c' $(pkg-config --cflags --libs xlsxwriter) -lm"])
        guard build.status == 0 else { throw ValidationError("cannot build the baseline:\n\(build.output)") }

        let csv = work + "/ledger.csv"
        try writeRecipeCSV(to: csv)
        let xlsx: String
        if let workbook {
            xlsx = workbook
        } else {
            xlsx = work + "/ledger.xlsx"
            let myself = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            let made = try measure(myself, ["generate", "--rows", String(rows), "-o", xlsx])
            guard made.status == 0 else { throw ValidationError("generate failed:\n\(made.output)") }
        }
        let generatedCSV = work + "/generated.csv"
        let converted = try measure(taizhang, ["convert", xlsx, "-o", generatedCSV])
        guard converted.status == 0 else { throw ValidationError("convert to CSV failed:\n\(converted.output)") }
        let megabytes = { (path: String) in
            Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
        }
        print(String(format: "inputs: %d rows; baseline's rows as CSV %.0f MB; generated ledger as XLSX %.0f MB and CSV %.0f MB",
                     rows, megabytes(csv), megabytes(xlsx), megabytes(generatedCSV)))

        let out = work + "/out.xlsx"
        let cases: [(name: String, arguments: [String])] = [
            ("convert CSV → xlsx", ["convert", csv, "-o", out, "--force"]),
            ("convert XLSX → xlsx", ["convert", xlsx, "-o", out, "--force"]),
            ("info CSV", ["info", generatedCSV]),
            ("validate CSV", ["validate", generatedCSV, "--as-of", "2026-06-30", "--format", "json"]),
            ("info XLSX", ["info", xlsx]),
            ("validate XLSX", ["validate", xlsx, "--as-of", "2026-06-30", "--format", "json"]),
        ]
        for run in 1...runs {
            try? FileManager.default.removeItem(atPath: out)
            let c = try measure(binary, [String(rows), out])
            guard c.status == 0 else { throw ValidationError("baseline failed:\n\(c.output)") }
            print(String(format: "run %d: C baseline writing the rows: %.2f s, peak %.1f MB", run, c.seconds, c.peakMegabytes))
            var seconds: [String: Double] = [:]
            for (name, arguments) in cases {
                let cost = try measure(taizhang, arguments)
                guard cost.status <= 1 else { throw ValidationError("\(name) failed:\n\(cost.output)") }
                seconds[name] = cost.seconds
                var line = String(format: "run %d: %@: %.2f s (cpu %.2f s), %.0f rows/s, peak %.1f MB",
                                  run, name, cost.seconds, cost.cpuSeconds, Double(rows) / cost.seconds, cost.peakMegabytes)
                if name.hasPrefix("convert") { line += String(format: "; /C %.2f×", cost.seconds / c.seconds) }
                if name.hasPrefix("validate"), let info = seconds["info" + name.dropFirst("validate".count)] {
                    line += String(format: "; /info %.2f×", cost.seconds / info)
                }
                print(line)
            }
        }
    }

    /// The baseline's rows (title, header, a section row every 100 tasks) as a UTF-8 CSV, written by
    /// taizhang's own CSV writer.
    private func writeRecipeCSV(to path: String) throws {
        let output = try FileOutput(creating: path, reportedAs: path)
        let writer = CSVWriter { bytes throws(LedgerWriteError) in try output.write(bytes) }
        try writer.receive(.header(LedgerHeader(heading: Ledger(title: LedgerRecipe.title), columns: nil, optionalFields: [])))
        var path: [SectionHeading] = []
        for index in 0..<rows {
            if let heading = LedgerRecipe.section(before: index) {
                path = [heading]
                try writer.receive(.section(heading, depth: 1, row: nil))
            }
            try writer.receive(.task(TaskEntry(sectionPath: path, task: LedgerRecipe.task(index)), row: nil))
        }
        try writer.finish(DecodedLedger(ledger: Ledger(), findings: [], taskCount: rows, sectionCount: 0))
        try output.flush()
    }
}
