// SPDX-License-Identifier: Apache-2.0
// The counts `taizhang info` prints, gathered from the events of a ledger of any length.

import TaizhangModel

/// Adds every task to a ``LedgerSummary`` as it goes by.
public final class LedgerSummarySink: LedgerSink {
    /// The counts so far.
    public private(set) var summary = LedgerSummary()

    /// Creates an empty summary.
    public init() {}

    public func receive(_ event: LedgerEvent) {
        if case .task(let entry, _) = event { summary.add(entry.task) }
    }

    public func finish(_ decoded: DecodedLedger) {}
}
