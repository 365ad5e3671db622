// SPDX-License-Identifier: Apache-2.0
// Scoring an extraction against a hand-made gold ledger (JSON Lines, ../shared/notices/gold/README.md).

import Foundation
import TaizhangModel

/// A task of a gold ledger.
public struct GoldTask: Sendable, Equatable, Decodable {
    /// The sequence as written.
    public var seq: String
    /// The full task text.
    public var text: String
    /// The lead units, in source order.
    public var lead: [String]
    /// The cooperating units, in source order.
    public var cooperating: [String]

    /// Reads a gold file: one JSON object per line.
    ///
    /// - Throws: ``LedgerReadError`` `invalid-json` naming the line.
    public static func read(path: String) throws(LedgerReadError) -> [GoldTask] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LedgerReadError(
                .fileUnreadable, at: SourceLocation(file: path),
                arguments: ["reason": (error as NSError).localizedDescription])
        }
        var tasks: [GoldTask] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                tasks.append(try JSONDecoder().decode(GoldTask.self, from: Data(line.utf8)))
            } catch {
                throw LedgerReadError(
                    .invalidJSON, at: SourceLocation(file: path, line: index + 1),
                    arguments: ["reason": "\(error)"])
            }
        }
        return tasks
    }
}

/// How well extracted tasks match a gold ledger.
public struct ExtractionScore: Sendable, Equatable {
    /// Tasks extracted, in the gold, and matched (by text).
    public var extracted, gold, matched: Int
    /// Matched pairs whose lead sets are equal.
    public var leadExact: Int
    /// Cooperating units over the matched pairs: in both, only extracted, only gold.
    public var cooperatingBoth, cooperatingExtraOnly, cooperatingGoldOnly: Int

    /// Matched / extracted.
    public var taskPrecision: Double { ratio(matched, extracted) }
    /// Matched / gold.
    public var taskRecall: Double { ratio(matched, gold) }
    /// The harmonic mean of precision and recall.
    public var taskF1: Double { f1(taskPrecision, taskRecall) }
    /// Matched pairs with the same lead set / matched pairs.
    public var leadExactRate: Double { ratio(leadExact, matched) }
    /// Micro-averaged F1 of the cooperating sets over matched pairs (1 when both are always empty).
    public var cooperatingF1: Double {
        let precision = ratio(cooperatingBoth, cooperatingBoth + cooperatingExtraOnly, empty: 1)
        let recall = ratio(cooperatingBoth, cooperatingBoth + cooperatingGoldOnly, empty: 1)
        return f1(precision, recall)
    }

    /// Scores tasks against a gold ledger.
    ///
    /// Tasks are matched by text: whitespace and width of punctuation ignored, similarity by the
    /// Dice coefficient of character pairs, at least 0.8, best pairs first, each task used once.
    /// Names are compared exactly as written (the gold keeps them so).
    public init(tasks: [LedgerTask], gold: [GoldTask]) {
        let ours = tasks.map { ExtractionScore.bigrams($0.text) }
        let theirs = gold.map { ExtractionScore.bigrams($0.text) }
        var pairs: [(score: Double, ours: Int, gold: Int)] = []
        for (i, a) in ours.enumerated() {
            for (j, b) in theirs.enumerated() {
                let score = ExtractionScore.dice(a, b)
                if score >= 0.8 { pairs.append((score, i, j)) }
            }
        }
        pairs.sort { $0.score > $1.score }
        var usedOurs: Set<Int> = []
        var usedGold: Set<Int> = []
        var matched = 0, leadExact = 0, both = 0, extraOnly = 0, goldOnly = 0
        for pair in pairs where !usedOurs.contains(pair.ours) && !usedGold.contains(pair.gold) {
            usedOurs.insert(pair.ours)
            usedGold.insert(pair.gold)
            matched += 1
            let task = tasks[pair.ours]
            let reference = gold[pair.gold]
            if Set(task.lead) == Set(reference.lead) { leadExact += 1 }
            let a = Set(task.cooperating)
            let b = Set(reference.cooperating)
            both += a.intersection(b).count
            extraOnly += a.subtracting(b).count
            goldOnly += b.subtracting(a).count
        }
        self.extracted = tasks.count
        self.gold = gold.count
        self.matched = matched
        self.leadExact = leadExact
        self.cooperatingBoth = both
        self.cooperatingExtraOnly = extraOnly
        self.cooperatingGoldOnly = goldOnly
    }

    /// The figures as a short report.
    public var report: String {
        String(
            format: """
                tasks: %d extracted, %d gold, %d matched; precision %.3f, recall %.3f, F1 %.3f
                lead exact match: %d/%d = %.3f
                cooperating-set F1: %.3f (%d in both, %d only extracted, %d only gold)
                """, extracted, gold, matched, taskPrecision, taskRecall, taskF1, leadExact, matched, leadExactRate,
            cooperatingF1, cooperatingBoth, cooperatingExtraOnly, cooperatingGoldOnly)
    }

    private static func bigrams(_ text: String) -> [String: Int] {
        let characters = Array(text.halfWidthFolded.filter { !$0.isWhitespace })
        var counts: [String: Int] = [:]
        guard characters.count > 1 else { return [String(characters): 1] }
        for index in 0..<(characters.count - 1) {
            counts[String(characters[index...index + 1]), default: 0] += 1
        }
        return counts
    }

    private static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var shared = 0
        for (gram, count) in a { shared += min(count, b[gram] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}

private func ratio(_ part: Int, _ whole: Int, empty: Double = 0) -> Double {
    whole == 0 ? empty : Double(part) / Double(whole)
}

private func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
}
