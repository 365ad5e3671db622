// SPDX-License-Identifier: Apache-2.0
// What FreeXL does not report, read from the BIFF records themselves: each sheet's kind and
// visibility, its merged cells, the cells its grids declare, and whether the workbook is encrypted.

import TaizhangSheet

/// The structure of a BIFF workbook stream, read record by record, every length checked.
struct BIFFStructure: Equatable {
    /// A sheet as its BOUNDSHEET record declares it.
    struct SheetEntry: Equatable {
        /// Whether the sheet is a worksheet (not a chart or macro sheet).
        var isWorksheet: Bool
        /// Whether it is hidden or very hidden.
        var isHidden: Bool
        /// Its merged ranges (1-based, inclusive).
        var merges: [CellRange] = []
    }

    /// The sheets, in tab order.
    var sheets: [SheetEntry] = []
    /// Whether a FILEPASS record says the workbook is encrypted.
    var isEncrypted = false
    /// Whether the shared strings (SST and its CONTINUE records) are laid out in a way FreeXL 1.0.6
    /// reads past its buffers: a string header cut by its record's end, run or extension data
    /// longer than what follows, a string spread over more than two records.
    var hasUnsafeSharedStrings = false
    /// How a sheet is sized in a way that makes FreeXL 1.0.6 free past the sheet's grid, if one is.
    var unsafeSheetSize: UnsafeSheetSize?
    /// The cells all DIMENSIONS records of the stream declare, wherever they stand (FreeXL reads
    /// the records in order and sizes each sheet's grid by them, all held at once).
    var declaredCells = 0
    /// Whether the last record runs past the stream's end, and is short enough for FreeXL to read
    /// (it takes a record over its 8,224-byte buffer for the stream's end). FreeXL may take the
    /// rest from the slack of the stream's last sector, bytes no check here has read; a writer
    /// never cuts a record.
    var endsInsideARecord = false

    enum Record {
        static let bof: UInt16 = 0x0809
        static let eof: UInt16 = 0x000A
        static let boundSheet: UInt16 = 0x0085
        static let filePass: UInt16 = 0x002F
        static let mergedCells: UInt16 = 0x00E5
        static let dimensions: UInt16 = 0x0200
        static let sharedStrings: UInt16 = 0x00FC
        static let continuation: UInt16 = 0x003C
    }

    /// Reads the structure of a `Workbook` (BIFF8) or `Book` (BIFF5) stream; `nil` when it does
    /// not start with a BOF record.
    init?(stream bytes: [UInt8]) {
        guard bytes.count >= 4, bytes.u16(0) & 0x00FF == 0x09 else { return nil }
        var offsets: [Int] = []
        BIFFStructure.walk(bytes, from: 0) { type, body in
            switch type {
            case Record.boundSheet where body.count >= 6:
                offsets.append(Int(bytes.u32(body.lowerBound)))
                sheets.append(
                    SheetEntry(
                        isWorksheet: bytes[body.lowerBound + 5] == 0,
                        isHidden: bytes[body.lowerBound + 4] & 0x03 != 0))
            case Record.filePass:
                isEncrypted = true
            default: break
            }
        }
        guard !isEncrypted else { return }
        let isBIFF8 = bytes.u16(4) == 0x0600
        var records: [(type: UInt16, body: Range<Int>)] = []
        var position = 0
        while position + 4 <= bytes.count {
            let length = Int(bytes.u16(position + 2))
            let body = position + 4..<min(position + 4 + length, bytes.count)
            endsInsideARecord = position + 4 + length > bytes.count && length <= 8_224
            records.append((bytes.u16(position), body))
            if bytes.u16(position) == Record.dimensions {
                declaredCells += BIFFStructure.declaredCells(bytes, position + 4, isBIFF8: isBIFF8)
            }
            position += 4 + length
        }
        if isBIFF8, let sst = records.firstIndex(where: { $0.type == Record.sharedStrings }) {
            let parts =
                [records[sst].body] + records[(sst + 1)...].prefix { $0.type == Record.continuation }.map(\.body)
            hasUnsafeSharedStrings = !SharedStringLayout.isSafe(bytes, parts: parts)
        }
        unsafeSheetSize = BIFFStructure.unsafeSheetSize(bytes, records: records)
        for (index, offset) in offsets.enumerated() where sheets[index].isWorksheet {
            BIFFStructure.walk(bytes, from: offset) { type, body in
                if type == Record.mergedCells, isBIFF8 { sheets[index].merges += BIFFStructure.ranges(bytes, body) }
            }
        }
    }

    /// Rows × columns of the DIMENSIONS record whose body starts at `offset` (its "last + 1" fields).
    private static func declaredCells(_ bytes: [UInt8], _ offset: Int, isBIFF8: Bool) -> Int {
        let rows = isBIFF8 ? Int(bytes.u32(offset + 4)) : Int(bytes.u16(offset + 2))
        let columns = Int(bytes.u16(offset + (isBIFF8 ? 10 : 6)))
        return rows * columns
    }

    /// Calls `body` with each record of the substream that starts at `offset`, up to its EOF
    /// (records of embedded substreams, such as charts, are skipped).
    private static func walk(_ bytes: [UInt8], from offset: Int, _ body: (UInt16, Range<Int>) -> Void) {
        var position = offset
        var depth = 0
        while position >= 0, position + 4 <= bytes.count {
            let type = bytes.u16(position)
            let length = Int(bytes.u16(position + 2))
            let start = position + 4
            guard start + length <= bytes.count else { return }
            if type == Record.bof {
                depth += 1
            } else if type == Record.eof {
                depth -= 1
                if depth <= 0 { return }
            } else if depth == 1 {
                body(type, start..<start + length)
            }
            position = start + length
        }
    }

    /// The ranges of a MERGEDCELLS record: a count, then first row, last row, first and last column.
    private static func ranges(_ bytes: [UInt8], _ body: Range<Int>) -> [CellRange] {
        let count = Int(bytes.u16(body.lowerBound))
        var ranges: [CellRange] = []
        for index in 0..<count {
            let at = body.lowerBound + 2 + index * 8
            guard at + 8 <= body.upperBound else { break }
            ranges.append(
                CellRange(
                    firstRow: Int(bytes.u16(at)) + 1, firstColumn: Int(bytes.u16(at + 4)) + 1,
                    lastRow: Int(bytes.u16(at + 2)) + 1, lastColumn: Int(bytes.u16(at + 6)) + 1))
        }
        return ranges
    }
}

/// Walks the strings of a BIFF8 shared string table as FreeXL will, to refuse the layouts it
/// mishandles before it sees them.
enum SharedStringLayout {
    /// Whether every string of the table, spread over `parts` (the SST body, then its CONTINUE
    /// bodies), has its header within one record, its characters within two, and its run and
    /// extension data within what follows.
    static func isSafe(_ bytes: [UInt8], parts: [Range<Int>]) -> Bool {
        guard let first = parts.first, first.count >= 8 else { return parts.first.map { $0.count >= 8 } ?? true }
        let count = Int(bytes.u32(first.lowerBound + 4))
        var part = 0
        var offset = first.lowerBound + 8
        func remainingInPart() -> Int { parts[part].upperBound - offset }
        func remainingInAll() -> Int { remainingInPart() + parts[(part + 1)...].reduce(0) { $0 + $1.count } }
        for _ in 0..<count {
            if remainingInPart() == 0 {
                part += 1
                guard part < parts.count else { return true }  // FreeXL stops at the table's end too
                offset = parts[part].lowerBound
            }
            // cch, flags, then cRun (rich) and cbExtRst (extended), all in this record.
            guard remainingInPart() >= 3 else { return false }
            var characters = Int(bytes.u16(offset))
            let flags = bytes[offset + 2]
            offset += 3
            let header = (flags & 0x08 != 0 ? 2 : 0) + (flags & 0x04 != 0 ? 4 : 0)
            guard remainingInPart() >= header else { return false }
            let runs = flags & 0x08 != 0 ? Int(bytes.u16(offset)) : 0
            let extended = flags & 0x04 != 0 ? Int(bytes.u32(offset + (flags & 0x08 != 0 ? 2 : 0))) : 0
            offset += header
            var wide = flags & 0x01 != 0
            var spans = 1
            while characters > 0 {
                let fitting = min(characters, remainingInPart() / (wide ? 2 : 1))
                characters -= fitting
                offset += fitting * (wide ? 2 : 1)
                if characters > 0 {
                    // The rest continues in the next record, after a new flags byte; FreeXL takes
                    // the rest from that one record only.
                    part += 1
                    spans += 1
                    guard spans <= 2, part < parts.count, parts[part].count >= 1 else { return false }
                    offset = parts[part].lowerBound
                    wide = bytes[offset] & 0x01 != 0
                    offset += 1
                    guard remainingInPart() >= characters * (wide ? 2 : 1) else { return false }
                }
            }
            var skip = 4 * runs + extended
            guard skip <= remainingInAll() else { return false }
            while skip > 0 {
                let step = min(skip, remainingInPart())
                skip -= step
                offset += step
                if skip > 0 {
                    part += 1
                    offset = parts[part].lowerBound
                }
            }
        }
        return true
    }
}
