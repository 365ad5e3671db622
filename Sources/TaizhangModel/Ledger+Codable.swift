// SPDX-License-Identifier: Apache-2.0
// Reading the interchange JSON of LEDGER-SPEC §7 (writing is in Ledger+InterchangeJSON.swift).

import Foundation

extension Ledger: Decodable {
    private enum CodingKeys: String, CodingKey {
        case title, subtitle, year, documentNumber, issuer, extraColumns, sections, tasks
    }

    /// Reads the interchange JSON. Only `tasks` is required; without a `sections` outline the
    /// sections are made from the tasks' `section` paths and numbered 一, （一）, 1, （1） by depth.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decodeIfPresent(String.self, forKey: .title),
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            year: try container.decodeIfPresent(Int.self, forKey: .year),
            documentNumber: try container.decodeIfPresent(String.self, forKey: .documentNumber),
            issuer: try container.decodeIfPresent(String.self, forKey: .issuer),
            extraColumns: try container.decodeIfPresent([String].self, forKey: .extraColumns) ?? []
        )
        let outline = try container.decodeIfPresent([OutlineRecord].self, forKey: .sections) ?? []
        body.subsections = outline.map { $0.section() }
        for record in try container.decode([TaskRecord].self, forKey: .tasks) {
            let task = try record.task(codingPath: container.codingPath)
            body.insert(task, at: record.section[...], depth: 1)
        }
    }
}

extension LedgerSection {
    /// Puts a task at the end of the section its title path names, making missing sections.
    fileprivate mutating func insert(_ task: LedgerTask, at path: ArraySlice<String>, depth: Int) {
        guard let title = path.first else {
            tasks.append(task)
            return
        }
        if let index = subsections.lastIndex(where: { $0.heading?.title == title }) {
            subsections[index].insert(task, at: path.dropFirst(), depth: depth + 1)
            return
        }
        let heading = SectionHeading(
            sequence: SequenceNumber(LedgerSection.generatedNumeral(depth: depth, index: subsections.count + 1)),
            title: title
        )
        var section = LedgerSection(heading: heading)
        section.insert(task, at: path.dropFirst(), depth: depth + 1)
        subsections.append(section)
    }

    private static func generatedNumeral(depth: Int, index: Int) -> String {
        let chinese = ChineseNumeral.text(for: min(index, 99))
        switch depth {
        case 1: return chinese
        case 2: return "（\(chinese)）"
        case 3: return String(index)
        default: return "（\(index)）"
        }
    }
}

// MARK: - Records as the JSON spells them

private struct OutlineRecord: Decodable {
    var sequence: String
    var title: String
    var subsections: [OutlineRecord]

    private enum CodingKeys: String, CodingKey { case sequence, title, subsections }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decodeIfPresent(String.self, forKey: .sequence) ?? ""
        title = try container.decode(String.self, forKey: .title)
        subsections = try container.decodeIfPresent([OutlineRecord].self, forKey: .subsections) ?? []
    }

    func section() -> LedgerSection {
        LedgerSection(
            heading: SectionHeading(sequence: SequenceNumber(sequence), title: title),
            subsections: subsections.map { $0.section() }
        )
    }
}

private struct DeadlineRecord: Decodable {
    var text: String
    var kind: Deadline.Kind
    var due: String?
    var note: String?

    private enum CodingKeys: String, CodingKey { case text, kind, due, note }

    init() {
        text = ""
        kind = .none
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        kind = try container.decodeIfPresent(Deadline.Kind.self, forKey: .kind) ?? (text.isEmpty ? .none : .unparsed)
        due = try container.decodeIfPresent(String.self, forKey: .due)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

}

private struct SourceRecord: Decodable {
    var file: String
    var sheet: String?
    var row: Int?
    var line: Int?

    var location: SourceLocation { SourceLocation(file: file, sheet: sheet, row: row, line: line) }
}

private struct TaskRecord: Decodable {
    var id: String?
    var sequence: String
    var section: [String]
    var task: String
    var lead: [String]
    var cooperating: [String]
    var deadline: DeadlineRecord
    var progress: String?
    var status: String?
    var remarks: String?
    var extra: [String: String]
    var inherited: [LedgerField]
    var source: SourceRecord?

    private enum CodingKeys: String, CodingKey {
        case id, sequence, section, task, lead, cooperating, deadline, progress, status, remarks, extra,
            inherited, source
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        sequence = try container.decodeIfPresent(String.self, forKey: .sequence) ?? ""
        section = try container.decodeIfPresent([String].self, forKey: .section) ?? []
        task = try container.decode(String.self, forKey: .task)
        lead = try container.decodeIfPresent([String].self, forKey: .lead) ?? []
        cooperating = try container.decodeIfPresent([String].self, forKey: .cooperating) ?? []
        deadline =
            try container.decodeIfPresent(DeadlineRecord.self, forKey: .deadline)
            ?? DeadlineRecord()
        progress = try container.decodeIfPresent(String.self, forKey: .progress)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        remarks = try container.decodeIfPresent(String.self, forKey: .remarks)
        extra = try container.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
        inherited = try container.decodeIfPresent([LedgerField].self, forKey: .inherited) ?? []
        source = try container.decodeIfPresent(SourceRecord.self, forKey: .source)
    }

    func task(codingPath: [any CodingKey]) throws -> LedgerTask {
        var due: CalendarDate?
        if let text = deadline.due {
            guard let date = CalendarDate(iso: text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "deadline.due \"\(text)\" is not an ISO date"))
            }
            due = date
        }
        return LedgerTask(
            sequence: SequenceNumber(sequence),
            text: task,
            lead: lead,
            cooperating: cooperating,
            deadline: Deadline(text: deadline.text, kind: deadline.kind, due: due, note: deadline.note),
            progress: progress,
            status: status,
            remarks: remarks,
            extra: extra,
            inherited: Set(inherited),
            source: source?.location,
            id: id
        )
    }
}
