// SPDX-License-Identifier: Apache-2.0
// `taizhang-bench`: generate large ledgers and time taizhang against a peer on the same file.

import ArgumentParser

@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang-bench",
        abstract: "Benchmarks: generated ledgers, throughput and peak memory, with the peer in the same run.",
        subcommands: [
            GenerateCommand.self, ReadBenchmarkCommand.self, WriteBenchmarkCommand.self, WriteLedgerCommand.self,
            ValidateBenchmarkCommand.self, PipelineBenchmarkCommand.self, RowsBenchmarkCommand.self,
        ]
    )
}
