// SPDX-License-Identifier: Apache-2.0
// Control characters in a cell, which Excel cannot hold (pasted from Word or a web page).

import TaizhangModel

/// `control-character`: a cell holds characters below U+0020 other than tab and line breaks; an
/// Excel output leaves them out, so the clerk should see them first.
public struct ControlCharacterRule: RowRule {
    public let codes: [Finding.Code] = [.controlCharacter]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        for ((field, text), traits) in zip(row.cells, row.traits) where traits.contains(.controlOrSpace) {
            let count = ControlCharacterRule.count(in: text)
            guard count > 0 else { continue }
            report(
                Finding(
                    .controlCharacter, at: context.location(of: row.task, field), columnTitle: context.title(of: field),
                    arguments: ["count": String(count)]))
        }
    }

    /// How many control characters Excel cannot hold the text has.
    static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            bytes.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D ? 1 : 0) }
        }
    }
}
