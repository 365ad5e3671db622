// SPDX-License-Identifier: Apache-2.0
// Every word the catalogue holds, rendered with sample arguments: English with no Chinese but the
// ledger's own terms, Chinese with no hole left unfilled, and each language filled with the other's
// arguments (so the two ask for the same facts).

@testable import TaizhangModel
import Testing
import TaizhangTestSupport

@Suite
struct CatalogueLanguageTests {
    static let chinese = MessageCatalog(language: .chinese)
    static let english = MessageCatalog(language: .english)
    static let place = SourceLocation(file: "ledger.xlsx", sheet: "Sheet1", row: 7, column: 3)

    /// Renders with the arguments the other language's template asks for, and checks both outputs.
    ///
    /// - Parameter enclosing: the template a wording is put into (a whitespace problem into the
    ///   `whitespace` finding's), whose arguments are given too.
    static func check(
        _ what: String, _ wording: MessageCatalog.Wording, enclosing: MessageCatalog.Wording? = nil,
        render: (MessageCatalog, [String: String]) -> String
    ) {
        let outer = enclosing.map { MessageChecks.placeholders(in: $0.zh + $0.en) } ?? []
        let zh = render(chinese, MessageChecks.samples(for: MessageChecks.placeholders(in: wording.en).union(outer)))
        let en = render(english, MessageChecks.samples(for: MessageChecks.placeholders(in: wording.zh).union(outer)))
        #expect(MessageChecks.holes(in: zh).isEmpty, "\(what), Chinese: \(zh)")
        #expect(MessageChecks.holes(in: en).isEmpty, "\(what), English: \(en)")
        #expect(MessageChecks.chineseIn(english: en).isEmpty, "\(what), English holds Chinese: \(en)")
        #expect(zh != en, "\(what) is not translated")
    }

    @Test(arguments: Finding.Code.catalogue)
    func everyFindingCode(code: Finding.Code) throws {
        guard code != .unreadableFile else { return }  // worded by the reader's error, below
        let wording = try #require(MessageCatalog.findingTemplates[code.rawValue], "\(code) has no wording")
        Self.check(code.rawValue, wording) { catalog, values in
            catalog.message(for: Finding(code, at: Self.place, arguments: values, suggestions: ["S-name"]))
                + (catalog.suggestion(for: Finding(code, at: Self.place, suggestions: ["S-a", "S-b"])) ?? "")
        }
        let described = try #require(Self.english.description(of: code))
        #expect(MessageChecks.chineseIn(english: described).isEmpty, "\(code): \(described)")
    }

    @Test func everyReasonOfAnUncertainExtractionAndEveryWhitespaceProblem() {
        for (reason, wording) in MessageCatalog.extractionDoubts {
            Self.check(reason, wording, enclosing: MessageCatalog.findingTemplates["uncertain-extraction"]) {
                catalog, values in
                var arguments = values
                arguments["reason"] = reason
                arguments["sequence"] = "S-1"
                return catalog.message(for: Finding(.uncertainExtraction, at: Self.place, arguments: arguments))
            }
        }
        for (problem, wording) in MessageCatalog.whitespaceProblems {
            Self.check(problem, wording, enclosing: MessageCatalog.findingTemplates["whitespace"]) { catalog, values in
                var arguments = values
                arguments["problem"] = problem
                return catalog.message(for: Finding(.whitespace, at: Self.place, arguments: arguments))
            }
        }
    }

    @Test func everyReadError() {
        for (code, wording) in MessageCatalog.readErrorTemplates {
            Self.check(code, wording) { catalog, values in
                catalog.render(LedgerReadError(.init(rawValue: code), at: Self.place, arguments: values))
            }
            // The same error met by the validator, as an unreadable-file finding.
            Self.check("unreadable-file \(code)", wording) { catalog, values in
                var arguments = values
                arguments["error"] = code
                return catalog.message(for: Finding(.unreadableFile, at: Self.place, arguments: arguments))
            }
        }
    }

    @Test func everyWriteError() {
        for (code, wording) in MessageCatalog.writeErrorTemplates {
            Self.check(code, wording) { catalog, values in
                catalog.render(LedgerWriteError(.init(rawValue: code), path: "out.xlsx", arguments: values))
            }
        }
    }

    /// Keyed facts (what exceeded a limit, why a file could not be read) are worded in the language.
    @Test func everyQuantityAndReason() {
        for quantity in MessageCatalog.quantities.keys {
            let arguments = ["quantity": quantity, "limit": "9", "part": "S-part", "value": "9", "allowed": "1–2"]
            for code in ["limit-exceeded", "value-out-of-range"] {
                let en =
                    Self.english.render(LedgerWriteError(.init(rawValue: code), path: "o.xlsx", arguments: arguments))
                    + Self.english.render(LedgerReadError(.init(rawValue: code), at: Self.place, arguments: arguments))
                #expect(MessageChecks.chineseIn(english: en).isEmpty, "\(quantity): \(en)")
            }
        }
        let folder = LedgerReadError(.fileUnreadable, at: Self.place, arguments: ["reason": "is-a-folder"])
        #expect(Self.english.render(folder).contains("(it is a folder)"))
        #expect(Self.chinese.render(folder).contains("（是文件夹）"))
    }

    @Test func everyArgumentProblem() throws {
        for problem in MessageCatalog.ArgumentProblem.allCases {
            let wording = try #require(MessageCatalog.argumentTemplates[problem.rawValue], "\(problem)")
            Self.check(problem.rawValue, wording) { catalog, values in catalog.argumentMessage(problem, values) }
        }
    }

    @Test func everyCommandMessage() throws {
        for key in MessageCatalog.CommandMessage.allCases {
            let wording = try #require(MessageCatalog.commandTemplates[key.rawValue], "\(key)")
            Self.check(key.rawValue, wording) { catalog, values in catalog.commandMessage(key, values) }
        }
        #expect(MessageChecks.chineseIn(english: Self.english.listSeparator).isEmpty)
    }

    @Test func everyWordOfInfo() throws {
        for key in MessageCatalog.InfoWord.allCases {
            let wording = try #require(MessageCatalog.infoTemplates[key.rawValue], "\(key)")
            Self.check(key.rawValue, wording) { catalog, values in catalog.infoWord(key, values) }
        }
        for kind in Deadline.Kind.allCases {
            #expect(MessageCatalog.deadlineKinds[kind.rawValue] != nil, "\(kind) has no Chinese name")
            #expect(MessageChecks.chineseIn(english: Self.english.name(of: kind)).isEmpty)
        }
    }

    /// Names given as a list are quoted and joined in the message's language.
    @Test func listsAreWordedInTheLanguage() {
        let finding = Finding(
            .otherLedgerSheets, at: Self.place,
            arguments: [
                "sheet": "Sheet1", "sheets": MessageCatalog.list(["Feb", "Mar"]),
            ])
        #expect(Self.english.message(for: finding).contains("(\"Feb\", \"Mar\")"))
        #expect(Self.chinese.message(for: finding).contains("（“Feb”、“Mar”）"))
    }

    @Test func placesAndSeverities() {
        let located = SourceLocation(file: "a.csv", sheet: "S", row: 3, column: 2)
        let lined = SourceLocation(file: "a.csv", line: 9)
        for location in [located, lined] {
            #expect(MessageChecks.chineseIn(english: Self.english.place(location)).isEmpty)
        }
        for severity in Severity.allCases {
            #expect(MessageChecks.chineseIn(english: Self.english.label(of: severity)).isEmpty)
        }
    }

    /// The checks themselves catch what they are for.
    @Test func theChecksCatchChineseAndHoles() {
        #expect(MessageChecks.chineseIn(english: "Row 3: 如需覆盖") == "如需覆盖")
        #expect(MessageChecks.chineseIn(english: "Row 3 has no 进展情况：") == "：")
        #expect(MessageChecks.chineseIn(english: "kept on the 未匹配 sheet").isEmpty)
        #expect(MessageChecks.holes(in: "第{row}行") == ["row"])
        #expect(MessageChecks.holes(in: "{ } and {} are not holes").isEmpty)
    }
}
