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
    /// The cells all DIMENSIONS records of the stream declare, wherever they stand (FreeXL reads
    /// the records in order and sizes each sheet's grid by them, all held at once).
    var declaredCells = 0

    private enum Record {
        static let bof: UInt16 = 0x0809
        static let eof: UInt16 = 0x000A
        static let boundSheet: UInt16 = 0x0085
        static let filePass: UInt16 = 0x002F
        static let mergedCells: UInt16 = 0x00E5
        static let dimensions: UInt16 = 0x0200
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
                sheets.append(SheetEntry(isWorksheet: bytes[body.lowerBound + 5] == 0,
                                         isHidden: bytes[body.lowerBound + 4] & 0x03 != 0))
            case Record.filePass:
                isEncrypted = true
            default: break
            }
        }
        guard !isEncrypted else { return }
        let isBIFF8 = bytes.u16(4) == 0x0600
        var position = 0
        while position + 4 <= bytes.count {
            let length = Int(bytes.u16(position + 2))
            if bytes.u16(position) == Record.dimensions {
                declaredCells += BIFFStructure.declaredCells(bytes, position + 4, isBIFF8: isBIFF8)
            }
            position += 4 + length
        }
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
            ranges.append(CellRange(firstRow: Int(bytes.u16(at)) + 1, firstColumn: Int(bytes.u16(at + 4)) + 1,
                                    lastRow: Int(bytes.u16(at + 2)) + 1, lastColumn: Int(bytes.u16(at + 6)) + 1))
        }
        return ranges
    }
}
