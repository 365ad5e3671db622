// SPDX-License-Identifier: Apache-2.0
// The short summary `convert` prints: what was read, how, and what was written.

import Taizhang

/// A few lines telling the clerk what a conversion did.
struct Summary {
    let result: LedgerReadResult
    let input: String
    let output: String
    let catalog: MessageCatalog

    var text: String {
        let ledger = result.ledger
        let delimiterName: String? = result.delimiter.map { delimiter in
            switch delimiter {
            case ",": catalog.commandMessage(.commaSeparated)
            case "\t": catalog.commandMessage(.tabSeparated)
            case ";": catalog.commandMessage(.semicolonSeparated)
            default: "'\(delimiter)'"
            }
        }
        let sheetName = result.sheetName.map { catalog.commandMessage(.sheet, ["sheet": $0]) }
        let how = [sheetName, result.encoding?.description, delimiterName].compactMap { $0 }
        let destination = output == "-" ? catalog.commandMessage(.standardOutput) : output
        let title = ledger.title ?? catalog.commandMessage(.untitled)
        return [
            how.isEmpty
                ? catalog.commandMessage(.read, ["input": input])
                : catalog.commandMessage(
                    .readWith, ["input": input, "how": how.joined(separator: catalog.listSeparator)]),
            ledger.year.map { catalog.commandMessage(.ledgerOfYear, ["title": title, "year": String($0)]) }
                ?? catalog.commandMessage(.ledger, ["title": title]),
            catalog.commandMessage(
                .counts, ["tasks": String(result.taskCount), "sections": String(result.sectionCount)]),
            catalog.commandMessage(.wrote, ["file": destination]),
        ].joined(separator: "\n")
    }
}
