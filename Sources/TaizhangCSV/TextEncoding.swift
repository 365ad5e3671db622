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
///
/// A decoder is fed the file in chunks of any size (``decode(_:final:)``), so a file of any length
/// is decoded in the memory of one chunk; it detects the character set from the file's start.
public struct TextDecoder {
    /// The character set detected (or given).
    public let encoding: TextEncoding
    private let file: String
    /// The byte-order mark still to skip at the start.
    private var markToSkip: Int
    /// The conversion, for files not in UTF-8.
    private let iconv: IconvStream?
    /// The bytes of a UTF-8 character cut at the end of the last chunk.
    private var carry: [UInt8] = []
    /// Bytes of the body (after the mark) handed over before the current chunk.
    private var offset = 0
    /// Line breaks decoded so far, for the line of a fault.
    private var lines = 0
    private var checkedStart = false
    /// Whether UTF-8 input is handed on unchecked, for a reader that checks each cell as it makes
    /// its string (``CSVTokenizer/invalidUTF8``) and asks a checking decoder where the fault is.
    /// ``decode(_:final:)`` then hands chunks on as they are, a character cut at a chunk's end
    /// included, and throws no `invalid-encoding` for UTF-8.
    public var leavesUTF8Unchecked = false

    /// A decoder for a file whose first bytes are `start` (up to a few dozen kilobytes is enough).
    ///
    /// - Parameters:
    ///   - start: the first bytes of the file, or all of it; they still have to be passed to ``decode(_:final:)``.
    ///   - file: the file as the user named it, for errors.
    ///   - encoding: an iconv encoding name to use instead of detecting one.
    ///   - isWhole: whether `start` is the whole file (a character cut at its end is then a fault).
    /// - Throws: ``LedgerReadError`` for empty or binary files and unknown encodings.
    public init(start: [UInt8], file: String, encoding: String? = nil, isWhole: Bool = false) throws(LedgerReadError) {
        guard !start.isEmpty else { throw LedgerReadError(.emptyFile, at: SourceLocation(file: file)) }
        try TextDecoder.refuseContainers(start, file: file)
        let (name, markLength): (String, Int)
        if let encoding {
            name = TextDecoder.canonical(encoding)
            markLength = TextDecoder.byteOrderMarkLength(start, for: name)
        } else {
            (name, markLength) = try TextDecoder.detect(start, file: file, isWhole: isWhole)
        }
        self.file = file
        self.encoding = TextEncoding(name: name, hadByteOrderMark: markLength > 0)
        markToSkip = markLength
        if name == "UTF-8" {
            iconv = nil
        } else {
            do throws(IconvFailure) {
                iconv = try IconvStream(from: name, to: "UTF-8")
            } catch {
                throw LedgerReadError(.unknownEncoding, at: SourceLocation(file: file), arguments: ["encoding": name])
            }
        }
    }

    /// A whole small file's text as UTF-8 (without a byte-order mark) and the encoding it was in.
    ///
    /// - Throws: ``LedgerReadError`` for empty, binary or undecodable files.
    public static func decode(
        _ bytes: [UInt8], file: String, encoding: String? = nil
    ) throws(LedgerReadError) -> (utf8: [UInt8], encoding: TextEncoding) {
        var decoder = try TextDecoder(start: bytes, file: file, encoding: encoding, isWhole: true)
        let utf8 = try decoder.decode(bytes, final: true)
        return (utf8, decoder.encoding)
    }

    /// The next chunk of the file as UTF-8; with `final`, the chunk ends the file.
    ///
    /// - Throws: ``LedgerReadError`` `invalid-encoding` naming the line and the bytes, or `not-text`
    ///   when the start of the file is mostly control characters.
    public mutating func decode(_ chunk: [UInt8], final: Bool) throws(LedgerReadError) -> [UInt8] {
        var body = chunk
        if markToSkip > 0 {
            let skipped = min(markToSkip, body.count)
            body.removeFirst(skipped)
            markToSkip -= skipped
        }
        let utf8: [UInt8]
        if let iconv {
            do throws(IconvFailure) {
                utf8 = try iconv.convert(body, final: final)
            } catch {
                switch error {
                case .unknownEncoding(let name):
                    throw LedgerReadError(
                        .unknownEncoding, at: SourceLocation(file: file), arguments: ["encoding": name])
                case .invalidSequence(let at), .truncatedSequence(let at):
                    throw invalidEncoding(in: body, at: at - offset, base: offset)
                }
            }
            offset += body.count
        } else if leavesUTF8Unchecked {
            // A character cut at the chunk's end goes on in the next one; the cells check it whole.
            offset += body.count
            utf8 = body
        } else {
            var input = carry
            input.append(contentsOf: body)
            let (complete, invalid) = TextDecoder.scanUTF8(input)
            let base = offset - carry.count
            if let invalid { throw invalidEncoding(in: input, at: invalid, base: base) }
            if final, complete < input.count { throw invalidEncoding(in: input, at: complete, base: base) }
            carry = Array(input[complete...])
            offset += body.count
            input.removeLast(input.count - complete)
            utf8 = input
        }
        if !checkedStart, !utf8.isEmpty {
            checkedStart = true
            try checkIsText(utf8)
        }
        if !leavesUTF8Unchecked || iconv != nil { lines += TextDecoder.lineFeeds(in: utf8) }
        return utf8
    }

    /// How many LF bytes the text holds, counted eight bytes at a time.
    private static func lineFeeds(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var index = 0
            while index + 8 <= buffer.count {
                count += ByteWord.bytes(ByteWord.load(base, at: index), equalTo: 0x0A).nonzeroBitCount
                index += 8
            }
            while index < buffer.count {
                if buffer[index] == 0x0A { count += 1 }
                index += 1
            }
            return count
        }
    }

    // MARK: - Detection

    private static func detect(_ bytes: [UInt8], file: String, isWhole: Bool) throws(LedgerReadError) -> (String, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if let nul = bytes.firstIndex(of: 0) {
            if let utf16 = utf16WithoutMark(bytes) { return (utf16, 0) }
            throw LedgerReadError(.notText, at: SourceLocation(file: file, line: lineNumber(in: bytes, at: nul)))
        }
        let (complete, invalid) = scanUTF8(bytes)
        if invalid == nil, !isWhole || complete == bytes.count { return ("UTF-8", 0) }
        // Many Chinese characters read as UTF-8 before the first fault: the file is UTF-8 with a
        // damaged byte, which decoding names by its line, not GB18030 read as garbled text.
        // (GB18030 text almost never holds more than a few characters that are also valid UTF-8.)
        if multibyteCharacters(in: bytes[..<complete]) >= 16 { return ("UTF-8", 0) }
        return ("GB18030", 0)
    }

    /// How many characters of more than one byte valid UTF-8 text holds: its lead bytes.
    private static func multibyteCharacters(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0xC0 ? 1 : 0) }
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
    private func checkIsText(_ utf8: [UInt8]) throws(LedgerReadError) {
        var controls = 0
        var firstControl: Int?
        for (index, byte) in utf8.enumerated()
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            controls += 1
            if firstControl == nil { firstControl = index }
        }
        // A NUL, or control characters by the dozen and over 1 % of the text: a binary file. A few
        // stray ones (a vertical tab pasted from Word) stay in the text for the writer to report.
        if let firstControl, (controls >= 16 && controls * 100 > utf8.count) || utf8[firstControl] == 0 {
            throw LedgerReadError(
                .notText,
                at: SourceLocation(
                    file: file, line: lines + TextDecoder.lineNumber(in: utf8, at: firstControl)))
        }
    }

    /// The fault at `local` in `bytes`, a chunk that starts `base` bytes into the body.
    private func invalidEncoding(in bytes: [UInt8], at local: Int, base: Int) -> LedgerReadError {
        let local = max(0, min(local, bytes.count))
        let line = lines + TextDecoder.lineNumber(in: bytes, at: local, encoding: encoding.name)
        return LedgerReadError(
            .invalidEncoding, at: SourceLocation(file: file, line: line),
            arguments: [
                "encoding": encoding.name, "bytes": TextDecoder.hex(bytes[local..<min(bytes.count, local + 4)]),
                "offset": String(base + local),
            ]
        )
    }

    /// Bytes as a message shows them: "E4 B8 2C".
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: " ")
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
            let unit =
                littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if unit == 0x0A { line += 1 }
            index += 2
        }
        return line
    }

    /// How many bytes of `bytes` make whole, valid UTF-8 characters, and the offset of the first
    /// byte that breaks UTF-8 (`nil` when the only fault is a character cut at the end).
    ///
    /// One pass, with two fast paths for what ledgers hold: eight ASCII bytes at a time, and a
    /// three-byte character (all of CJK) checked at once; anything else byte by byte.
    package static func scanUTF8(_ bytes: [UInt8]) -> (complete: Int, invalid: Int?) {
        bytes.withUnsafeBufferPointer { scanUTF8($0) }
    }

    /// ``scanUTF8(_:)-([UInt8])`` over bytes in memory.
    package static func scanUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> (complete: Int, invalid: Int?) {
        guard let base = buffer.baseAddress else { return (0, nil) }
        let count = buffer.count
        var index = 0
        while index < count {
            if index &+ 8 <= count, ByteWord.load(base, at: index) & 0x8080_8080_8080_8080 == 0 {
                index &+= 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            // A run of three-byte characters: E1–EC and EE–EF take any two continuation bytes
            // (E0 and ED narrow the first), so each is one test of its lead with both
            // continuation bytes on a four-byte load, and two of the lead's low bits; the last
            // character of the buffer is left to the general test below.
            if lead & 0xF0 == 0xE0 {
                var at = index
                while at &+ 4 <= count {
                    let word = UInt32(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt32.self))
                    guard word & 0x00C0_C0F0 == 0x0080_80E0, word & 0x0F != 0, word & 0x0F != 0x0D else { break }
                    at &+= 3
                }
                if at != index {
                    index = at
                    continue
                }
            }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let trailing: Int
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F
            case 0xF0: trailing = 3; low = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F
            default: return (index, index)
            }
            for step in 1...trailing {
                if index + step >= count { return (index, nil) }
                let byte = base[index + step]
                let (minimum, maximum) = step == 1 ? (low, high) : (0x80, 0xBF)
                if byte < minimum || byte > maximum { return (index, index) }
            }
            index += trailing + 1
        }
        return (count, nil)
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
