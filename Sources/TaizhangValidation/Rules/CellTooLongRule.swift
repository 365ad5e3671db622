// SPDX-License-Identifier: Apache-2.0
// Cells longer than Excel's 32,767 characters.

import TaizhangModel

/// `cell-too-long`: a cell over Excel's 32,767 characters (it cannot be written back to .xlsx).
public struct CellTooLongRule: ValidationRule {
    public let codes: [Finding.Code] = [.cellTooLong]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        for entry in input.entries {
            for (field, text) in textCells(of: entry.task, in: input) where text.utf16.count > 32_767 {
                report(Finding(.cellTooLong, at: input.location(of: entry.task, field), columnTitle: input.title(of: field),
                               arguments: ["length": String(text.utf16.count)]))
            }
        }
    }
}
