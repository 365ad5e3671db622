// SPDX-License-Identifier: Apache-2.0
// Stray and doubled spaces, and line breaks inside department names.

import TaizhangModel
import TaizhangText

/// `whitespace`: spaces before or after a cell's text, doubled spaces inside it, or a line break
/// inside a department name ("人力资源\n和社会保障局").
public struct WhitespaceRule: RowRule {
    public let codes: [Finding.Code] = [.whitespace]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        for ((field, text), traits) in zip(row.cells, row.traits) where !traits.isDisjoint(with: .anySpace) {
            guard let problem = WhitespaceRule.problem(in: text, field: field) else { continue }
            report(
                Finding(
                    .whitespace, at: context.location(of: row.task, field), columnTitle: context.title(of: field),
                    arguments: ["problem": problem]))
        }
    }

    /// What is wrong with the spaces of a cell, as a code word the messages translate.
    static func problem(in text: String, field: LedgerField) -> String? {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t"
        }
        func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
        let scalars = text.unicodeScalars
        if let first = scalars.first, isSpace(first) || isBreak(first) { return "leading" }
        if let last = scalars.last, isSpace(last) || isBreak(last) { return "trailing" }
        var previousIsSpace = false
        for scalar in scalars {
            let space = isSpace(scalar)
            if space, previousIsSpace { return "doubled" }
            previousIsSpace = space
        }
        if field == .lead || field == .cooperating, scalars.contains(where: isBreak),
            DepartmentList.hasLineBreakInName(text)
        {
            return "break-in-name"
        }
        return nil
    }
}
