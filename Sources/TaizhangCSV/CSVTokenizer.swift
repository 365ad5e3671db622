// SPDX-License-Identifier: Apache-2.0
// An incremental RFC 4180 tokenizer: UTF-8 bytes in, records of cell strings out.

import Foundation
import TaizhangModel

/// One record of a CSV file: its cells and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The cells, as written (quotes removed, doubled quotes made single).
    public var cells: [String]
    /// The 1-based physical line the record starts on.
    public var line: Int

    /// Creates a record.
    public init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// Splits UTF-8 text into records, fed in chunks of any size.
///
/// Follows RFC 4180: quoted cells may hold delimiters, doubled quotes and line breaks; records
/// end with CRLF, LF or a lone CR. Like Excel it is lenient where the RFC is strict: a quote in
/// the middle of an unquoted cell is kept as text, and text after a closing quote is appended.
/// Feeding the same bytes whole or byte by byte gives the same records.
public struct CSVTokenizer: Sendable {
    private enum State {
        case recordStart
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    private let delimiter: UInt8
    private var state = State.recordStart
    private var field: [UInt8] = []
    private var cells: [String] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var afterCR = false
    private var ready: [CSVRecord] = []
    /// The first cell whose bytes are not valid UTF-8: its line and the bytes from the fault on
    /// (up to four); `nil` while every cell is valid. The cell is kept with U+FFFD in their
    /// place; a reader that left its input unchecked stops there.
    public private(set) var invalidUTF8: (line: Int, bytes: [UInt8])?

    /// Creates a tokenizer for a one-byte delimiter (`,`, tab or `;`).
    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// Feeds the next bytes; complete records are kept until ``takeRecords()``.
    public mutating func consume(_ bytes: some Sequence<UInt8>) {
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { consume(buffer: $0) }
        if contiguous == nil { Array(bytes).withUnsafeBufferPointer { consume(buffer: $0) } }
    }

    /// Feeds bytes, copying each run of ordinary bytes inside a cell in one step; the state
    /// machine sees only the bytes that can change the state.
    private mutating func consume(buffer bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            if !afterCR, state == .unquoted || state == .quoted {
                var end = index
                if state == .unquoted {
                    while end < bytes.count, bytes[end] != delimiter, bytes[end] != 0x0A, bytes[end] != 0x0D {
                        end += 1
                    }
                } else {
                    while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                }
                if end > index {
                    field.append(contentsOf: bytes[index..<end])
                    if state == .quoted { crInsideCell = false }
                    index = end
                    continue
                }
            }
            consume(bytes[index])
            index += 1
        }
    }

    /// The records completed so far, removed from the tokenizer.
    public mutating func takeRecords() -> [CSVRecord] {
        defer { ready.removeAll(keepingCapacity: true) }
        return ready
    }

    /// Ends the input; returns the last records.
    ///
    /// - Throws: the line where a quoted cell opened when it is never closed.
    public mutating func finish() throws(UnterminatedQuote) -> [CSVRecord] {
        switch state {
        case .quoted:
            throw UnterminatedQuote(line: quoteLine)
        case .recordStart:
            break
        case .fieldStart, .unquoted, .quoteInQuoted:
            endRecord()
        }
        return takeRecords()
    }

    /// A quoted cell that is never closed.
    public struct UnterminatedQuote: Error, Equatable {
        /// The line where the quote opened.
        public var line: Int

        /// Creates the error for a line.
        public init(line: Int) {
            self.line = line
        }
    }

    private mutating func consume(_ byte: UInt8) {
        if afterCR {
            afterCR = false
            if byte == 0x0A { return }  // the LF of a CRLF already ended the line
        }
        switch state {
        case .recordStart, .fieldStart:
            if state == .recordStart { recordLine = line }
            if byte == 0x22 {
                state = .quoted
                quoteLine = line
            } else if byte == delimiter {
                endField()
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord()
                newLine(byte)
            } else {
                field.append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                endField()
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord()
                newLine(byte)
            } else {
                field.append(byte)
            }
        case .quoted:
            if byte == 0x22 {
                state = .quoteInQuoted
            } else {
                field.append(byte)
                countLineInsideCell(byte)
            }
        case .quoteInQuoted:
            if byte == 0x22 {
                field.append(0x22)
                state = .quoted
            } else if byte == delimiter {
                endField()
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord()
                newLine(byte)
            } else {
                field.append(byte)
                state = .unquoted
            }
        }
    }

    private var crInsideCell = false

    /// Counts line breaks inside a quoted cell, a CRLF once.
    private mutating func countLineInsideCell(_ byte: UInt8) {
        if byte == 0x0D {
            line += 1
        } else if byte == 0x0A, !crInsideCell {
            line += 1
        }
        crInsideCell = byte == 0x0D
    }

    private mutating func newLine(_ byte: UInt8) {
        line += 1
        crInsideCell = false
        afterCR = byte == 0x0D
        state = .recordStart
    }

    private mutating func endField() {
        if let cell = CSVTokenizer.validatedString(&field) {
            cells.append(cell)
        } else {
            if invalidUTF8 == nil {
                let (complete, fault) = TextDecoder.scanUTF8(field)
                invalidUTF8 = (line, Array(field[(fault ?? complete)...].prefix(4)))
            }
            cells.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        crInsideCell = false
    }

    /// The field's text when its bytes are valid UTF-8, checked and copied in one pass.
    ///
    /// `String(validatingCString:)` is the standard library's one check that is not generic (the
    /// generic `String(validating:as:)` looks up type metadata on every call, more than the check
    /// costs); it stops at a NUL, so a field holding one takes the generic road.
    private static func validatedString(_ field: inout [UInt8]) -> String? {
        field.append(0)
        defer { field.removeLast() }
        return field.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return nil }
            if memchr(base, 0, bytes.count - 1) != nil {
                return String(validating: bytes.dropLast(), as: UTF8.self)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { String(validatingCString: $0) }
        }
    }

    private mutating func endRecord() {
        endField()
        ready.append(CSVRecord(cells: cells, line: recordLine))
        cells.removeAll(keepingCapacity: true)
    }
}
