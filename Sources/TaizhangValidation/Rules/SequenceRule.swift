// SPDX-License-Identifier: Apache-2.0
// 序号 within each section: no repeats, no gaps, no going back, and every one recognisable.

import TaizhangModel

/// `duplicate-sequence`, `sequence-gap`, `sequence-order`, `malformed-sequence`.
///
/// Numbers are compared within one section scope (tasks under the same section heading); a
/// sequence like "3O" (letter O) is malformed on its own row and takes no part in the order.
public struct SequenceRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateSequence, .sequenceGap, .sequenceOrder, .malformedSequence]

    /// Creates the rule.
    public init() {}

    public func checker(for context: ValidationContext) -> any RowChecker {
        Checker(context: context)
    }

    /// The numbers seen in each section scope so far.
    private final class Checker: RowChecker {
        let context: ValidationContext
        var scopes: [[SectionHeading]: Scope] = [:]
        /// The scope of the previous task: tasks come section by section, so it is usually this one's.
        var last: (path: [SectionHeading], scope: Scope)?

        init(context: ValidationContext) { self.context = context }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            let entry = row.entry
            let task = entry.task
            guard !task.sequence.isEmpty else { return }
            let place = context.location(of: task, .sequence)
            let title = context.title(of: .sequence)
            guard task.sequence.isWellFormed, let value = task.sequence.value else {
                report(
                    Finding(
                        .malformedSequence, at: place, columnTitle: title,
                        arguments: ["sequence": task.sequence.raw]))
                return
            }
            // A class per scope, so recording a number does not copy the scope's table each time.
            let scope: Scope
            if let last, last.path == entry.sectionPath {
                scope = last.scope
            } else {
                scope = scopes[entry.sectionPath] ?? Scope()
                scopes[entry.sectionPath] = scope
                last = (entry.sectionPath, scope)
            }
            let row = task.source?.row ?? 0
            let earlier: Int?
            if let components = task.sequence.components, components.count == 1 {
                // A plain number in one style: kept by index, four bytes a row.
                earlier = scope.plain[components[0].style.rank, default: RowMemory()]
                    .firstRow(ofNumber: components[0].value, seenOn: row)
            } else {
                let fingerprint =
                    task.sequence.components.map { components in
                        TextFingerprint(numbers: components.flatMap { [$0.style.rank, $0.value] })
                    } ?? TextFingerprint(task.sequence.raw)
                earlier = scope.seen.firstRow(of: fingerprint.value, seenOn: row)
            }
            if let earlier {
                report(
                    Finding(
                        .duplicateSequence, at: place, columnTitle: title,
                        arguments: ["sequence": task.sequence.raw, "other": String(earlier)]))
            } else if let last = scope.last {
                if value < last {
                    report(
                        Finding(
                            .sequenceOrder, at: place, columnTitle: title,
                            arguments: ["sequence": task.sequence.raw, "previous": String(last)]))
                } else if value > last + 1 {
                    report(
                        Finding(
                            .sequenceGap, at: place, columnTitle: title,
                            arguments: [
                                "sequence": task.sequence.raw, "previous": String(last),
                                "missing": SequenceRule.missingRange(last + 1, value - 1),
                            ]))
                }
            }
            scope.last = value
        }
    }

    /// The numbers seen in one section, and the last one.
    private final class Scope {
        /// Numbers like "12" or "（3）", by the rank of their style.
        var plain: [Int: RowMemory] = [:]
        /// Anything else ("1.2", a malformed one), by fingerprint.
        var seen = RowMemory()
        var last: Int?
    }

    private static func missingRange(_ first: Int, _ last: Int) -> String {
        first == last ? String(first) : "\(first)–\(last)"
    }
}
