// SPDX-License-Identifier: Apache-2.0
// What the decoder says about a sheet as it goes: the header, each section row, each task row.

import TaizhangModel

/// One step of a ledger as it is decoded, with the row it came from.
///
/// Every reader's rows become the same events (file → rows → events → sinks), so a sink — the tree
/// builder, the validator, a writer, the summary — sees a CSV file, a workbook and a JSON ledger
/// alike. Sections and tasks follow ``header(_:)`` in sheet order; the reader's findings come
/// where they stand (the header's just before ``header(_:)``).
public enum LedgerEvent: Sendable {
    /// The table starts: the ledger's heading facts and its columns.
    case header(LedgerHeader)
    /// A section row opens a section at a depth (1 = outermost); deeper open sections close.
    case section(SectionHeading, depth: Int, row: SheetRow?)
    /// A task row, with the headings of the sections it stands in.
    case task(TaskEntry, row: SheetRow?)
    /// Something the reader noticed (a header problem, a blank or ragged row), in row order: before
    /// the event of the row it stands on or, for a blank row, of the next row with text.
    case finding(Finding)
}

/// What is known when a table starts: everything a writer needs before its first row.
public struct LedgerHeader: Sendable {
    /// The title, subtitle, year, 文号, issuer and extra columns; its body is empty.
    public var heading: Ledger
    /// Which column holds which field; `nil` for a ledger that never was a sheet (JSON, a model).
    public var columns: ColumnMap?
    /// The optional fields (进展情况, 完成情况, 备注) the input has: the header's columns, or, for a
    /// ledger without a header, the fields some task fills in.
    public var optionalFields: Set<LedgerField>
    /// The header row, for sheets.
    public var row: SheetRow?
    /// Where the header stands (file, sheet, row), for sheets.
    public var source: SourceLocation?
    /// Whether the tasks carry identifiers (LEDGER-SPEC §9): the sheet has taizhang's hidden
    /// identifier column, or a task of a ledger without a header has an `id`.
    public var carriesIdentifiers: Bool

    /// Creates a header.
    public init(
        heading: Ledger, columns: ColumnMap?, optionalFields: Set<LedgerField>, row: SheetRow? = nil,
        source: SourceLocation? = nil, carriesIdentifiers: Bool = false
    ) {
        self.carriesIdentifiers = carriesIdentifiers
        self.heading = heading
        self.columns = columns
        self.optionalFields = optionalFields
        self.row = row
        self.source = source
    }
}

/// Receives a ledger's events in order, then the end of the sheet.
///
/// A sink that cannot go on (an output that cannot be written) throws; the pipeline then stops
/// reading and hands the error back.
public protocol LedgerSink: AnyObject {
    /// Takes the next event.
    func receive(_ event: LedgerEvent) throws(LedgerWriteError)
    /// The sheet has ended; `decoded` holds the heading, the reader's findings and the counts.
    func finish(_ decoded: DecodedLedger) throws(LedgerWriteError)
    /// How many threads of its own the sink keeps busy while events arrive (a workbook writer's
    /// libxlsxwriter thread); the pipeline reads ahead on one more only when a core is left for it.
    var busyThreads: Int { get }
}

extension LedgerSink {
    /// Most sinks do their work on the thread that hands them events.
    public var busyThreads: Int { 0 }
}
