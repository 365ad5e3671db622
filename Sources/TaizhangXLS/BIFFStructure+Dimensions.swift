// SPDX-License-Identifier: Apache-2.0
// The DIMENSIONS records of a BIFF stream as FreeXL 1.0.6 applies them to its sheets, to refuse
// a workbook that would make it free wild pointers.

extension BIFFStructure {
    /// Whether FreeXL 1.0.6 would apply more than one DIMENSIONS record to the same sheet.
    ///
    /// At each DIMENSIONS record FreeXL stores the row and column counts in the current sheet, then
    /// allocates that sheet's cell grid, which it refuses above 256 MiB (16,777,216 cells). It
    /// reads the counts without looking at the record's length, so a short record gives whatever
    /// the record before it left in its buffer. When a second record's grid is refused, the sheet keeps the first grid with
    /// the second counts, and `freexl_open`, giving up, walks and frees every cell the counts
    /// cover: far past the grid, on whatever pointers lie there. A writer sizes each sheet once,
    /// so a sheet sized twice is refused whatever its sizes.
    ///
    /// Records are assigned to sheets as FreeXL assigns them: the stream opens with a BOF, and each
    /// EOF must be followed by a BOF, which makes current the first sheet whose BOUNDSHEET record
    /// gives that BOF's offset (or none); a BOF anywhere else (an embedded chart's) changes
    /// nothing; CONTINUE records are passed over. The whole stream is followed, even past a record
    /// FreeXL would take for its end (it does not in a workbook kept in the mini stream).
    static func sheetSizedTwice(_ bytes: [UInt8], records: [(type: UInt16, body: Range<Int>)]) -> Bool {
        var sheetOffsets: [Int] = []
        var sized: Set<Int> = []
        var current: Int?
        var expectingBOF = true
        for record in records {
            let offset = record.body.lowerBound - 4
            if record.type == Record.continuation { continue }
            if expectingBOF {
                // FreeXL refuses a stream, or a substream, that does not open with a BOF.
                guard record.type == Record.bof else { return false }
                current = sheetOffsets.firstIndex(of: offset)
                expectingBOF = false
                continue
            }
            switch record.type {
            case Record.eof:
                expectingBOF = true
            case Record.boundSheet:
                sheetOffsets.append(Int(bytes.u32(record.body.lowerBound)))
            case Record.dimensions:
                if let current, !sized.insert(current).inserted { return true }
            default: break
            }
        }
        return false
    }
}
