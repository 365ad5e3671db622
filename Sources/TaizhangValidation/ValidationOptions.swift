// SPDX-License-Identifier: Apache-2.0
// What a validation run checks against: schema, roster, the as-of date, the year, severities.

import TaizhangModel
import TaizhangTemplates
import TaizhangText

/// The standards a ledger is checked against.
public struct ValidationOptions: Sendable {
    /// The schema: required columns, allowed values (完成情况).
    public var schema: LedgerSchema
    /// The department roster; without one, names are not checked against a list.
    public var roster: DepartmentRoster?
    /// The day `overdue` is judged on (`--as-of`, default today).
    public var asOf: CalendarDate
    /// The ledger year, when the title names none (`--year`).
    public var year: Int?
    /// Severities raised or lowered per code (`--severity CODE=LEVEL`, or a config file).
    public var severities: [Finding.Code: Severity]
    /// The language of a JSON report to be written of this run, if one will be: each finding's
    /// object is then rendered as it is found, on the validating thread, and writing the report
    /// copies bytes (``ValidationReport/writeJSON(_:to:)``). `nil` renders nothing ahead.
    public var rendersJSONIn: MessageLanguage?

    /// Creates options.
    public init(
        schema: LedgerSchema = .standard, roster: DepartmentRoster? = nil, asOf: CalendarDate, year: Int? = nil,
        severities: [Finding.Code: Severity] = [:]
    ) {
        self.schema = schema
        self.roster = roster
        self.asOf = asOf
        self.year = year
        self.severities = severities
    }
}
