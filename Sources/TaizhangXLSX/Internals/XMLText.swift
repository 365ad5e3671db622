// SPDX-License-Identifier: Apache-2.0
// Character data for the scanner: validated as UTF-8 and XML characters, references decoded in place.

import TaizhangModel

/// The bytes the scanner tests, and the classes of ASCII bytes in text.
enum XMLByte {
    static let less: UInt8 = 0x3C, greater: UInt8 = 0x3E, slash: UInt8 = 0x2F, equals: UInt8 = 0x3D
    static let quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27, ampersand: UInt8 = 0x26
    static let newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, tab: UInt8 = 0x09, space: UInt8 = 0x20

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == newline || byte == tab || byte == carriageReturn
    }

    @inline(__always) static func isNameStart(_ byte: UInt8) -> Bool {
        let upper = byte & 0xDF
        return (upper >= 0x41 && upper <= 0x5A) || byte == 0x5F || byte == 0x3A
    }

    @inline(__always) static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    /// The ASCII bytes text cannot simply pass, as bits: '<', '&', '>', CR and the control characters XML forbids.
    private static let specialMask: UInt64 =
        (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A)) | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 && specialMask >> byte & 1 == 1
    }
}

/// Text between tags and attribute values, as expat delivers them.
enum XMLText {
    /// Scans text from `start` up to the next '<' and hands it over (decoded in place) as one piece.
    /// Returns the index of the '<', or of a reference or character the bytes cut short, which is
    /// scanned again with the next bytes.
    ///
    /// - Throws: ``XMLScanner/surprise`` for what expat would refuse or read differently.
    static func scan<Handler: XMLPartHandler>(
        _ base: UnsafeMutablePointer<UInt8>, from start: Int, count: Int, handler: Handler
    ) throws(LedgerReadError) -> Int {
        var read = start
        var write = start
        scanning: do {
            while read < count {
                let byte = base[read]
                if byte < 0x80 {
                    if !XMLByte.isSpecial(byte) {
                        if write != read { base[write] = byte }
                        read += 1
                        write += 1
                        continue
                    }
                    if byte == XMLByte.less { break scanning }
                    if byte == XMLByte.ampersand {
                        guard let (after, written) = try reference(base, at: read, count: count, into: write) else {
                            break scanning
                        }
                        read = after
                        write += written
                    } else if byte == XMLByte.carriageReturn {
                        // Line ends read as one newline, as XML requires.
                        guard read + 1 < count else { break scanning }
                        base[write] = XMLByte.newline
                        write += 1
                        read += base[read + 1] == XMLByte.newline ? 2 : 1
                    } else if byte == XMLByte.greater {
                        // "]]>" may not stand in text; a '>' after ']' (or first in a piece) is expat's to judge.
                        guard write > start, base[write - 1] != 0x5D else { throw XMLScanner.surprise }
                        base[write] = byte
                        read += 1
                        write += 1
                    } else {
                        throw XMLScanner.surprise
                    }
                } else {
                    let length = try UTF8Check.sequence(base, at: read, count: count)
                    if length == 0 { break scanning }
                    if write != read {
                        for offset in 0..<length { base[write + offset] = base[read + offset] }
                    }
                    read += length
                    write += length
                }
            }
        }
        if write > start { try handler.text(UnsafeBufferPointer(start: base + start, count: write - start)) }
        return read
    }

    /// Decodes an attribute value in place as expat does (references, white space as spaces); returns its new end.
    static func decodeAttribute(
        _ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int
    ) throws(LedgerReadError) -> Int {
        var read = start
        var write = start
        while read < end {
            let byte = base[read]
            if byte >= 0x80 {
                let length = try UTF8Check.sequence(base, at: read, count: end)
                guard length > 0 else { throw XMLScanner.surprise }
                for offset in 0..<length { base[write + offset] = base[read + offset] }
                read += length
                write += length
            } else if byte == XMLByte.ampersand {
                guard let (after, written) = try reference(base, at: read, count: end, into: write) else {
                    throw XMLScanner.surprise
                }
                read = after
                write += written
            } else if byte == XMLByte.carriageReturn || byte == XMLByte.newline || byte == XMLByte.tab {
                base[write] = XMLByte.space
                write += 1
                read += byte == XMLByte.carriageReturn && read + 1 < end && base[read + 1] == XMLByte.newline ? 2 : 1
            } else if byte < 0x20 {
                throw XMLScanner.surprise
            } else {
                base[write] = byte
                read += 1
                write += 1
            }
        }
        return write
    }

    /// Decodes the reference at `start` ('&') into `write` (never past `start`); returns the index after
    /// it and the bytes written, or `nil` when the bytes end before its ';'.
    private static func reference(
        _ base: UnsafeMutablePointer<UInt8>, at start: Int, count: Int, into write: Int
    ) throws(LedgerReadError) -> (Int, Int)? {
        var semicolon = start + 1
        while semicolon < count, base[semicolon] != 0x3B {
            semicolon += 1
            if semicolon - start > 12 { throw XMLScanner.surprise }
        }
        guard semicolon < count else { return nil }
        let name = UnsafeBufferPointer(start: base + start + 1, count: semicolon - start - 1)
        var scalar: UInt32
        if name.first == 0x23 {
            guard let value = characterReference(name), isXMLCharacter(value) else { throw XMLScanner.surprise }
            scalar = value
        } else {
            switch (name.count, name.first) {
            case (2, 0x6C) where name[1] == 0x74: scalar = 0x3C  // lt
            case (2, 0x67) where name[1] == 0x74: scalar = 0x3E  // gt
            case (3, 0x61) where name[1] == 0x6D && name[2] == 0x70: scalar = 0x26  // amp
            case (4, 0x71) where name[1] == 0x75 && name[2] == 0x6F && name[3] == 0x74: scalar = 0x22  // quot
            case (4, 0x61) where name[1] == 0x70 && name[2] == 0x6F && name[3] == 0x73: scalar = 0x27  // apos
            default: throw XMLScanner.surprise
            }
        }
        return (semicolon + 1, UTF8Check.encode(scalar, into: base + write))
    }

    /// "#65" or "#x41" as a number.
    private static func characterReference(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hex = name.count > 1 && name[1] == 0x78
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            let number: UInt32
            switch digit {
            case 0x30...0x39: number = UInt32(digit - 0x30)
            case 0x41...0x46 where hex: number = UInt32(digit - 0x41 + 10)
            case 0x61...0x66 where hex: number = UInt32(digit - 0x61 + 10)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + number
        }
        return value
    }

    /// XML 1.0's Char production.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

/// UTF-8 as XML allows it: well formed, no surrogates, not U+FFFE or U+FFFF.
enum UTF8Check {
    /// The length of the sequence at `index`, or 0 when the bytes end inside it.
    ///
    /// - Throws: ``XMLScanner/surprise`` for a malformed sequence.
    @inline(__always)
    static func sequence(_ base: UnsafeMutablePointer<UInt8>, at index: Int, count: Int) throws(LedgerReadError) -> Int
    {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw XMLScanner.surprise
        }
        guard index + length <= count else { return 0 }
        let second = base[index + 1]
        guard second >= low, second <= high else { throw XMLScanner.surprise }
        if length > 2 {
            guard base[index + 2] & 0xC0 == 0x80 else { throw XMLScanner.surprise }
            // U+FFFE and U+FFFF are no XML characters.
            if lead == 0xEF, second == 0xBF, base[index + 2] >= 0xBE { throw XMLScanner.surprise }
            if length > 3 { guard base[index + 3] & 0xC0 == 0x80 else { throw XMLScanner.surprise } }
        }
        return length
    }

    /// Writes a scalar's UTF-8 at `target`; returns its length.
    static func encode(_ scalar: UInt32, into target: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            target[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            target[0] = UInt8(0xC0 | scalar >> 6)
            target[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(0xE0 | scalar >> 12)
            target[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            target[0] = UInt8(0xF0 | scalar >> 18)
            target[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            target[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}

/// The declaration `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, checked as expat would read it.
enum XMLDeclaration {
    /// Accepts the declaration's inside (after "<?xml") when it is plain: version 1.0, UTF-8, standalone yes or no.
    static func check(_ inside: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        let text = String(decoding: inside, as: UTF8.self)
        // XML's white space only (\s would take Unicode spaces expat refuses), scalar by scalar (CR LF is one Character).
        let pattern =
            /^[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])(?i:utf-8)\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*$/
        guard text.wholeMatch(of: pattern.matchingSemantics(.unicodeScalar)) != nil else { throw XMLScanner.surprise }
    }
}
