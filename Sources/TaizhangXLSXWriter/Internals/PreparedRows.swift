// SPDX-License-Identifier: Apache-2.0
// Rows ready for libxlsxwriter, a batch at a time, their cells' text laid end to end in one buffer.

import TaizhangModel

/// A row ready for libxlsxwriter: what it is, where its cleaned text lies in its batch, and its height.
struct PreparedRow {
    /// What the row is.
    enum Kind {
        /// A task: one text per column, then the identifier for the hidden column when it has one,
        /// and a due date.
        case task(due: CalendarDate?, hasIdentifier: Bool)
        /// A section: the numeral, then the title merged across the other columns.
        case section
    }

    /// The sheet row, 0-based.
    var row: Int
    /// What the row is.
    var kind: Kind
    /// The row's texts, as positions in its batch (see ``PreparedRows/Texts``).
    var texts: Range<Int>
    /// The row height in points, or `nil` to leave it to the spreadsheet program.
    var height: Double?
    /// Notes on cells of the row, by column (annotated copies only).
    var notes: [Int: CellNote] = [:]
}

/// A batch of prepared rows whose texts lie end to end in one buffer, each ended by a NUL, so
/// libxlsxwriter reads them in place.
///
/// The batch is made on the thread that prepares rows and written on libxlsxwriter's: with a
/// Swift string per cell, that thread retained, released and freed, for every cell, memory last
/// touched on the other core, and that took about a fifth of its time in a million-row `convert`.
/// A batch is three allocations, whatever its size.
struct PreparedRows {
    /// The rows, in the order they are written.
    private var rows: [PreparedRow] = []
    private var bytes: [UInt8] = []
    private var starts: [Int] = []

    /// How many rows the batch holds.
    var count: Int { rows.count }

    /// Adds a row with its texts (cleaned: a NUL in one would end it early).
    mutating func append(row: Int, kind: PreparedRow.Kind, texts: [String], height: Double?) {
        for text in texts { appendText(text) }
        endRow(row: row, kind: kind, height: height)
    }

    /// Adds the next text of the row being made.
    mutating func appendText(_ text: String) {
        starts.append(bytes.count)
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    /// Ends the row being made: its texts are those appended since the last row ended.
    mutating func endRow(row: Int, kind: PreparedRow.Kind, height: Double?, notes: [Int: CellNote] = [:]) {
        let first = rows.last?.texts.upperBound ?? 0
        rows.append(PreparedRow(row: row, kind: kind, texts: first..<starts.count, height: height, notes: notes))
    }

    /// Drops the texts of a row that was begun and not ended (its preparation failed).
    mutating func discardOpenRow() {
        let first = rows.last?.texts.upperBound ?? 0
        guard first < starts.count else { return }
        bytes.removeSubrange(starts[first]...)
        starts.removeSubrange(first...)
    }

    /// Empties the batch, keeping its buffers for the next rows.
    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }

    /// Hands each row to `body` in order, with its texts.
    func forEach<Failure: Error>(_ body: (PreparedRow, Texts) throws(Failure) -> Void) throws(Failure) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(Failure) in
            try starts.withUnsafeBufferPointer { (starts) throws(Failure) in
                // Only an empty batch has no bytes: every text ends with a NUL.
                guard let base = bytes.baseAddress else { return }
                for row in rows {
                    try body(row, Texts(base: base, starts: starts, end: bytes.count, range: row.texts))
                }
            }
        }
    }

    /// One row's texts as C strings, valid during ``PreparedRows/forEach(_:)``'s call only.
    struct Texts {
        fileprivate let base: UnsafePointer<UInt8>
        fileprivate let starts: UnsafeBufferPointer<Int>
        fileprivate let end: Int
        fileprivate let range: Range<Int>

        /// How many texts the row has.
        var count: Int { range.count }

        /// The text at `index` (0 for the row's first), NUL-terminated.
        subscript(index: Int) -> UnsafePointer<CChar> {
            UnsafeRawPointer(base + starts[range.lowerBound + index]).assumingMemoryBound(to: CChar.self)
        }

        /// The UTF-8 bytes of the text at `index`, without its NUL.
        func utf8(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            let at = range.lowerBound + index
            let start = starts[at]
            let next = at + 1 < starts.count ? starts[at + 1] : end
            return UnsafeBufferPointer(start: base + start, count: next - start - 1)
        }
    }
}
