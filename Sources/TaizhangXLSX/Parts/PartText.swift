// SPDX-License-Identifier: Apache-2.0
// Text as OOXML stores it: UTF-8 runs gathered from expat, and the _xHHHH_ escapes of ST_Xstring.

/// Gathers the UTF-8 pieces expat hands over into one string.
struct TextCollector {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The text, with `_xHHHH_` escapes decoded.
    var string: String { OOXMLEscapes.decode(bytes) }

    /// Calls `body` with the text's UTF-8, `_xHHHH_` escapes decoded.
    func withDecodedBytes<E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        if let decoded = OOXMLEscapes.decodedBytes(bytes) {
            try decoded.withUnsafeBufferPointer(body)
        } else {
            try bytes.withUnsafeBufferPointer(body)
        }
    }
}

/// ECMA-376 ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` an underscore.
///
/// Excel writes characters XML cannot hold this way; calamine and LibreOffice decode them,
/// openpyxl does not. Decoding is one pass left to right, so "_x005F_x000D_" is the text "_x000D_".
enum OOXMLEscapes {
    static func decode(_ bytes: [UInt8]) -> String {
        String(decoding: decodedBytes(bytes) ?? bytes, as: UTF8.self)
    }

    /// The bytes with their escapes decoded; `nil` when there can be none to decode.
    static func decodedBytes(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 7, bytes.contains(0x5F) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x5F, index + 6 < bytes.count, bytes[index + 1] == 0x78 || bytes[index + 1] == 0x58,
                bytes[index + 6] == 0x5F, let value = hexValue(bytes[(index + 2)..<(index + 6)]),
                let scalar = Unicode.Scalar(value)
            {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case 0x30...0x39: value = value * 16 + UInt32(digit - 0x30)
            case 0x41...0x46: value = value * 16 + UInt32(digit - 0x41 + 10)
            case 0x61...0x66: value = value * 16 + UInt32(digit - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }
}
