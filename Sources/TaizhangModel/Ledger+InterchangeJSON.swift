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
        var output = ""
        JSONValue.object(interchangeFields).write(to: &output, indent: 0)
        return output + "\n"
    }

    private var interchangeFields: [(String, JSONValue)] {
        [
            ("title", .string(title)),
            ("year", year.map { .number($0) } ?? .null),
            ("tasks", .array(entries.map(\.interchangeValue))),
            ("subtitle", .string(subtitle)),
            ("documentNumber", .string(documentNumber)),
            ("issuer", .string(issuer)),
            ("extraColumns", .array(extraColumns.map { .string($0) })),
            ("sections", .array(body.subsections.map(\.outlineValue))),
        ]
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
