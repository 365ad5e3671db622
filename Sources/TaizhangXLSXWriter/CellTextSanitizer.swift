// SPDX-License-Identifier: Apache-2.0
// Making text fit for a workbook cell: characters XML cannot hold removed, Excel's length limit checked.

/// Prepares cell text for a workbook.
///
/// XML 1.0, and therefore every .xlsx, cannot hold the C0 control characters other than tab and
/// line feed, nor U+FFFE and U+FFFF; text pasted from old systems carries them. They are removed
/// (the caller reports a warning), carriage returns become line feeds, and a cell longer than
/// Excel's 32,767 characters (counted in UTF-16 units, as Excel counts) is refused.
public enum CellTextSanitizer {
    /// The most characters a cell can hold.
    public static let maximumLength = 32_767

    /// The text ready for a cell, and how many characters were removed.
    public static func clean(_ text: String) -> (text: String, removed: Int) {
        guard needsCleaning(text) else { return (text, 0) }
        var result = String.UnicodeScalarView()
        var removed = 0
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                result.append("\n")
            case 0x0A where afterCarriageReturn:
                continue
            case 0x09, 0x0A:
                result.append(scalar)
            case 0x00...0x1F, 0xFFFE, 0xFFFF:
                removed += 1
            default:
                result.append(scalar)
            }
        }
        return (String(result), removed)
    }

    /// Whether the text is longer than a cell can hold.
    public static func isTooLong(_ text: String) -> Bool {
        text.utf8.count > maximumLength && text.utf16.count > maximumLength
    }

    private static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A { return true }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
