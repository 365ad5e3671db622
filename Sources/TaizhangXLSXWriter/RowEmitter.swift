// SPDX-License-Identifier: Apache-2.0
// Putting a prepared row into the worksheet: the libxlsxwriter calls of a body or section row.

import TaizhangModel
import TaizhangSheet

/// Writes prepared rows into a worksheet; used by one thread at a time.
struct RowEmitter: @unchecked Sendable {
    let sheet: WorksheetHandle
    let formats: LedgerFormats
    /// Each column's body format, looked up once rather than per cell.
    let bodyFormats: [FormatHandle]
    let columnAlignments: [SchemaColumn.Alignment]
    let sequenceColumn: Int?
    let dueColumn: Int?
    let identifierColumn: Int?
    let lastColumn: Int

    init(
        sheet: WorksheetHandle, formats: LedgerFormats, columns: [GridColumn], dueColumn: Int?, identifierColumn: Int?,
        unlockedColumns: Set<Int>
    ) {
        self.sheet = sheet
        self.formats = formats
        bodyFormats = columns.indices.map {
            formats.body(columns[$0].alignment, unlocked: unlockedColumns.contains($0))
        }
        columnAlignments = columns.map(\.alignment)
        sequenceColumn = columns.firstIndex { $0.field == .sequence }
        self.dueColumn = dueColumn
        self.identifierColumn = identifierColumn
        lastColumn = columns.count - 1
    }

    /// Writes a batch of rows in order.
    func write(_ batch: PreparedRows) throws(LedgerWriteError) {
        try batch.forEach { (row, texts) throws(LedgerWriteError) in try write(row, texts) }
    }

    /// Writes the row: its height first (libxlsxwriter's constant-memory mode takes a row's
    /// settings before its cells), then its cells with borders.
    private func write(_ prepared: PreparedRow, _ texts: PreparedRows.Texts) throws(LedgerWriteError) {
        let row = prepared.row
        if let height = prepared.height { try sheet.setRow(row, height: height) }
        switch prepared.kind {
        case .section:
            try sheet.writeString(row: row, column: 0, texts[0], format: formats.sectionNumeral)
            try sheet.mergeRange(row: row, firstColumn: 1, lastColumn: lastColumn, texts[1], format: formats.section)
        case .task(let due, let hasIdentifier):
            let cells = hasIdentifier ? texts.count - 1 : texts.count
            for index in 0..<cells {
                let note = prepared.notes.isEmpty ? nil : prepared.notes[index]
                let format = note.map { formats.marked($0.severity, columnAlignments[index]) } ?? bodyFormats[index]
                let text = texts[index]
                if text.pointee == 0 {
                    try sheet.writeBlank(row: row, column: index, format: format)
                } else if index == sequenceColumn, let number = RowEmitter.plainNumber(texts.utf8(index)) {
                    try sheet.writeNumber(row: row, column: index, number, format: format)
                } else {
                    try sheet.writeString(row: row, column: index, text, format: format)
                }
            }
            if let dueColumn, let date = WorkbookChecks.excelDate(due) {
                try sheet.writeDate(row: row, column: dueColumn, date, format: formats.dueDate)
            }
            if let identifierColumn, hasIdentifier {
                try sheet.writeString(row: row, column: identifierColumn, texts[cells], format: nil)
            }
        }
        for (column, note) in prepared.notes.sorted(by: { $0.key < $1.key }) {
            try sheet.writeComment(row: row, column: column, note.text, author: "taizhang")
        }
    }

    /// A sequence written as a number ("12"), so Excel shows no "number stored as text" flag.
    private static func plainNumber(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        guard text.count <= 9, let first = text.first, first != UInt8(ascii: "0"),
            text.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        return Double(text.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }
}
