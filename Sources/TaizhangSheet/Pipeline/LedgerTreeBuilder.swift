// SPDX-License-Identifier: Apache-2.0
// The one place a ledger's section tree is built: from the decoder's events.

import TaizhangModel

/// Collects a ledger's events into a ``Ledger`` with its sections and tasks, for callers that want
/// the whole ledger in memory (a small sheet, a library user, the JSON reader's counterpart).
public final class LedgerTreeBuilder: LedgerSink {
    /// The open sections, outermost first; the root (no heading) at the bottom.
    private var open: [LedgerSection] = [LedgerSection()]
    private var heading = Ledger()

    /// Creates an empty builder.
    public init() {}

    public func receive(_ event: LedgerEvent) {
        switch event {
        case .header(let header):
            heading = header.heading
        case .section(let section, let depth, _):
            close(downTo: depth)
            open.append(LedgerSection(heading: section))
        case .task(let entry, _):
            open[open.count - 1].tasks.append(entry.task)
        case .finding:
            break
        }
    }

    public func finish(_ decoded: DecodedLedger) {}

    /// The decoder's outcome with the collected sections and tasks as its ledger's body.
    public func collected(_ decoded: DecodedLedger) -> DecodedLedger {
        var result = decoded
        result.ledger = ledger(heading: decoded.ledger)
        return result
    }

    /// The ledger: `heading`'s facts with the collected body.
    public func ledger(heading: Ledger? = nil) -> Ledger {
        close(downTo: 1)
        var ledger = heading ?? self.heading
        ledger.body = open[0]
        return ledger
    }

    /// Closes sections until `depth - 1` headings stay open, each into its parent.
    private func close(downTo depth: Int) {
        while open.count > max(depth, 1) {
            let closed = open.removeLast()
            open[open.count - 1].subsections.append(closed)
        }
    }
}
