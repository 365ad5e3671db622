// SPDX-License-Identifier: Apache-2.0
// Choices for writing a formatted ledger workbook.

import TaizhangModel
import TaizhangTemplates

/// How a formatted ledger workbook is written.
public struct XLSXWriteOptions: Sendable {
    /// Whether libxlsxwriter keeps the sheet in memory or streams it row by row to a temporary file.
    public enum MemoryMode: Sendable, Equatable {
        /// Stream when the ledger has more than ``XLSXWriteOptions/constantMemoryRows`` rows or its
        /// size is not known in advance.
        case automatic
        /// Always stream: memory stays flat, strings are written inline.
        case constant
        /// Keep the sheet in memory: strings are shared, as Excel writes them.
        case inMemory
    }

    /// Above this many rows, ``MemoryMode/automatic`` streams.
    public static let constantMemoryRows = 20_000

    /// The schema: columns, widths, fonts.
    public var schema: LedgerSchema
    /// The memory mode.
    public var memoryMode: MemoryMode
    /// The ledger sheet's name.
    public var sheetName: String
    /// The document's author; the ledger's issuer when `nil`.
    public var author: String?
    /// The document's company; the ledger's issuer when `nil`.
    public var company: String?
    /// Whether rows past their due date and not done are highlighted (needs a status column).
    public var highlightOverdue: Bool
    /// Where libxlsxwriter puts its temporary files in constant-memory mode; the system's when `nil`.
    public var temporaryDirectory: String?
    /// The creation time written into the document properties (seconds since 1970); now when `nil`.
    public var created: Int?
    /// Whether task identifiers go into a hidden column after the table (``GridColumn/taskIdentifierTitle``),
    /// outside the print area, as in workbooks sent out to departments and merged back (LEDGER-SPEC §9).
    public var writesTaskIdentifiers: Bool

    /// Creates options.
    public init(
        schema: LedgerSchema = .standard, memoryMode: MemoryMode = .automatic, sheetName: String = "台账",
        author: String? = nil, company: String? = nil, highlightOverdue: Bool = true,
        temporaryDirectory: String? = nil, created: Int? = nil, writesTaskIdentifiers: Bool = false
    ) {
        self.schema = schema
        self.memoryMode = memoryMode
        self.sheetName = sheetName
        self.author = author
        self.company = company
        self.highlightOverdue = highlightOverdue
        self.temporaryDirectory = temporaryDirectory
        self.created = created
        self.writesTaskIdentifiers = writesTaskIdentifiers
    }

    /// Whether a sheet of `rows` rows (or of unknown size) is streamed.
    func streams(rows: Int?) -> Bool {
        switch memoryMode {
        case .constant: true
        case .inMemory: false
        case .automatic: rows.map { $0 > XLSXWriteOptions.constantMemoryRows } ?? true
        }
    }
}
