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

/// A JSON value whose objects keep their keys in order.
enum JSONValue {
    case null
    case number(Int)
    case text(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A string, or null when absent.
    static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.text) ?? .null
    }

    func write(to output: inout String, indent: Int) {
        switch self {
        case .null:
            output += "null"
        case .number(let value):
            output += String(value)
        case .text(let value):
            JSONValue.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                item.write(to: &output, indent: indent + 2)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                JSONValue.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 2)
                output += index == fields.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Writes a JSON string: quotes, backslashes and control characters escaped, the rest as is (UTF-8).
    static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
