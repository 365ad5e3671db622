// SPDX-License-Identifier: Apache-2.0
// Remembering on which row each value was first seen, in as few bytes a row as the values allow.

/// The first row each value was seen on: rules that report "the same as row N" (a repeated task,
/// a repeated 序号) keep one of these for the whole sheet, so its size is what matters.
///
/// Small numbers (序号 1, 2, 3 …) are kept in an array indexed by the number, four bytes each;
/// anything else by its 64-bit fingerprint in a dictionary of four-byte rows.
struct RowMemory {
    private var byNumber: [Int32] = []
    private var byFingerprint: [UInt64: Int32] = [:]
    /// Numbers up to this are kept by index.
    private static let indexedLimit = 4_000_000

    /// The row a small number was first seen on; records `row` when it is new.
    mutating func firstRow(ofNumber number: Int, seenOn row: Int) -> Int? {
        guard number >= 0, number < RowMemory.indexedLimit else {
            return firstRow(of: TextFingerprint(numbers: [number]).value, seenOn: row)
        }
        if number >= byNumber.count {
            byNumber.append(contentsOf: repeatElement(0, count: max(number + 1, byNumber.count * 2) - byNumber.count))
        }
        // Stored one higher, so that 0 means "not seen" and row 0 (a task without a place) still counts.
        let earlier = byNumber[number]
        if earlier != 0 { return Int(earlier) - 1 }
        byNumber[number] = Int32(clamping: row + 1)
        return nil
    }

    /// The row a fingerprint was first seen on; records `row` when it is new.
    mutating func firstRow(of fingerprint: UInt64, seenOn row: Int) -> Int? {
        if let earlier = byFingerprint[fingerprint] { return Int(earlier) }
        byFingerprint[fingerprint] = Int32(clamping: row)
        return nil
    }
}
