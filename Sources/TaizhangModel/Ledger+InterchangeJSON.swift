// SPDX-License-Identifier: Apache-2.0
// Writing the interchange JSON of LEDGER-SPEC §7, keys in a fixed order, byte for byte repeatable.

extension Ledger {
    /// The interchange JSON (LEDGER-SPEC §7), pretty-printed with two-space indents and a final newline.
    ///
    /// The spec's keys come first in the spec's order (`title`, `year`, `tasks`), then the added
    /// ones: `subtitle`, `documentNumber`, `issuer`, `extraColumns`, and `sections`, the outline of
    /// section headings with their numerals, so a ledger read back from JSON prints its section
    /// rows as they were. The same ledger always gives the same bytes.
    public var interchangeJSON: String {
        var output = InterchangeJSONLayout.opening(self)
        for (index, entry) in entries.enumerated() { output += InterchangeJSONLayout.task(entry, first: index == 0) }
        return output + InterchangeJSONLayout.closing(self, sections: body, tasks: taskCount)
    }
}

/// The interchange JSON written piece by piece, so a ledger of any length streams out: the
/// opening up to the task list, each task, then the rest (the same bytes as ``Ledger/interchangeJSON``).
public enum InterchangeJSONLayout {
    /// `{`, the title and year, and the opening of the task list.
    public static func opening(_ heading: Ledger) -> String {
        var output = "{\n  \"title\": "
        JSONValue.string(heading.title).write(to: &output, indent: 2)
        output += ",\n  \"year\": "
        (heading.year.map { JSONValue.number($0) } ?? .null).write(to: &output, indent: 2)
        return output + ",\n  \"tasks\": ["
    }

    /// One task of the list; `first` for the first one.
    public static func task(_ entry: TaskEntry, first: Bool) -> String {
        var output = first ? "\n    " : ",\n    "
        entry.interchangeValue.write(to: &output, indent: 4)
        return output
    }

    /// The end of the task list and the keys after it; `sections` is the root of the section outline.
    public static func closing(_ heading: Ledger, sections: LedgerSection, tasks: Int) -> String {
        var output = tasks > 0 ? "\n  ]" : "]"
        let fields: [(String, JSONValue)] = [
            ("subtitle", .string(heading.subtitle)),
            ("documentNumber", .string(heading.documentNumber)),
            ("issuer", .string(heading.issuer)),
            ("extraColumns", .array(heading.extraColumns.map { .string($0) })),
            ("sections", .array(sections.subsections.map(\.outlineValue))),
        ]
        for (key, value) in fields {
            output += ",\n  "
            JSONValue.writeString(key, to: &output)
            output += ": "
            value.write(to: &output, indent: 2)
        }
        return output + "\n}\n"
    }
}

extension LedgerSection {
    fileprivate var outlineValue: JSONValue {
        .object([
            ("sequence", .string(heading?.sequence.raw ?? "")),
            ("title", .string(heading?.title ?? "")),
            ("subsections", .array(subsections.map(\.outlineValue))),
        ])
    }
}

extension TaskEntry {
    fileprivate var interchangeValue: JSONValue {
        var deadline: [(String, JSONValue)] = [
            ("text", .string(task.deadline.text)),
            ("kind", .string(task.deadline.kind.rawValue)),
            ("due", .string(task.deadline.due?.iso)),
        ]
        if let note = task.deadline.note { deadline.append(("note", .string(note))) }
        let extraKeys = task.extra.keys.sorted()
        var source: JSONValue = .null
        if let location = task.source {
            var fields: [(String, JSONValue)] = [
                ("file", .string(location.file)),
                ("sheet", .string(location.sheet)),
                ("row", location.row.map { .number($0) } ?? .null),
            ]
            if let line = location.line { fields.append(("line", .number(line))) }
            source = .object(fields)
        }
        return .object([
            ("id", .string(task.id)),
            ("sequence", .string(task.sequence.raw)),
            ("section", .array(sectionPath.map { .string($0.title) })),
            ("task", .string(task.text)),
            ("lead", .array(task.lead.map { .string($0) })),
            ("cooperating", .array(task.cooperating.map { .string($0) })),
            ("deadline", .object(deadline)),
            ("progress", .string(task.progress)),
            ("status", .string(task.status)),
            ("remarks", .string(task.remarks)),
            ("extra", .object(extraKeys.map { ($0, .string(task.extra[$0])) })),
            ("inherited", .array(LedgerField.allCases.filter(task.inherited.contains).map { .string($0.rawValue) })),
            ("source", source),
        ])
    }
}
