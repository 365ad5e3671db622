// SPDX-License-Identifier: Apache-2.0
// Each sheet's size as FreeXL 1.0.6 works it out from the BIFF records, to refuse a workbook
// that would make it free wild pointers.

extension BIFFStructure {
    /// A way of sizing a sheet that makes FreeXL 1.0.6 free memory past the sheet's cell grid.
    ///
    /// FreeXL stores a sheet's row and column counts first and allocates its grid after, which it
    /// refuses above 256 MiB (16,777,216 cells). When it refuses, a sheet that already had a grid
    /// keeps it with the new counts, and `freexl_open`, giving up, walks and frees every cell the
    /// counts cover: far past the grid, on whatever pointers lie there.
    enum UnsafeSheetSize: Equatable {
        /// A sheet given a second DIMENSIONS record. FreeXL reads the counts without looking at
        /// the record's length, so a short record gives whatever the previous record left in its
        /// buffer. A writer sizes each sheet once.
        case sizedTwice
        /// A sheet without DIMENSIONS whose cells reach past the largest grid. FreeXL sizes such a
        /// sheet by its last row and column, allocating the current sheet's grid once per unsized
        /// sheet and adding the final row and column only at that sheet's own turn. A real sheet
        /// never gets there: it has at most 256 columns.
        case cellsBeyondLargestGrid

        /// The reason, as a key of the message catalogue.
        var reason: String {
            switch self {
            case .sizedTwice: "sheet-sized-twice"
            case .cellsBeyondLargestGrid: "cells-beyond-largest-grid"
            }
        }
    }

    /// The most cells FreeXL gives a sheet's grid.
    private static let freeXLLargestGrid = 16_777_216
    /// The records whose first two 16-bit fields are the row and column FreeXL sizes an unsized
    /// sheet by: NUMBER, BOOLERR, RK, MULRK, LABEL, LABELSST.
    private static let cellRecords: Set<UInt16> = [0x0203, 0x0205, 0x027E, 0x00BD, 0x0204, 0x00FD]

    /// The first way a sheet of the stream is sized that FreeXL 1.0.6 mishandles, or `nil`.
    ///
    /// Records go to sheets as FreeXL assigns them: the stream opens with a BOF, and each EOF must
    /// be followed by a BOF, which makes current the first sheet whose BOUNDSHEET record gives that
    /// BOF's offset (or none); a BOF anywhere else (an embedded chart's) changes nothing; CONTINUE
    /// records are passed over. Fields are read as FreeXL reads them, from a buffer each record is
    /// copied into, so a record shorter than its fields gives the previous one's leftovers. The
    /// whole stream is followed, even past a record FreeXL would take for its end (it does not in
    /// a workbook kept in the mini stream).
    static func unsafeSheetSize(_ bytes: [UInt8], records: [(type: UInt16, body: Range<Int>)]) -> UnsafeSheetSize? {
        var sheetOffsets: [Int] = []
        var sized: Set<Int> = []
        var lastCell: [Int: (row: Int, column: Int)] = [:]
        var current: Int?
        var expectingBOF = true
        var leftovers = [UInt8](repeating: 0, count: 4)
        for record in records {
            let copied = min(record.body.count, leftovers.count)
            leftovers.replaceSubrange(0..<copied, with: bytes[record.body.prefix(copied)])
            if record.type == Record.continuation { continue }
            if expectingBOF {
                // FreeXL refuses a stream, or a substream, that does not open with a BOF.
                guard record.type == Record.bof else { break }
                current = sheetOffsets.firstIndex(of: record.body.lowerBound - 4)
                expectingBOF = false
                continue
            }
            switch record.type {
            case Record.eof:
                expectingBOF = true
            case Record.boundSheet:
                sheetOffsets.append(Int(bytes.u32(record.body.lowerBound)))
            case Record.dimensions:
                if let current, !sized.insert(current).inserted { return .sizedTwice }
            case let type where cellRecords.contains(type):
                guard let current, !sized.contains(current) else { break }
                let last = lastCell[current] ?? (0, 0)
                lastCell[current] = (max(last.row, Int(leftovers.u16(0))), max(last.column, Int(leftovers.u16(2))))
            default: break
            }
        }
        for (sheet, last) in lastCell where !sized.contains(sheet) {
            if (last.row + 1) * (last.column + 1) > freeXLLargestGrid { return .cellsBeyondLargestGrid }
        }
        return nil
    }
}
