// SPDX-License-Identifier: Apache-2.0
// The two text foldings every layer needs: trimming clerks' whitespace and folding full-width forms.

extension Unicode.Scalar {
    /// Whether the scalar is whitespace as clerks' files contain it: ASCII spaces and line breaks,
    /// the ideographic space U+3000, no-break spaces and the zero-width marks Word leaves behind.
    @inlinable
    public var isLedgerWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    /// Whether UTF-8 text is empty, or starts or ends with ledger whitespace, read from the
    /// bytes at its two ends without decoding the rest (the text must be valid UTF-8).
    @usableFromInline
    package static func ledgerWhitespaceAtEnds(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return true }
        var last = bytes.count - 1
        while last > 0, last > bytes.count - 4, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return isLedgerWhitespace(scalarValue(at: 0, in: bytes)) || isLedgerWhitespace(scalarValue(at: last, in: bytes))
    }

    /// The value of the scalar whose lead byte is at `index` of valid UTF-8.
    private static func scalarValue(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch lead {
        case ..<0x80: return lead
        case ..<0xE0: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case ..<0xF0:
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default: return 0x10000  // beyond the Basic Multilingual Plane, where no whitespace is
        }
    }

    private static func isLedgerWhitespace(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.isLedgerWhitespace ?? false
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace of any width (see ``Unicode/Scalar/isLedgerWhitespace``).
    ///
    /// Inlinable, so each caller gets it for its own string type: every cell of every row is
    /// trimmed, and the generic version costs several times as much.
    @inlinable
    public func trimmingLedgerWhitespace() -> String {
        // Most cells have nothing to trim: hand the text back without rebuilding it.
        if utf8.withContiguousStorageIfAvailable({ Unicode.Scalar.ledgerWhitespaceAtEnds(of: $0) }) == false {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isLedgerWhitespace }),
            let end = scalars.lastIndex(where: { !$0.isLedgerWhitespace })
        else { return "" }
        return String(self[start...end])
    }

    /// The text with full-width ASCII forms (Ｕ+FF01…FF5E, "１２", "（", "："), the ideographic
    /// space and the ideographic full stop used as a decimal point folded to their ASCII twins.
    ///
    /// Used where text is compared or parsed (headers, sequence numbers, department keys,
    /// dates), never on the text that is kept.
    public var halfWidthFolded: String {
        guard unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return String(self)
        }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                result.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000:
                result.append(" ")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
