// SPDX-License-Identifier: Apache-2.0
// Several sinks fed as one, in order.

import TaizhangModel

/// Hands every event to each of its sinks in turn; the first that fails stops the rest.
public final class LedgerSinks: LedgerSink {
    private let sinks: [any LedgerSink]

    /// Groups sinks.
    public init(_ sinks: [any LedgerSink]) {
        self.sinks = sinks
    }

    public func receive(_ event: LedgerEvent) throws(LedgerWriteError) {
        for sink in sinks { try sink.receive(event) }
    }

    public func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        for sink in sinks { try sink.finish(decoded) }
    }

    public var busyThreads: Int { sinks.reduce(0) { $0 + $1.busyThreads } }
}
