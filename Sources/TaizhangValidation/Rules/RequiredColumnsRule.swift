// SPDX-License-Identifier: Apache-2.0
// Columns the schema requires beyond the reader's own four (e.g. 完成情况 in a progress ledger).

import TaizhangModel

/// `missing-column` for a schema-required column the header lacks.
///
/// The reader already reports the four columns every ledger needs; this adds the ones a schema
/// requires on top (the progress schema's 完成情况).
public struct RequiredColumnsRule: ValidationRule {
    public let codes: [Finding.Code] = [.missingColumn]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        guard let columns = input.columns else { return }
        for column in input.options.schema.columns
        where column.required && !column.field.isRequiredColumn && columns[column.field] == nil {
            let place = input.ledger.entries.first?.task.source.map { SourceLocation(file: $0.file, sheet: $0.sheet) }
            report(Finding(.missingColumn, at: place ?? SourceLocation(file: ""), arguments: ["field": column.header]))
        }
    }
}
