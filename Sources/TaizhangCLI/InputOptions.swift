// SPDX-License-Identifier: Apache-2.0
// The options that say how to read a ledger, shared by every command that reads one.

import ArgumentParser
import Taizhang

/// How to read the input ledger: its year, character set and sheet.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "台账年度 the ledger year, when the title has none.")
    var year: Int?

    @Option(name: .long, help: "输入编码 the input's character set, e.g. GB18030, UTF-16LE (default: detected).")
    var encoding: String?

    @Option(
        name: .long, help: "工作表 the workbook sheet, by name or 1-based index (default: the first with a ledger header)."
    )
    var sheet: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Sheets above this many MB of XML skip the merged-cell pass.", visibility: .hidden))
    var mergePassMegabytes = 64

    /// Refuses an implausible year, in the run's language (each command calls it from its `validate()`).
    func check(_ catalog: MessageCatalog) throws {
        if let year, !(1949...2200).contains(year) {
            throw ValidationError(catalog.argumentMessage(.badYear, ["value": String(year)]))
        }
    }

    /// The reader's options.
    var readOptions: LedgerReadOptions {
        LedgerReadOptions(
            year: year, encoding: encoding, sheet: sheet,
            limits: ReadLimits(maxMergePassBytes: mergePassMegabytes << 20))
    }
}
