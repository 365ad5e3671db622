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
}

extension StringProtocol {
    /// The text without leading and trailing whitespace of any width (see ``Unicode/Scalar/isLedgerWhitespace``).
    ///
    /// Inlinable, so each caller gets it for its own string type: every cell of every row is
    /// trimmed, and the generic version costs several times as much.
    @inlinable
    public func trimmingLedgerWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        // Most cells have nothing to trim: hand the text back without rebuilding it.
        if !first.isLedgerWhitespace, !last.isLedgerWhitespace { return String(self) }
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
