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

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        var scopes: [[SectionHeading]: Scope] = [:]
        for entry in input.entries {
            let task = entry.task
            guard !task.sequence.isEmpty else { continue }
            let place = input.location(of: task, .sequence)
            let title = input.title(of: .sequence)
            guard task.sequence.isWellFormed, let value = task.sequence.value else {
                report(Finding(.malformedSequence, at: place, columnTitle: title,
                               arguments: ["sequence": task.sequence.raw]))
                continue
            }
            // A class per scope, so recording a number does not copy the scope's table each time.
            let scope = scopes[entry.sectionPath] ?? Scope()
            scopes[entry.sectionPath] = scope
            let key = task.sequence.components.map { $0.map { "\($0.style.rank):\($0.value)" }.joined(separator: ".") }
                ?? task.sequence.raw
            if let earlier = scope.seen[key] {
                report(Finding(.duplicateSequence, at: place, columnTitle: title,
                               arguments: ["sequence": task.sequence.raw, "other": String(earlier)]))
            } else if let last = scope.last {
                if value < last {
                    report(Finding(.sequenceOrder, at: place, columnTitle: title,
                                   arguments: ["sequence": task.sequence.raw, "previous": String(last)]))
                } else if value > last + 1 {
                    report(Finding(.sequenceGap, at: place, columnTitle: title,
                                   arguments: ["sequence": task.sequence.raw, "previous": String(last),
                                               "missing": missingRange(last + 1, value - 1)]))
                }
            }
            if scope.seen[key] == nil { scope.seen[key] = task.source?.row ?? 0 }
            scope.last = value
        }
    }

    /// The numbers seen in one section, and the last one.
    private final class Scope {
        var seen: [String: Int] = [:]
        var last: Int?
    }

    private func missingRange(_ first: Int, _ last: Int) -> String {
        first == last ? String(first) : "\(first)–\(last)"
    }
}
