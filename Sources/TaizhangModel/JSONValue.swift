// SPDX-License-Identifier: Apache-2.0
// Writing JSON with its keys in a fixed order.

/// A JSON value whose objects keep their keys in order, for outputs whose key order is a
/// contract (LEDGER-SPEC §7 and §8); Foundation's encoder on Linux does not keep it.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case number(Int)
    /// A number with a fraction, written in the fewest digits that read back as the same value
    /// (0.625, 1.0); round it first to the places wanted.
    case decimal(Double)
    /// A string.
    case text(String)
    /// An array.
    case array([JSONValue])
    /// An object, keys in the order given.
    case object([(String, JSONValue)])

    /// A string, or null when absent.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.text) ?? .null
    }

    /// The value as indented JSON text (two spaces), with a final line break.
    public var jsonText: String {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value's JSON text, nested `indent` spaces deep, to a string (for writers that
    /// stream a document piece by piece).
    public func write(to output: inout String, indent: Int) {
        var bytes: [UInt8] = []
        write(to: &bytes, indent: indent)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value's JSON text, nested `indent` spaces deep, as UTF-8.
    public func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null:
            output += JSONValue.nullBytes
        case .bool(let value):
            output += value ? JSONValue.trueBytes : JSONValue.falseBytes
        case .number(let value):
            output += String(value).utf8
        case .decimal(let value):
            output += value.isFinite ? String(value).utf8 : "null".utf8
        case .text(let value):
            JSONValue.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output += [0x5B, 0x5D]
                return
            }
            output += [0x5B, 0x0A]
            for (index, item) in items.enumerated() {
                JSONValue.writeIndent(indent + 2, to: &output)
                item.write(to: &output, indent: indent + 2)
                output += index == items.count - 1 ? [0x0A] : [0x2C, 0x0A]
            }
            JSONValue.writeIndent(indent, to: &output)
            output.append(0x5D)
        case .object(let fields):
            guard !fields.isEmpty else {
                output += [0x7B, 0x7D]
                return
            }
            output += [0x7B, 0x0A]
            for (index, (key, value)) in fields.enumerated() {
                JSONValue.writeIndent(indent + 2, to: &output)
                JSONValue.writeString(key, to: &output)
                output += [0x3A, 0x20]
                value.write(to: &output, indent: indent + 2)
                output += index == fields.count - 1 ? [0x0A] : [0x2C, 0x0A]
            }
            JSONValue.writeIndent(indent, to: &output)
            output.append(0x7D)
        }
    }

    /// `null` as UTF-8, for writers that lay out JSON themselves.
    package static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)

    private static func writeIndent(_ count: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// Appends a JSON string to a string.
    static func writeString(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes a JSON string: quotes, backslashes and control characters escaped, U+2028 and U+2029
    /// too (for JavaScript readers), the rest as is (UTF-8), copied a run of bytes at a time.
    package static func writeString(_ value: String, to output: inout [UInt8]) {
        var value = value
        output.append(0x22)
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var runStart = 0
            var index = 0
            while index < count {
                // Most bytes need nothing: skip eight at a time while none can, else one at a time.
                if index &+ 8 <= count {
                    let word = ByteWord.load(base, at: index)
                    let candidates =
                        ByteWord.mayHoldByte(word, below: 0x23) | ByteWord.bytes(word, equalTo: 0x5C)
                        | ByteWord.bytes(word, equalTo: 0xE2)
                    if candidates == 0 {
                        index &+= 8
                        continue
                    }
                    index &+= ByteWord.firstMarked(candidates)
                }
                let byte = base[index]
                if byte > 0x22, byte != 0x5C, byte != 0xE2 {
                    index &+= 1
                    continue
                }
                let escape: [UInt8]
                var width = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20:
                    let hex = Array(String(byte, radix: 16).utf8)
                    escape = Array("\\u00".utf8) + (hex.count == 1 ? [0x30] : []) + hex
                case 0xE2
                where index + 2 < count && base[index + 1] == 0x80
                    && (base[index + 2] == 0xA8 || base[index + 2] == 0xA9):
                    escape = Array((base[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    // A space, "!", or an E2 that starts another character.
                    index &+= 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                output.append(contentsOf: escape)
                index += width
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        }
        output.append(0x22)
    }
}
