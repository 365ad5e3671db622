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

    /// Feeds bytes. The state machine sees only the bytes that can change the state: the runs of
    /// ordinary bytes between them are found eight bytes at a time, and a cell that lies whole in
    /// `bytes` becomes its string straight from there, checked once, never copied to ``field``.
    private mutating func consume(buffer bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count {
            if !afterCR, state == .unquoted || state == .quoted {
                let end =
                    state == .unquoted
                    ? CSVTokenizer.first(delimiter, 0x0A, 0x0D, in: base, from: index, to: bytes.count)
                    : CSVTokenizer.first(0x22, 0x0A, 0x0D, in: base, from: index, to: bytes.count)
                if end > index {
                    if let pending = run, pending.upperBound == index {
                        run = pending.lowerBound..<end
                    } else if field.isEmpty, run == nil {
                        run = index..<end
                    } else {
                        keepRun(of: bytes)
                        field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    }
                    if state == .quoted { crInsideCell = false }
                    index = end
                    continue
                }
            }
            consume(at: index, in: bytes)
            index += 1
        }
        keepRun(of: bytes)
    }

    /// The bytes of the cell being read while they all lie in the buffer being consumed (``field``
    /// is then empty); `nil` between calls to `consume(buffer:)`.
    private var run: Range<Int>?

    /// Copies the pending ``run`` to ``field``, before anything else joins the cell or the buffer
    /// goes away.
    private mutating func keepRun(of bytes: UnsafeBufferPointer<UInt8>) {
        guard let run else { return }
        field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
        self.run = nil
    }

    /// The index of the first of three bytes in `base[from..<to]`, or `to`: eight bytes at a time.
    private static func first(
        _ a: UInt8, _ b: UInt8, _ c: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int
    ) -> Int {
        var index = from
        while index &+ 8 <= to {
            let word = ByteWord.load(base, at: index)
            let found =
                ByteWord.bytes(word, equalTo: a) | ByteWord.bytes(word, equalTo: b) | ByteWord.bytes(word, equalTo: c)
            if found != 0 { return index &+ ByteWord.firstMarked(found) }
            index &+= 8
        }
        while index < to {
            let byte = base[index]
            if byte == a || byte == b || byte == c { return index }
            index &+= 1
        }
        return to
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
            endRecord(in: UnsafeBufferPointer(start: nil, count: 0))
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

    /// Moves the state machine on by the byte at `index` of `bytes`.
    private mutating func consume(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let byte = bytes[index]
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
                endField(in: bytes)
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord(in: bytes)
                newLine(byte)
            } else {
                run = index..<(index + 1)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                endField(in: bytes)
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord(in: bytes)
                newLine(byte)
            } else {
                append(byte, in: bytes)
            }
        case .quoted:
            if byte == 0x22 {
                state = .quoteInQuoted
            } else {
                append(byte, in: bytes)
                countLineInsideCell(byte)
            }
        case .quoteInQuoted:
            if byte == 0x22 {
                append(0x22, in: bytes)
                state = .quoted
            } else if byte == delimiter {
                endField(in: bytes)
                state = .fieldStart
            } else if byte == 0x0A || byte == 0x0D {
                endRecord(in: bytes)
                newLine(byte)
            } else {
                append(byte, in: bytes)
                state = .unquoted
            }
        }
    }

    /// Adds a byte to the cell after what it holds so far.
    private mutating func append(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) {
        keepRun(of: bytes)
        field.append(byte)
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

    /// Ends the cell: its string from the pending run of `bytes`, or from ``field``.
    private mutating func endField(in bytes: UnsafeBufferPointer<UInt8>) {
        let text: String
        if let run {
            text = cell(of: UnsafeBufferPointer(rebasing: bytes[run]))
            self.run = nil
        } else {
            text = field.withUnsafeBufferPointer { cell(of: $0) }
            field.removeAll(keepingCapacity: true)
        }
        cells.append(text)
        crInsideCell = false
    }

    /// A cell's text: its bytes checked as UTF-8 and copied once. Bytes that are not UTF-8 become
    /// U+FFFD, and the first such cell is noted in ``invalidUTF8``.
    private mutating func cell(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (complete, fault) = TextDecoder.scanUTF8(bytes)
        guard complete == bytes.count, fault == nil else {
            if invalidUTF8 == nil {
                invalidUTF8 = (line, Array(bytes[(fault ?? complete)...].prefix(4)))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(knownValidUTF8: bytes)
    }

    private mutating func endRecord(in bytes: UnsafeBufferPointer<UInt8>) {
        endField(in: bytes)
        ready.append(CSVRecord(cells: cells, line: recordLine))
        cells.removeAll(keepingCapacity: true)
    }
}
