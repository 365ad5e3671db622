// SPDX-License-Identifier: Apache-2.0
// What `report` says, rendered with sample arguments in both languages: no Chinese in English but the
// ledger's own terms, no hole left unfilled in either.

@testable import TaizhangProgress
import TaizhangModel
import Testing
import TaizhangTestSupport

@Suite
struct ReportWordingTests {
    @Test func everyReportMessage() {
        for (key, wording) in MessageCatalog.reportTemplates {
            let zh = MessageCatalog(language: .chinese)
                .reportMessage(key, MessageChecks.samples(for: MessageChecks.placeholders(in: wording.en)))
            let en = MessageCatalog(language: .english)
                .reportMessage(key, MessageChecks.samples(for: MessageChecks.placeholders(in: wording.zh)))
            #expect(MessageChecks.holes(in: zh).isEmpty, "\(key): \(zh)")
            #expect(MessageChecks.holes(in: en).isEmpty, "\(key): \(en)")
            #expect(MessageChecks.chineseIn(english: en).isEmpty, "\(key): \(en)")
        }
    }
}
