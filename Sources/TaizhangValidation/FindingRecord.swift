// SPDX-License-Identifier: Apache-2.0
// A finding as bytes, for the spill file of a long report: lengths and values, no parsing.

import TaizhangModel

/// Encodes findings compactly for ``FindingLog``'s spill file and reads them back: strings as a
/// length and UTF-8, optionals behind a flag byte, numbers as eight bytes.
enum FindingRecord {
    static func encode(_ finding: Finding) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        write(finding.code.rawValue, to: &bytes)
        write(finding.severity.rawValue, to: &bytes)
        write(finding.location.file, to: &bytes)
        write(finding.location.sheet, to: &bytes)
        write(finding.location.row, to: &bytes)
        write(finding.location.column, to: &bytes)
        write(finding.location.line, to: &bytes)
        write(finding.columnTitle, to: &bytes)
        write(finding.arguments.count, to: &bytes)
        for key in finding.arguments.keys.sorted() {
            write(key, to: &bytes)
            write(finding.arguments[key] ?? "", to: &bytes)
        }
        write(finding.suggestions.count, to: &bytes)
        for suggestion in finding.suggestions { write(suggestion, to: &bytes) }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> Finding {
        var reader = Reader(bytes: bytes)
        guard let code = Finding.Code(rawValue: reader.string()) else {
            preconditionFailure("a spilled code is in the catalogue")
        }
        let severity = Severity(rawValue: reader.string()) ?? .error
        let location = SourceLocation(
            file: reader.string(), sheet: reader.optionalString(), row: reader.optionalNumber(),
            column: reader.optionalNumber(), line: reader.optionalNumber())
        let columnTitle = reader.optionalString()
        var arguments: [String: String] = [:]
        for _ in 0..<reader.number() {
            let key = reader.string()
            arguments[key] = reader.string()
        }
        let suggestions = (0..<reader.number()).map { _ in reader.string() }
        return Finding(
            code, severity: severity, at: location, columnTitle: columnTitle, arguments: arguments,
            suggestions: suggestions)
    }

    private static func write(_ number: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func write(_ number: Int?, to bytes: inout [UInt8]) {
        bytes.append(number == nil ? 0 : 1)
        if let number { write(number, to: &bytes) }
    }

    private static func write(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count, to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    private static func write(_ text: String?, to bytes: inout [UInt8]) {
        bytes.append(text == nil ? 0 : 1)
        if let text { write(text, to: &bytes) }
    }

    /// Reads values back in the order they were written.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func number() -> Int {
            var value: Int64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<offset + 8]) }
            offset += 8
            return Int(Int64(littleEndian: value))
        }

        mutating func optionalNumber() -> Int? {
            offset += 1
            return bytes[offset - 1] == 0 ? nil : number()
        }

        mutating func string() -> String {
            let count = number()
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }

        mutating func optionalString() -> String? {
            offset += 1
            return bytes[offset - 1] == 0 ? nil : string()
        }
    }
}
