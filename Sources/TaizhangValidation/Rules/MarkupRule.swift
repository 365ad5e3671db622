// SPDX-License-Identifier: Apache-2.0
// HTML or XML left in cells from a web page.

import TaizhangModel

/// `markup-in-cell`: HTML or XML left from a web page (`<p>`, `</p>`, `<br/>`, `&nbsp;`, `&#160;`).
public struct MarkupRule: RowRule {
    public let codes: [Finding.Code] = [.markupInCell]

    /// Creates the rule.
    public init() {}

    public func check(_ row: TaskRow, in context: ValidationContext, report: (Finding) -> Void) {
        for ((field, text), traits) in zip(row.cells, row.traits) where traits.contains(.markupStart) {
            guard let markup = MarkupRule.firstMarkup(in: text) else { continue }
            report(
                Finding(
                    .markupInCell, at: context.location(of: row.task, field), columnTitle: context.title(of: field),
                    arguments: ["markup": markup]))
        }
    }

    /// The first tag (`<p>`, `</span>`, `<br/>`) or entity (`&nbsp;`, `&#160;`) in the text.
    static func firstMarkup(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = scalars[index...].prefix(40).firstIndex(of: ">"), end > index + 1 {
                let inner = scalars[(index + 1)..<end]
                let name = inner.first == "/" ? inner.dropFirst() : inner[...]
                if let first = name.first,
                    first.properties.isASCIIHexDigit || ("a"..."z").contains(first)
                        || ("A"..."Z").contains(first), inner.allSatisfy({ $0.isASCII })
                {
                    return String(String.UnicodeScalarView(scalars[index...end]))
                }
            }
            if scalar == "&", let end = scalars[index...].prefix(10).firstIndex(of: ";"), end > index + 1 {
                let inner = scalars[(index + 1)..<end]
                if inner.allSatisfy({
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "#" || ("0"..."9").contains($0)
                }) {
                    return String(String.UnicodeScalarView(scalars[index...end]))
                }
            }
            index += 1
        }
        return nil
    }
}
