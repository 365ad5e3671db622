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

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// Looks at the header alone.
    private final class Checker: RowChecker {
        let context: ValidationContext

        init(context: ValidationContext) { self.context = context }

        func check(_ row: TaskRow, report: (Finding) -> Void) {}

        func start(report: (Finding) -> Void) {
            guard let columns = context.columns else { return }
            for column in context.options.schema.columns
            where column.required && !column.field.isRequiredColumn && columns[column.field] == nil {
                report(
                    Finding(
                        .missingColumn, at: SourceLocation(file: context.file, sheet: context.sheet),
                        arguments: ["field": column.header]))
            }
        }
    }
}
