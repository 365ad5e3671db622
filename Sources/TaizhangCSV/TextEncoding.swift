// SPDX-License-Identifier: Apache-2.0
// Telling which character set a CSV file is in, and turning it into UTF-8.

import Foundation
import TaizhangFileKind
import TaizhangModel

/// The character set a text file was read in.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// The iconv name, e.g. "UTF-8", "GB18030", "UTF-16LE".
    public let name: String
    /// Whether the file began with a byte-order mark.
    public let hadByteOrderMark: Bool

    /// Creates an encoding description.
    public init(name: String, hadByteOrderMark: Bool = false) {
        self.name = name
        self.hadByteOrderMark = hadByteOrderMark
    }

    /// The name, with "BOM" when the file had one.
    public var description: String { hadByteOrderMark ? "\(name) BOM" : name }
}

/// Decodes the bytes of a text file into UTF-8, detecting the character set when not told.
///
/// Detection follows what clerks' files really are: a byte-order mark first (UTF-8, UTF-16LE
/// from Excel's "Unicode text", UTF-16BE); else valid UTF-8; else GB18030, the superset of GBK
/// and GB2312 that Excel in Chinese saves as "CSV". Workbooks and other binary files named as
/// text are told apart and refused with an error that says what they are.
public enum TextDecoder {
    /// The file's text as UTF-8 bytes (without a byte-order mark) and the encoding it was in.
    ///
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the file as the user named it, for errors.
    ///   - encoding: an iconv encoding name to use instead of detecting one.
    /// - Throws: ``LedgerReadError`` for empty, binary or undecodable files.
    /// - Complexity: a UTF-8 file handed over without other references is never copied (its
    ///   byte-order mark is removed in place), so a large file is held once.
    public static func decode(
        _ bytes: consuming [UInt8], file: String, encoding: String? = nil
    ) throws(LedgerReadError) -> (utf8: [UInt8], encoding: TextEncoding) {
        var bytes = bytes
        guard !bytes.isEmpty else { throw LedgerReadError(.emptyFile, at: SourceLocation(file: file)) }
        try refuseContainers(bytes, file: file)
        let (name, markLength): (String, Int)
        if let encoding {
            name = canonical(encoding)
            markLength = byteOrderMarkLength(bytes, for: name)
        } else {
            (name, markLength) = try detect(bytes, file: file)
        }
        bytes.removeFirst(markLength)
        let body = bytes
        let detected = TextEncoding(name: name, hadByteOrderMark: markLength > 0)
        let utf8: [UInt8]
        if name == "UTF-8" {
            guard let invalid = firstInvalidUTF8(body) else {
                utf8 = body
                return try checked(utf8, encoding: detected, file: file)
            }
            throw invalidEncoding(in: body, at: invalid, encoding: name, file: file)
        }
        do throws(IconvFailure) {
            utf8 = try Iconv.convert(body, from: name, to: "UTF-8")
        } catch {
            switch error {
            case .unknownEncoding(let name):
                throw LedgerReadError(.unknownEncoding, at: SourceLocation(file: file), arguments: ["encoding": name])
            case .invalidSequence(let offset), .truncatedSequence(let offset):
                throw invalidEncoding(in: body, at: offset, encoding: name, file: file)
            }
        }
        return try checked(utf8, encoding: detected, file: file)
    }

    // MARK: - Detection

    private static func detect(_ bytes: [UInt8], file: String) throws(LedgerReadError) -> (String, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if let nul = bytes.firstIndex(of: 0) {
            if let utf16 = utf16WithoutMark(bytes) { return (utf16, 0) }
            throw LedgerReadError(.notText, at: SourceLocation(file: file, line: lineNumber(in: bytes, at: nul)))
        }
        if firstInvalidUTF8(bytes) == nil { return ("UTF-8", 0) }
        return ("GB18030", 0)
    }

    /// UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenNul = 0
        var oddNul = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
        }
        let pairs = sample.count / 2
        if oddNul * 10 >= pairs * 3, evenNul == 0 { return "UTF-16LE" }
        if evenNul * 10 >= pairs * 3, oddNul == 0 { return "UTF-16BE" }
        return nil
    }

    private static func canonical(_ name: String) -> String {
        let upper = name.uppercased().replacingOccurrences(of: "_", with: "-")
        switch upper {
        case "UTF8", "UTF-8", "UTF-8-SIG", "UTF8-BOM", "UTF-8-BOM": return "UTF-8"
        case "GBK", "CP936", "GB2312", "EUC-CN", "GB18030": return "GB18030"
        case "UTF16LE", "UTF-16LE", "UTF-16", "UTF16", "UNICODE": return "UTF-16LE"
        case "UTF16BE", "UTF-16BE": return "UTF-16BE"
        default: return name
        }
    }

    private static func byteOrderMarkLength(_ bytes: [UInt8], for name: String) -> Int {
        switch name {
        case "UTF-8": bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case "UTF-16LE": bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case "UTF-16BE": bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case "GB18030": bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) ? 4 : 0
        default: 0
        }
    }

    /// Workbooks and other files that are not text are refused with what they are
    /// (``FileKind``); HTML and XML pass, as text.
    private static func refuseContainers(_ bytes: [UInt8], file: String) throws(LedgerReadError) {
        let kind = FileKind.sniff(bytes: bytes)
        switch kind {
        case .workbook:
            throw LedgerReadError(.workbookAsText, at: SourceLocation(file: file), arguments: ["extension": ".xlsx"])
        case .biffWorkbook:
            throw LedgerReadError(.workbookAsText, at: SourceLocation(file: file), arguments: ["extension": ".xls"])
        case .html, .spreadsheetXML, .text:
            return
        default:
            if let error = kind.unreadableError(file: file) { throw error }
        }
    }

    /// Refuses decoded text that is mostly control characters: a binary file that happened to decode.
    private static func checked(
        _ utf8: [UInt8], encoding: TextEncoding, file: String
    ) throws(LedgerReadError) -> (utf8: [UInt8], encoding: TextEncoding) {
        var controls = 0
        var firstControl: Int?
        for (index, byte) in utf8.enumerated() where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            controls += 1
            if firstControl == nil { firstControl = index }
        }
        if let firstControl, controls * 100 > utf8.count || utf8[firstControl] == 0 {
            throw LedgerReadError(.notText, at: SourceLocation(file: file, line: lineNumber(in: utf8, at: firstControl)))
        }
        return (utf8, encoding)
    }

    private static func invalidEncoding(in bytes: [UInt8], at offset: Int, encoding: String, file: String) -> LedgerReadError {
        let shown = bytes[offset..<min(bytes.count, offset + 4)].map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }
        return LedgerReadError(
            .invalidEncoding,
            at: SourceLocation(file: file, line: lineNumber(in: bytes, at: offset, encoding: encoding)),
            arguments: ["encoding": encoding, "bytes": shown.joined(separator: " "), "offset": String(offset)]
        )
    }

    /// The 1-based line of a byte offset, counting LF (in UTF-16, LF code units, not bytes).
    static func lineNumber(in bytes: [UInt8], at offset: Int, encoding: String = "UTF-8") -> Int {
        let end = min(offset, bytes.count)
        guard encoding.hasPrefix("UTF-16") else {
            return bytes[..<end].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        let littleEndian = encoding == "UTF-16LE"
        var line = 1
        var index = 0
        while index + 1 < end {
            let unit = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if unit == 0x0A { line += 1 }
            index += 2
        }
        return line
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

/// Encodes text in a character set other than UTF-8.
public enum TextEncoder {
    /// The text's bytes in an iconv encoding ("GB18030", "UTF-16LE").
    ///
    /// - Throws: ``LedgerWriteError`` with code `unrepresentable` when a character has no form
    ///   in the encoding (never for GB18030, which maps all of Unicode).
    public static func encode(_ text: String, as encoding: String, file: String) throws(LedgerWriteError) -> [UInt8] {
        do throws(IconvFailure) {
            return try Iconv.convert(Array(text.utf8), from: "UTF-8", to: encoding)
        } catch {
            var problem = ""
            if case .invalidSequence(let offset) = error {
                problem = String(decoding: Array(text.utf8)[offset...].prefix(4), as: UTF8.self)
            }
            throw LedgerWriteError(.unrepresentable, path: file, arguments: ["encoding": encoding, "text": problem])
        }
    }
}
