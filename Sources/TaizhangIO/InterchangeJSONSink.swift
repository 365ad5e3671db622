// SPDX-License-Identifier: Apache-2.0
// The interchange JSON (LEDGER-SPEC §7) written task by task as the events arrive.

import TaizhangModel
import TaizhangSheet

/// Writes a ledger's events as interchange JSON, the same bytes as ``Ledger/interchangeJSON``,
/// holding only the section outline (for the closing `sections` key), never the tasks.
final class InterchangeJSONSink: LedgerSink {
    private let output: FileOutput
    private let outline = LedgerTreeBuilder()
    private var heading: Ledger?
    private var tasks = 0

    init(output: FileOutput) {
        self.output = output
    }

    func receive(_ event: LedgerEvent) throws(LedgerWriteError) {
        switch event {
        case .header(let header):
            heading = header.heading
            outline.receive(event)
            try output.write(InterchangeJSONLayout.opening(header.heading).utf8)
        case .section:
            outline.receive(event)
        case .finding:
            break
        case .task(let entry, _):
            try output.write(InterchangeJSONLayout.task(entry, first: tasks == 0).utf8)
            tasks += 1
        }
    }

    func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        guard let heading else { return }
        try output.write(InterchangeJSONLayout.closing(heading, sections: outline.ledger().body, tasks: tasks).utf8)
    }
}
