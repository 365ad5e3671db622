// SPDX-License-Identifier: Apache-2.0
// Choices for splitting a ledger, and what a split wrote.

import TaizhangModel
import TaizhangTemplates
import TaizhangText

/// Choices for splitting a ledger.
public struct SplitOptions: Sendable {
    /// Canonical department names; a department named by an alias gets the canonical name's file.
    public var roster: DepartmentRoster?
    /// Whether existing files in the folder may be replaced (`--force`).
    public var overwrite: Bool
    /// The schema of the department workbooks: fonts, widths, the 完成情况 values.
    public var schema: LedgerSchema
    /// The creation time in the document properties (seconds since 1970); now when `nil`.
    public var created: Int?

    /// Creates options; the schema is the shipped `progress` one.
    public init(
        roster: DepartmentRoster? = nil, overwrite: Bool = false, schema: LedgerSchema? = nil, created: Int? = nil
    ) {
        self.roster = roster
        self.overwrite = overwrite
        self.schema = schema ?? LedgerSchema.builtIn(named: "progress") ?? .standard
        self.created = created
    }
}

/// What a split wrote.
public struct SplitOutcome: Sendable {
    /// Every department with tasks, in the order the ledger first names them.
    public var shares: [DepartmentShare]
    /// The workbook written for each share, in the same order.
    public var files: [String]
    /// The distribution list (分发清单.xlsx).
    public var manifest: String
    /// How many task identifiers were derived (all of them for a master that carries none).
    public var derivedIdentifiers: Int
    /// Warnings of the writers (control characters removed).
    public var findings: [Finding]
}
