// SPDX-License-Identifier: Apache-2.0
// Choices for merging returned sheets into their master.

import TaizhangModel
import TaizhangTemplates
import TaizhangText

/// Choices for merging returns.
public struct MergeOptions: Sendable {
    /// Canonical department names, so a return named by an alias counts for its department.
    public var roster: DepartmentRoster?
    /// The schema of the merged workbook; its 完成情况 synonyms decide what counts as 已完成.
    public var schema: LedgerSchema

    /// Creates options; the schema is the shipped `progress` one.
    public init(roster: DepartmentRoster? = nil, schema: LedgerSchema? = nil) {
        self.roster = roster
        self.schema = schema ?? LedgerSchema.builtIn(named: "progress") ?? .standard
    }
}
