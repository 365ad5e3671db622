// SPDX-License-Identifier: Apache-2.0
// Timing `taizhang info` and the peer (python-calamine) on the same workbook, with peak memory.

import ArgumentParser
import Foundation
import TaizhangXLSX

#if canImport(Glibc)
import Glibc
#endif

/// Wall time, CPU time and peak resident memory of one child process.
struct ProcessCost {
    var status: Int32
    var seconds: Double
    var cpuSeconds: Double
    var peakMegabytes: Double
    var output: String
}

/// The peak resident memory so far of a running child, from /proc (VmHWM, in kB).
///
/// wait4's ru_maxrss would be simpler, but Linux carries the parent's peak into a spawned child
/// across exec, so every child would look at least as big as this driver (about 22 MB).
private func peakResidentKilobytes(of pid: pid_t) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Double(line.split(separator: " ").dropFirst().first ?? "")
}

/// Runs a program, returns its cost as the kernel counts it.
func measure(_ program: String, _ arguments: [String]) throws -> ProcessCost {
    let outputPath = NSTemporaryDirectory() + "taizhang-bench-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawnp(&pid, program, &actions, nil, argv, environ) == 0 else {
        throw ValidationError("cannot start \(program)")
    }
    // VmHWM only grows; read it every 5 ms until the child exits (a zombie has none left).
    var peak: Double?
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
        if let sample = peakResidentKilobytes(of: pid) { peak = max(peak ?? 0, sample) }
        usleep(5_000)
    }
    let elapsed = ContinuousClock.now - start
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ProcessCost(
        status: (status >> 8) & 0xFF,
        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
        cpuSeconds: cpu,
        peakMegabytes: (peak ?? Double(usage.ru_maxrss)) / 1024,
        output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    )
}

struct ReadBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Time `taizhang info`, the reader alone, and (when installed) fastexcel and python-calamine on one workbook, alternated."
    )

    @Argument(help: "The workbook (make one with `generate`).") var workbook: String
    @Option(help: "The taizhang binary.") var taizhang = ".build/release/taizhang"
    @Option(help: "Task rows in the workbook, for rows/s.") var rows: Int
    @Option(help: "Alternated runs of every program.") var runs = 1
    @Flag(help: "Skip the peers.") var withoutPeer = false

    /// The peers, each a Python program given the workbook's path, and the package it needs.
    static let peers: [(name: String, package: String, script: String)] = [
        ("fastexcel", "fastexcel, pyarrow", """
            import sys, fastexcel
            sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=1)
            batch = sheet.to_arrow()
            print(sum(len(column) for column in batch.columns))
            """),
        ("python-calamine", "python-calamine", """
            import sys; from python_calamine import CalamineWorkbook
            rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
            print(len(rows))
            """),
    ]

    func run() throws {
        let book = try XLSXWorkbook(path: workbook)
        let sheetBytes = book.sheets.compactMap { book.declaredSize(of: $0) }.reduce(0, +)
        let megabytes = Double(sheetBytes + (book.declaredSize(ofPart: "xl/sharedStrings.xml") ?? 0)) / 1_048_576
        print(String(format: "workbook: %@, %d rows, %.0f MB of sheet and shared-string XML", workbook, rows, megabytes))
        let myself = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path

        for run in 1...runs {
            let ours = try measure(taizhang, ["info", workbook])
            guard ours.status == 0 else { throw ValidationError("taizhang info failed:\n\(ours.output)") }
            report(run, "taizhang info", ours, megabytes: megabytes)
            let reader = try measure(myself, ["rows", workbook])
            guard reader.status == 0 else { throw ValidationError("the reader failed:\n\(reader.output)") }
            report(run, "reader alone", reader, megabytes: megabytes)

            guard !withoutPeer else { continue }
            for peer in Self.peers {
                let cost = try measure("python3", ["-c", peer.script, workbook])
                guard cost.status == 0 else {
                    print("\(peer.name): not run (pip install \(peer.package)): \(cost.output.suffix(200))")
                    continue
                }
                report(run, peer.name, cost, megabytes: megabytes)
                print(String(format: "run %d: taizhang info / %@: %.2f× the time, %.2f× the memory; reader alone: %.2f× the time",
                             run, peer.name, ours.seconds / cost.seconds, ours.peakMegabytes / cost.peakMegabytes,
                             reader.seconds / cost.seconds))
            }
        }
    }

    private func report(_ run: Int, _ name: String, _ cost: ProcessCost, megabytes: Double) {
        print(String(format: "run %d: %@: %.2f s (cpu %.2f s), %.0f rows/s, %.1f MB/s of XML, peak %.0f MB",
                     run, name, cost.seconds, cost.cpuSeconds, Double(rows) / cost.seconds, megabytes / cost.seconds,
                     cost.peakMegabytes))
    }
}
