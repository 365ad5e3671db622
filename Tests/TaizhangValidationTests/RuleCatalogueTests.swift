// SPDX-License-Identifier: Apache-2.0
// The catalogue covers LEDGER-SPEC §5: every code is emitted by a rule or by the reader, and worded in both languages.

import Testing
import TaizhangModel
import TaizhangTestSupport
import TaizhangValidation

struct RuleCatalogueTests {
    @Test(arguments: SpecCodes.all)
    func everySpecCodeIsEmittedAndWorded(code: String, severity: Severity) throws {
        let known = try #require(Finding.Code.catalogue.first { $0.rawValue == code })
        #expect(known.defaultSeverity == severity)
        let emitted = RuleCatalogue.rules.flatMap(\.codes) + RuleCatalogue.readerCodes
        #expect(emitted.contains(known))
        let finding = Finding(known, at: SourceLocation(file: "f.csv", row: 3, column: 2), columnTitle: "重点任务")
        for language in MessageLanguage.allCases {
            let message = MessageCatalog(language: language).message(for: finding)
            #expect(message != code && !message.isEmpty, "\(code) in \(language)")
        }
    }

    @Test func noTwoRulesShareACode() {
        let codes = RuleCatalogue.rules.flatMap(\.codes).filter { $0 != .missingColumn }
        #expect(Set(codes).count == codes.count)
    }
}
