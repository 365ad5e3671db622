// SPDX-License-Identifier: Apache-2.0
// Timing taizhang's formatted writer against the same ledger written by libxlsxwriter from C.

import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangXLSXWriter

/// `taizhang-bench write-ledger`: streams the recipe's rows into LedgerWorkbookWriter (the timed child).
struct WriteLedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-ledger",
        abstract: "Write the benchmark ledger of N rows with taizhang's formatted writer."
    )

    @Option(help: "Task rows.") var rows = 100_000
    @Option(name: .shortAndLong, help: "The .xlsx to write.") var output: String

    func run() throws {
        let columns = LedgerGrid.columns(schema: .standard, fieldsInUse: [], extraColumns: [])
        let writer = try LedgerWorkbookWriter(
            path: output, heading: Ledger(title: LedgerRecipe.title), columns: columns, expectedRows: rows)
        for index in 0..<rows {
            if let heading = LedgerRecipe.section(before: index) { try writer.append(heading, depth: 1) }
            try writer.append(LedgerRecipe.task(index))
        }
        _ = try writer.close()
        print("wrote \(output): \(rows) task rows")
    }
}

/// `taizhang-bench write`: the C baseline and taizhang on the same rows, each in its own process.
struct WriteBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Time the formatted writer against the C baseline (Benchmarks/baseline), with peak memory."
    )

    @Option(help: "Task rows.") var rows = 100_000
    @Option(help: "Folder for the two outputs (removed afterwards).") var folder = NSTemporaryDirectory()
    @Option(help: "The baseline's C source folder.") var baseline = "Benchmarks/baseline"
    @Option(help: "Paired runs.") var runs = 1

    func run() throws {
        let binary = folder + "/taizhang-write-baseline"
        let build = try measure("sh", ["-c", "cc -O2 -o '\(binary)' '\(baseline)/write_ledger.c' $(pkg-config --cflags --libs xlsxwriter) -lm"])
        guard build.status == 0 else { throw ValidationError("cannot build the baseline:\n\(build.output)") }
        defer { try? FileManager.default.removeItem(atPath: binary) }
        let myself = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let ours = folder + "/taizhang-write-ours.xlsx"
        let theirs = folder + "/taizhang-write-c.xlsx"
        defer {
            try? FileManager.default.removeItem(atPath: ours)
            try? FileManager.default.removeItem(atPath: theirs)
        }
        var ratios: [Double] = []
        var cpuRatios: [Double] = []
        for run in 1...runs {
            try? FileManager.default.removeItem(atPath: ours)
            try? FileManager.default.removeItem(atPath: theirs)
            let c = try measure(binary, [String(rows), theirs])
            guard c.status == 0 else { throw ValidationError("baseline failed:\n\(c.output)") }
            let swift = try measure(myself, ["write-ledger", "--rows", String(rows), "-o", ours])
            guard swift.status == 0 else { throw ValidationError("taizhang failed:\n\(swift.output)") }
            let size = { (path: String) in
                Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
            }
            ratios.append(swift.seconds / c.seconds)
            cpuRatios.append(swift.cpuSeconds / c.cpuSeconds)
            print(String(format: "run %d, %d rows: C libxlsxwriter %.2f s (cpu %.2f s, peak %.1f MB, %.1f MB file); "
                             + "taizhang %.2f s (cpu %.2f s), %.0f rows/s, peak %.1f MB, %.1f MB file; "
                             + "taizhang/C %.2f× wall, %.2f× cpu",
                         run, rows, c.seconds, c.cpuSeconds, c.peakMegabytes, size(theirs), swift.seconds,
                         swift.cpuSeconds, Double(rows) / swift.seconds, swift.peakMegabytes, size(ours),
                         ratios[run - 1], cpuRatios[run - 1]))
        }
        let median = { (values: [Double]) in values.sorted()[values.count / 2] }
        print(String(format: "median of %d runs: taizhang/C %.2f× wall, %.2f× cpu", runs, median(ratios), median(cpuRatios)))
    }
}
