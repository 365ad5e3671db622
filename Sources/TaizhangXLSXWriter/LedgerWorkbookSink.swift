// SPDX-License-Identifier: Apache-2.0
// A formatted workbook written as the ledger's events arrive: one pass, constant memory for any length.

import TaizhangModel
import TaizhangSheet

/// Writes a ledger's events into a formatted workbook (``LedgerWorkbookWriter``) as they come.
///
/// The columns are decided at the header: the schema's columns, the optional fields the input
/// has, then its extra columns; task identifiers the input carries go on in the hidden column. Nothing is created at `path` unless a header arrives, and the file
/// takes its name only when the sheet ends whole.
public final class LedgerWorkbookSink: LedgerSink {
    private let path: String
    private let options: XLSXWriteOptions
    private let expectedRows: Int?
    private let overwrite: Bool
    private let inputs: [String]
    private var writer: LedgerWorkbookWriter?
    /// The writer's warnings (control characters removed), once the sheet has ended.
    public private(set) var warnings: [Finding] = []
    /// Whether a workbook was written.
    public private(set) var wrote = false

    /// A sink writing to `path`.
    ///
    /// - Parameters:
    ///   - expectedRows: an estimate of the rows to come, when known (chooses the memory mode and zip64).
    ///   - overwrite: whether an existing file may be replaced.
    ///   - inputs: files `path` must not be.
    public init(
        path: String, options: XLSXWriteOptions = XLSXWriteOptions(), expectedRows: Int? = nil,
        overwrite: Bool = false, protecting inputs: [String] = []
    ) {
        self.path = path
        self.options = options
        self.expectedRows = expectedRows
        self.overwrite = overwrite
        self.inputs = inputs
    }

    /// A streamed workbook is written by libxlsxwriter on a thread of its own.
    public var busyThreads: Int { options.streams(rows: expectedRows) ? 1 : 0 }

    public func receive(_ event: LedgerEvent) throws(LedgerWriteError) {
        switch event {
        case .header(let header):
            let columns = LedgerGrid.columns(
                schema: options.schema, fieldsInUse: header.optionalFields, extraColumns: header.heading.extraColumns)
            var options = options
            if header.carriesIdentifiers { options.writesTaskIdentifiers = true }
            writer = try LedgerWorkbookWriter(
                path: path, heading: header.heading, columns: columns, options: options, expectedRows: expectedRows,
                overwrite: overwrite, protecting: inputs)
        case .section(let heading, let depth, _):
            try writer?.append(heading, depth: depth)
        case .task(let entry, _):
            try writer?.append(entry.task)
        case .finding:
            break
        }
    }

    public func finish(_ decoded: DecodedLedger) throws(LedgerWriteError) {
        guard let writer else { return }
        self.writer = nil
        warnings = try writer.close()
        wrote = true
    }
}
