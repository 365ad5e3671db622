// SPDX-License-Identifier: Apache-2.0
// A ledger held in memory, played back as the events a sheet would give.

import TaizhangModel

extension Ledger {
    /// Hands the ledger to a sink as events: the header (no columns; the optional fields some task
    /// fills in), then every section and task in order, then the end.
    ///
    /// - Returns: what the sink was told at the end.
    @discardableResult
    public func replay(into sink: some LedgerSink) throws(LedgerWriteError) -> DecodedLedger {
        var heading = self
        heading.body = LedgerSection()
        try sink.receive(
            .header(
                LedgerHeader(
                    heading: heading, columns: nil, optionalFields: optionalFieldsInUse,
                    carriesIdentifiers: entries.contains { $0.task.id != nil })))
        var sections = 0
        try body.replay(path: [], into: sink, sections: &sections)
        let decoded = DecodedLedger(
            ledger: heading, findings: [], headerRow: nil, columns: nil, sheetName: nil,
            taskCount: taskCount, sectionCount: sections)
        try sink.finish(decoded)
        return decoded
    }
}

extension LedgerSection {
    fileprivate func replay(
        path: [SectionHeading], into sink: some LedgerSink, sections: inout Int
    ) throws(LedgerWriteError) {
        var here = path
        if let heading {
            here.append(heading)
            sections += 1
            try sink.receive(.section(heading, depth: here.count, row: nil))
        }
        for task in tasks {
            try sink.receive(.task(TaskEntry(sectionPath: here, task: task), row: nil))
        }
        for subsection in subsections {
            try subsection.replay(path: here, into: sink, sections: &sections)
        }
    }
}
