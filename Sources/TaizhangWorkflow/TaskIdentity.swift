// SPDX-License-Identifier: Apache-2.0
// The stable identifier of a task (LEDGER-SPEC §9): kept when stored, else derived from place and text.

import TaizhangModel

/// Gives every task of a ledger a stable identifier.
///
/// A ledger written by taizhang for distribution carries its identifiers in a hidden column; one
/// typed by hand or kept as CSV carries none, and its identifiers are derived from each task's
/// place (its section titles and 序号) and its text, so the same master always gives the same
/// identifiers and nothing has to be written back into it:
///
/// ```swift
/// let (ledger, derived) = TaskIdentity.assign(to: master)
/// print(ledger.entries[0].task.id ?? "", derived)   // "t3f9a…", 48
/// ```
public enum TaskIdentity {
    /// The identifier derived from a task's place and text: "t" and 12 hexadecimal digits of a
    /// 64-bit FNV-1a hash of the folded section titles, 序号 and text.
    public static func derived(sectionTitles: [String], sequence: String, text: String) -> String {
        let material = (sectionTitles + [sequence, text]).map(ComparableText.fold).joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in material.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "t" + (String(repeating: "0", count: 16 - hex.count) + hex).prefix(12)
    }

    /// The ledger with every task identified: stored identifiers are kept, missing ones derived;
    /// a derived identifier that repeats one already given (the same task written twice) gets
    /// "-2", "-3", … in sheet order.
    ///
    /// - Returns: the ledger, and how many identifiers were derived.
    public static func assign(to ledger: Ledger) -> (ledger: Ledger, derived: Int) {
        var used = Set(ledger.entries.compactMap(\.task.id))
        var count = 0
        var result = ledger
        result.body = ledger.body.mappingTasks(path: []) { task, path in
            guard task.id == nil else { return }
            let base = TaskIdentity.derived(
                sectionTitles: path.map(\.title), sequence: task.sequence.raw, text: task.text)
            var id = base
            var suffix = 2
            while used.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            task.id = id
            count += 1
        }
        return (result, count)
    }
}

extension LedgerSection {
    /// The section with `transform` applied to every task, in sheet order, with its section path.
    func mappingTasks(path: [SectionHeading], _ transform: (inout LedgerTask, [SectionHeading]) -> Void)
        -> LedgerSection
    {
        let here = heading.map { path + [$0] } ?? path
        var copy = self
        for index in copy.tasks.indices { transform(&copy.tasks[index], here) }
        copy.subsections = subsections.map { $0.mappingTasks(path: here, transform) }
        return copy
    }
}
