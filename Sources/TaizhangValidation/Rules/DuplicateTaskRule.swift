// SPDX-License-Identifier: Apache-2.0
// The same task text twice in a ledger.

import TaizhangModel

/// `duplicate-task`: a task whose text (spaces ignored) repeats an earlier one; reported on the
/// later row, naming the earlier.
public struct DuplicateTaskRule: ValidationRule {
    public let codes: [Finding.Code] = [.duplicateTask]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        var seen: [ExactText: Int] = [:]
        for entry in input.entries where !entry.task.text.isEmpty {
            let key = ExactText(withoutSpaces(entry.task.text))
            if let earlier = seen[key] {
                report(Finding(.duplicateTask, at: input.location(of: entry.task, .task), columnTitle: input.title(of: .task),
                               arguments: ["other": String(earlier)]))
            } else {
                seen[key] = entry.task.source?.row ?? 0
            }
        }
    }

    /// The text without the spaces and line breaks clerks scatter in it.
    private func withoutSpaces(_ text: String) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
        }
        guard text.unicodeScalars.contains(where: isSpace) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isSpace($0) })
        return String(scalars)
    }
}
