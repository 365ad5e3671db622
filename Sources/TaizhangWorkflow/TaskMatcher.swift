// SPDX-License-Identifier: Apache-2.0
// Finding the master task of each returned row: by identifier, then by section, 序号 and text.

import TaizhangModel

/// How a returned row was matched to its master task (the keys of the report's `matchedBy`).
public enum MatchMethod: String, Sendable, CaseIterable {
    /// By the hidden task identifier.
    case id
    /// By section and 序号, the text similar enough.
    case sequence
    /// By the text alone (rows sorted, renumbered, or pasted out of their sections).
    case text
}

/// Matches the rows of one return to the tasks of the master.
///
/// A row that carries a known identifier is matched by it (when two rows carry one identifier, as
/// after a clerk copied a row to insert one, the row whose text is nearer the task keeps it). Every
/// other row is scored against the tasks not yet matched: the similarity of the texts (character
/// pairs, so a reworded task stays close to its own), and whether the section and the 序号 agree.
/// A row is matched when its text is close (≥ 0.6), or fairly close (≥ 0.45) with the section or
/// the 序号 agreeing, or related (≥ 0.3) with both agreeing; the best-scoring pairs are taken
/// first, so each task gets at most one row and each row at most one task.
struct TaskMatcher {
    /// A master task as compared.
    struct Key {
        var id: String?
        var section: String
        var sequence: String
        var text: ComparableText

        /// Section and 序号 together, as an index key.
        var place: String { section + "\u{1F}" + sequence }
    }

    private let keys: [Key]
    private let byID: [String: Int]
    /// The tasks with each folded text.
    private let byText: [String: [Int]]
    /// The tasks with each (section, 序号).
    private let byPlace: [String: [Int]]
    /// For each character pair, the tasks whose text has it and how often: scoring a row visits
    /// only the tasks that share a pair with it.
    private let postings: [UInt64: [(task: Int, count: Int)]]

    /// Prepares the master's tasks.
    init(master entries: [TaskEntry]) {
        keys = entries.map(TaskMatcher.key)
        var byID: [String: Int] = [:]
        var byText: [String: [Int]] = [:]
        var byPlace: [String: [Int]] = [:]
        var postings: [UInt64: [(task: Int, count: Int)]] = [:]
        for (index, key) in keys.enumerated() {
            if let id = key.id, byID[id] == nil { byID[id] = index }
            byText[key.text.key, default: []].append(index)
            byPlace[key.place, default: []].append(index)
            for (pair, count) in key.text.pairs { postings[pair, default: []].append((index, count)) }
        }
        self.byID = byID
        self.byText = byText
        self.byPlace = byPlace
        self.postings = postings
    }

    /// The key of an entry.
    static func key(_ entry: TaskEntry) -> Key {
        Key(
            id: entry.task.id,
            section: entry.sectionPath.last.map { ComparableText.fold($0.title) } ?? "",
            sequence: ComparableText.fold(entry.task.sequence.raw),
            text: ComparableText(entry.task.text)
        )
    }

    /// The master task of each returned row, by row index, with how it was found.
    ///
    /// - Parameters:
    ///   - rows: the return's tasks.
    ///   - preferred: the master indices of the tasks sent to the returning department; a tie goes to them.
    func match(_ rows: [TaskEntry], preferred: Set<Int>) -> [Int: (task: Int, method: MatchMethod)] {
        let rowKeys = rows.map(TaskMatcher.key)
        var result: [Int: (task: Int, method: MatchMethod)] = [:]
        var owner: [Int: (row: Int, similarity: Double)] = [:]
        for (row, key) in rowKeys.enumerated() {
            guard let id = key.id, let task = byID[id] else { continue }
            let similarity = key.text.similarity(to: keys[task].text)
            if let current = owner[task], current.similarity >= similarity { continue }
            owner[task] = (row, similarity)
        }
        for (task, claim) in owner { result[claim.row] = (task, .id) }

        var pairs: [(score: Double, row: Int, task: Int, method: MatchMethod)] = []
        var shared = Array(repeating: 0, count: keys.count)
        var seen = Array(repeating: false, count: keys.count)
        var touched: [Int] = []
        func touch(_ task: Int) {
            if !seen[task] {
                seen[task] = true
                touched.append(task)
            }
        }
        for (row, key) in rowKeys.enumerated() where result[row] == nil {
            // The tasks worth scoring: the same text, the same place, or any character pair in common.
            (byText[key.text.key] ?? []).forEach(touch)
            (byPlace[key.place] ?? []).forEach(touch)
            for (pair, count) in key.text.pairs {
                for posting in postings[pair] ?? [] {
                    shared[posting.task] += min(count, posting.count)
                    touch(posting.task)
                }
            }
            for task in touched {
                defer {
                    shared[task] = 0
                    seen[task] = false
                }
                guard owner[task] == nil else { continue }
                let master = keys[task]
                let similarity = key.text.similarity(shared: shared[task], with: master.text)
                guard similarity >= 0.3 else { continue }
                let sameSection = key.section == master.section
                let sameSequence = !key.sequence.isEmpty && key.sequence == master.sequence
                let agreeing = (sameSection ? 1 : 0) + (sameSequence ? 1 : 0)
                guard similarity >= 0.6 || (similarity >= 0.45 && agreeing >= 1) || agreeing == 2 else { continue }
                let score = similarity + 0.15 * Double(agreeing) + (preferred.contains(task) ? 0.05 : 0)
                pairs.append((score, row, task, sameSection && sameSequence ? .sequence : .text))
            }
            touched.removeAll(keepingCapacity: true)
        }
        pairs.sort { ($0.score, -$0.row, -$0.task) > ($1.score, -$1.row, -$1.task) }
        var taken: Set<Int> = []
        for pair in pairs where result[pair.row] == nil && !taken.contains(pair.task) {
            result[pair.row] = (pair.task, pair.method)
            taken.insert(pair.task)
        }
        return result
    }
}
