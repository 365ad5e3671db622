// SPDX-License-Identifier: Apache-2.0
// `taizhang-bench rows`: the workbook reader alone, every row pulled and every cell touched, no decoding.

import ArgumentParser
import Foundation
import TaizhangSheet
import TaizhangXLSX

/// Reads a workbook's ledger sheet as `taizhang info` does (the merge pass, rows on a thread of
/// their own) but hands the rows to nothing: what reading costs apart from the ledger decoder.
struct RowsBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rows",
        abstract: "Pull every row of a workbook through the XLSX reader alone (no ledger decoding)."
    )

    @Argument(help: "The workbook.") var workbook: String
    @Flag(help: "Read every part with expat instead of the scanner.") var expat = false

    func run() throws {
        let start = ContinuousClock.now
        let source = try XLSXRowSource(path: workbook, fastPath: !expat)
        var rows = 0
        var cells = 0
        var bytes = 0
        try BackgroundRows(source).readRows { row in
            rows += 1
            cells += row.cells.count
            for cell in row.cells { bytes += cell.utf8.count }
            return true
        }
        let elapsed = ContinuousClock.now - start
        print("\(expat ? "expat" : "scanner"): \(rows) rows, \(cells) cells, \(bytes) bytes of text in \(elapsed)")
    }
}
