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

        init(context: ValidationContext) { self.context = context }

        func check(_ row: TaskRow, report: (Finding) -> Void) {
            let entry = row.entry
            let task = entry.task
            guard !task.sequence.isEmpty else { return }
            let place = context.location(of: task, .sequence)
            let title = context.title(of: .sequence)
            guard task.sequence.isWellFormed, let value = task.sequence.value else {
                report(Finding(.malformedSequence, at: place, columnTitle: title,
                               arguments: ["sequence": task.sequence.raw]))
                return
            }
            // A class per scope, so recording a number does not copy the scope's table each time.
            let scope = scopes[entry.sectionPath] ?? Scope()
            scopes[entry.sectionPath] = scope
            let fingerprint = task.sequence.components.map { components in
                TextFingerprint(numbers: components.flatMap { [$0.style.rank, $0.value] })
            } ?? TextFingerprint(task.sequence.raw)
            if let earlier = scope.seen[fingerprint] {
                report(Finding(.duplicateSequence, at: place, columnTitle: title,
                               arguments: ["sequence": task.sequence.raw, "other": String(earlier)]))
            } else if let last = scope.last {
                if value < last {
                    report(Finding(.sequenceOrder, at: place, columnTitle: title,
                                   arguments: ["sequence": task.sequence.raw, "previous": String(last)]))
                } else if value > last + 1 {
                    report(Finding(.sequenceGap, at: place, columnTitle: title,
                                   arguments: ["sequence": task.sequence.raw, "previous": String(last),
                                               "missing": SequenceRule.missingRange(last + 1, value - 1)]))
                }
            }
            if scope.seen[fingerprint] == nil { scope.seen[fingerprint] = task.source?.row ?? 0 }
            scope.last = value
        }
    }

    /// The numbers seen in one section, and the last one.
    private final class Scope {
        var seen: [TextFingerprint: Int] = [:]
        var last: Int?
    }

    private static func missingRange(_ first: Int, _ last: Int) -> String {
        first == last ? String(first) : "\(first)–\(last)"
    }
}
