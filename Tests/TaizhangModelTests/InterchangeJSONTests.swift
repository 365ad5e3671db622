// SPDX-License-Identifier: Apache-2.0
// The interchange JSON (LEDGER-SPEC §7): exact shape, escaping, and reading it back.

import Foundation
import Testing
import TaizhangModel

struct InterchangeJSONTests {
    static let sample: Ledger = {
        let heading = SectionHeading(sequence: SequenceNumber("一"), title: "推进公立医院高质量发展")
        let sub = SectionHeading(sequence: SequenceNumber("（一）"), title: "党建")
        let task = LedgerTask(
            sequence: SequenceNumber("1"),
            text: "加强公立医院党的建设，\n打造\"清廉\"医院",
            lead: ["市卫生健康局"],
            cooperating: [],
            deadline: Deadline(
                text: "10月底前出台文件", kind: .monthEnd, due: CalendarDate(year: 2021, month: 10, day: 31),
                note: "出台文件"),
            remarks: "已报",
            extra: ["责任领导": "张三"],
            inherited: [.deadline],
            source: SourceLocation(file: "ledger.xlsx", sheet: "Sheet1", row: 5),
            id: "t0123456789ab"
        )
        return Ledger(
            title: "同仁市2021年综合医改重点工作台账", year: 2021, extraColumns: ["责任领导"],
            body: LedgerSection(subsections: [
                LedgerSection(
                    heading: heading,
                    subsections: [
                        LedgerSection(heading: sub, tasks: [task])
                    ])
            ])
        )
    }()

    @Test func writesTheSpecShapeInOrder() {
        let expected = """
            {
              "title": "同仁市2021年综合医改重点工作台账",
              "year": 2021,
              "tasks": [
                {
                  "id": "t0123456789ab",
                  "sequence": "1",
                  "section": [
                    "推进公立医院高质量发展",
                    "党建"
                  ],
                  "task": "加强公立医院党的建设，\\n打造\\"清廉\\"医院",
                  "lead": [
                    "市卫生健康局"
                  ],
                  "cooperating": [],
                  "deadline": {
                    "text": "10月底前出台文件",
                    "kind": "month-end",
                    "due": "2021-10-31",
                    "note": "出台文件"
                  },
                  "progress": null,
                  "status": null,
                  "remarks": "已报",
                  "extra": {
                    "责任领导": "张三"
                  },
                  "inherited": [
                    "deadline"
                  ],
                  "source": {
                    "file": "ledger.xlsx",
                    "sheet": "Sheet1",
                    "row": 5
                  }
                }
              ],
              "subtitle": null,
              "documentNumber": null,
              "issuer": null,
              "extraColumns": [
                "责任领导"
              ],
              "sections": [
                {
                  "sequence": "一",
                  "title": "推进公立医院高质量发展",
                  "subsections": [
                    {
                      "sequence": "（一）",
                      "title": "党建",
                      "subsections": []
                    }
                  ]
                }
              ]
            }

            """
        #expect(Self.sample.interchangeJSON == expected)
    }

    @Test func readsBackWhatItWrites() throws {
        let decoded = try JSONDecoder().decode(Ledger.self, from: Data(Self.sample.interchangeJSON.utf8))
        #expect(decoded == Self.sample)
    }

    @Test func escapesControlCharacters() throws {
        var ledger = Self.sample
        ledger.title = "a\u{01}b\tc\\"
        #expect(ledger.interchangeJSON.contains(#""title": "a\u0001b\tc\\""#))
        let decoded = try JSONDecoder().decode(Ledger.self, from: Data(ledger.interchangeJSON.utf8))
        #expect(decoded.title == ledger.title)
    }

    /// Any text, written as a JSON string, reads back as itself; no raw control character or line
    /// separator is left in the output, and nothing else is escaped.
    @Test func anyTextSurvivesAsAJSONString() throws {
        let pieces = [
            "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "!", "#", "a", "序号", "\u{2028}", "\u{2029}",
            "\u{2026}", "\u{20AC}", "\u{2027}", "😀", "\u{7F}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            .joined()
            var bytes: [UInt8] = []
            JSONValue.text(text).write(to: &bytes, indent: 0)
            let written = String(decoding: bytes, as: UTF8.self)
            #expect(!written.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
            let read = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(read == text, "\(written)")
            if !text.unicodeScalars.contains(where: {
                $0.value < 0x20 || "\"\\\u{2028}\u{2029}".unicodeScalars.contains($0)
            }) {
                #expect(written == "\"" + text + "\"")
            }
        }
    }

    @Test func buildsSectionsFromPathsWhenThereIsNoOutline() throws {
        let json = """
            {"title": "t", "year": 2021, "tasks": [
              {"sequence": "1", "section": ["甲", "乙"], "task": "x", "lead": ["A"], "cooperating": [],
               "deadline": {"text": "12月底", "kind": "month-end", "due": "2021-12-31"}},
              {"sequence": "2", "section": ["丙"], "task": "y", "lead": [], "cooperating": ["B"],
               "deadline": {"text": "", "kind": "none", "due": null}}
            ]}
            """
        let ledger = try JSONDecoder().decode(Ledger.self, from: Data(json.utf8))
        #expect(ledger.allSections.map(\.heading?.sequence.raw) == ["一", "（一）", "二"])
        #expect(ledger.entries.map { $0.sectionPath.map(\.title) } == [["甲", "乙"], ["丙"]])
        #expect(ledger.entries[0].task.deadline.due?.iso == "2021-12-31")
    }

    @Test func refusesADueDateThatIsNotADate() {
        let json = #"{"tasks": [{"task": "x", "deadline": {"text": "t", "kind": "date", "due": "2021-02-30"}}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Ledger.self, from: Data(json.utf8)) }
    }
}
