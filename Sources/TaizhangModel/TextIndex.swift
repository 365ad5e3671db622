// SPDX-License-Identifier: Apache-2.0
// Numbering the distinct texts of a memo, probed by their digests, in bounded memory.

/// Gives each distinct text (by exact bytes) a number, 0, 1, 2…, up to a number of texts.
///
/// Ledgers repeat the same departments and time limits on every row, so the decoder and the rules
/// look each cell up in a memo before interpreting it, several times a row. The memo keeps its
/// values in an array and asks this index for a text's place: an open-addressing table probed by
/// ``ExactText``'s digest answers in a few dozen instructions where `Dictionary` spends hundreds
/// on hashing and generic equality. When it holds `capacity` texts, adding one forgets the rest,
/// so a sheet of all-distinct cells costs bounded memory.
package struct TextIndex {
    private let capacity: Int
    private var keys: [ExactText] = []
    /// Numbers of `keys`, or -1 for an empty slot; at least twice as many slots as texts, grown
    /// as texts come (a small sheet's memo stays small).
    private var slots = [Int32](repeating: -1, count: 64)
    private var mask = 63

    /// An index of at most `capacity` texts.
    package init(capacity: Int) {
        precondition(
            capacity > 0 && capacity < Int(Int32.max) / 4, "an index holds a positive, bounded number of texts")
        self.capacity = capacity
    }

    /// The number of a text, if it has one.
    package func number(of key: ExactText) -> Int? {
        var slot = Int(truncatingIfNeeded: key.digest) & mask
        while true {
            let number = Int(slots[slot])
            if number < 0 { return nil }
            if keys[number] == key { return number }
            slot = (slot + 1) & mask
        }
    }

    /// Numbers a text that has no number yet. When the index is full it first forgets every
    /// text, says so, and numbers from 0 again: the memo then empties its values too.
    package mutating func add(_ key: ExactText) -> (number: Int, forgotEarlier: Bool) {
        let full = keys.count >= capacity
        if full {
            keys.removeAll(keepingCapacity: true)
            for slot in slots.indices { slots[slot] = -1 }
        } else if (keys.count + 1) * 2 > slots.count {
            grow()
        }
        place(keys.count, digest: key.digest)
        keys.append(key)
        return (keys.count - 1, full)
    }

    /// Doubles the slots and places every text again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (number, key) in keys.enumerated() { place(number, digest: key.digest) }
    }

    private mutating func place(_ number: Int, digest: UInt64) {
        var slot = Int(truncatingIfNeeded: digest) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number)
    }
}
