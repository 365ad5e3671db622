// SPDX-License-Identifier: Apache-2.0
// Making text fit for a workbook cell: characters XML cannot hold removed, Excel's length limit checked.

import TaizhangModel

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

    /// Whether the text holds a byte that may need cleaning: a C0 control other than tab and line
    /// feed, or the lead byte of U+FFFE/U+FFFF. Eight bytes at a time: most cells have neither.
    private static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 8 <= bytes.count {
                let word = ByteWord.load(base, at: index)
                // A byte below 0x20, or a byte equal to 0xEF, anywhere in the word.
                if ByteWord.mayHoldByte(word, below: 0x20) | ByteWord.bytes(word, equalTo: 0xEF) != 0,
                    scan(bytes, from: index, to: index + 8)
                {
                    return true
                }
                index += 8
            }
            return scan(bytes, from: index, to: bytes.count)
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        for index in start..<end {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A { return true }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
        }
        return false
    }
}
