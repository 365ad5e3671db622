// SPDX-License-Identifier: Apache-2.0
// What the cells themselves hold: markup left from web pages, stray spaces, text too long for Excel.

import TaizhangModel
import TaizhangSheet
import TaizhangText

/// The cells of a task row that rules about text look at: (field, text as the file holds it).
///
/// From the rows as read when the input kept them (CSV, XLSX), else from the model (JSON).
func textCells(of task: LedgerTask, in input: ValidationInput) -> [(field: LedgerField, text: String)] {
    let fields: [LedgerField] = [.sequence, .task, .lead, .cooperating, .deadline, .progress, .status, .remarks]
    return fields.compactMap { field in
        if let raw = input.rawText(of: task, field) { return (field, raw) }
        guard input.rows.isEmpty else { return nil }
        switch field {
        case .sequence: return (field, task.sequence.raw)
        case .task: return (field, task.text)
        case .lead: return (field, task.lead.joined(separator: "、"))
        case .cooperating: return (field, task.cooperating.joined(separator: "、"))
        case .deadline: return (field, task.deadline.text)
        case .progress: return task.progress.map { (field, $0) }
        case .status: return task.status.map { (field, $0) }
        case .remarks: return task.remarks.map { (field, $0) }
        case .section: return nil
        }
    }
}

/// `markup-in-cell`: HTML or XML left from a web page (`<p>`, `</p>`, `<br/>`, `&nbsp;`, `&#160;`).
public struct MarkupRule: ValidationRule {
    public let codes: [Finding.Code] = [.markupInCell]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        for entry in input.entries {
            for (field, text) in textCells(of: entry.task, in: input) {
                guard let markup = MarkupRule.firstMarkup(in: text) else { continue }
                report(Finding(.markupInCell, at: input.location(of: entry.task, field), columnTitle: input.title(of: field),
                               arguments: ["markup": markup]))
            }
        }
    }

    /// The first tag (`<p>`, `</span>`, `<br/>`) or entity (`&nbsp;`, `&#160;`) in the text.
    static func firstMarkup(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = scalars[index...].prefix(40).firstIndex(of: ">"), end > index + 1 {
                let inner = scalars[(index + 1)..<end]
                let name = inner.first == "/" ? inner.dropFirst() : inner[...]
                if let first = name.first, first.properties.isASCIIHexDigit || ("a"..."z").contains(first)
                    || ("A"..."Z").contains(first), inner.allSatisfy({ $0.isASCII })
                {
                    return String(String.UnicodeScalarView(scalars[index...end]))
                }
            }
            if scalar == "&", let end = scalars[index...].prefix(10).firstIndex(of: ";"), end > index + 1 {
                let inner = scalars[(index + 1)..<end]
                if inner.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "#" || ("0"..."9").contains($0) }) {
                    return String(String.UnicodeScalarView(scalars[index...end]))
                }
            }
            index += 1
        }
        return nil
    }
}

/// `whitespace`: spaces before or after a cell's text, doubled spaces inside it, or a line break
/// inside a department name ("人力资源\n和社会保障局").
public struct WhitespaceRule: ValidationRule {
    public let codes: [Finding.Code] = [.whitespace]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        for entry in input.entries {
            for (field, text) in textCells(of: entry.task, in: input) where !text.isEmpty {
                guard let problem = WhitespaceRule.problem(in: text, field: field) else { continue }
                report(Finding(.whitespace, at: input.location(of: entry.task, field), columnTitle: input.title(of: field),
                               arguments: ["problem": problem]))
            }
        }
    }

    /// What is wrong with the spaces of a cell, as a code word the messages translate.
    static func problem(in text: String, field: LedgerField) -> String? {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t"
        }
        func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
        let scalars = text.unicodeScalars
        if let first = scalars.first, isSpace(first) || isBreak(first) { return "leading" }
        if let last = scalars.last, isSpace(last) || isBreak(last) { return "trailing" }
        var previousIsSpace = false
        for scalar in scalars {
            let space = isSpace(scalar)
            if space, previousIsSpace { return "doubled" }
            previousIsSpace = space
        }
        if field == .lead || field == .cooperating, scalars.contains(where: isBreak), DepartmentList.hasLineBreakInName(text) {
            return "break-in-name"
        }
        return nil
    }
}

/// `cell-too-long`: a cell over Excel's 32,767 characters (it cannot be written back to .xlsx).
public struct CellTooLongRule: ValidationRule {
    public let codes: [Finding.Code] = [.cellTooLong]

    /// Creates the rule.
    public init() {}

    public func check(_ input: ValidationInput, report: (Finding) -> Void) {
        for entry in input.entries {
            for (field, text) in textCells(of: entry.task, in: input) where text.utf16.count > 32_767 {
                report(Finding(.cellTooLong, at: input.location(of: entry.task, field), columnTitle: input.title(of: field),
                               arguments: ["length": String(text.utf16.count)]))
            }
        }
    }
}
