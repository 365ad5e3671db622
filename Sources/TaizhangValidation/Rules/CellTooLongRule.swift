// SPDX-License-Identifier: Apache-2.0
// Cells longer than Excel's 32,767 characters.

import TaizhangModel

/// `cell-too-long`: a cell over Excel's 32,767 characters (it cannot be written back to .xlsx).
public struct CellTooLongRule: RowRule {
    public let codes: [Finding.Code] = [.cellTooLong]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        for (field, text) in row.cells where text.utf8.count > 32_767 && text.utf16.count > 32_767 {
            report(
                Finding(
                    .cellTooLong, at: context.location(of: row.task, field), columnTitle: context.title(of: field),
                    arguments: ["length": String(text.utf16.count)]))
        }
    }
}
