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
        for (field, text) in row.cells where !text.isEmpty {
            guard let problem = WhitespaceRule.problem(in: text, field: field) else { continue }
            report(Finding(.whitespace, at: context.location(of: row.task, field), columnTitle: context.title(of: field),
                           arguments: ["problem": problem]))
        }
    }

    /// What is wrong with the spaces of a cell, as a code word the messages translate.
    static func problem(in text: String, field: LedgerField) -> String? {
        // Most cells hold no space, tab, line break, no-break or ideographic space at all.
        guard WhitespaceRule.mayHaveSpace(text) else { return nil }
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
        if field == .lead || field == .cooperating, scalars.contains(where: isBreak), DepartmentList.hasLineBreakInName(text) {
            return "break-in-name"
        }
        return nil
    }

    /// Whether the text holds a byte that could start a space or a line break (an ASCII control or
    /// space, U+00A0 or U+3000): a quick test that clears most cells.
    private static func mayHaveSpace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte <= 0x20 { return true }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return true }
                if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return true }
                index += 1
            }
            return false
        }
    }
}
