// SPDX-License-Identifier: Apache-2.0
// Reading xl/styles.xml: which cell formats show numbers as dates or times.

import TaizhangModel

/// Reads the number format of every cell format (`cellXfs/xf numFmtId`) and the custom format
/// codes (`numFmts/numFmt`), and tells which style indices are dates.
final class StylesPart: XMLPartHandler {
    private var formatOfStyle: [Int] = []
    private var customCodes: [Int: String] = [:]
    private var inCellFormats = false

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("cellXfs") {
            inCellFormats = true
        } else if name.is("xf"), inCellFormats {
            formatOfStyle.append(attributes.string("numFmtId").flatMap { Int($0) } ?? 0)
        } else if name.is("numFmt"), let id = attributes.string("numFmtId").flatMap({ Int($0) }),
            let code = attributes.string("formatCode")
        {
            customCodes[id] = code
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {
        if name.is("cellXfs") { inCellFormats = false }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {}

    /// The style indices whose numbers are dates or times.
    var dateStyles: Set<Int> {
        var result: Set<Int> = []
        for (style, format) in formatOfStyle.enumerated() where isDateFormat(format) {
            result.insert(style)
        }
        return result
    }

    private func isDateFormat(_ id: Int) -> Bool {
        if let code = customCodes[id] { return StylesPart.isDateCode(code) }
        // Built-in date and time formats, including the CJK ones Chinese Excel uses (27–36, 50–58).
        return (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id)
            || (50...58).contains(id) || (71...81).contains(id)
    }

    /// Whether a format code shows a date or time: y, m, d, h, s (or 年月日时分秒) outside quoted
    /// text, brackets ([$-804], [Red]) and escaped characters.
    static func isDateCode(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[": if !inQuotes { inBrackets = true }
            case "]": if !inQuotes { inBrackets = false }
            default:
                guard !inQuotes, !inBrackets else { continue }
                if "ymdhsYMDHS年月日时分秒".contains(character) { return true }
            }
        }
        // Elapsed-time formats are all brackets: [h]:mm.
        return code.contains("[h]") || code.contains("[mm]") || code.contains("[ss]")
    }
}
