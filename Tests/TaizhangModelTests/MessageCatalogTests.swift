// SPDX-License-Identifier: Apache-2.0
// Wording of findings and errors, in Chinese and English, and the code catalogue of LEDGER-SPEC §5.

import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport

struct MessageCatalogTests {
    @Test func everySpecCodeIsCataloguedWithItsSeverity() {
        for (code, severity) in SpecCodes.all {
            #expect(Finding.Code(rawValue: code)?.defaultSeverity == severity, "\(code)")
        }
        #expect(Finding.Code(rawValue: "no-such-code") == nil)
    }

    @Test func rendersFindingsInBothLanguages() {
        let finding = Finding(.blankRow, at: SourceLocation(file: "a.csv", row: 7))
        #expect(MessageCatalog(language: .chinese).message(for: finding) == "第7行是表格中的空行，已跳过。")
        #expect(
            MessageCatalog(language: .english).message(for: finding)
                == "Row 7 is an empty row inside the table; skipped.")
        #expect(finding.summary == "row 7 blank-row")
    }

    @Test func namesTheCellOfAFinding() {
        let finding = Finding(
            .unknownColumn, at: SourceLocation(file: "a.xlsx", sheet: "Sheet1", row: 2, column: 6),
            columnTitle: "责任领导")
        #expect(finding.summary == "F2 unknown-column")
        #expect(MessageCatalog().place(finding.location) == "a.xlsx，工作表“Sheet1”，单元格 F2：")
        #expect(MessageCatalog().message(for: finding).contains("责任领导"))
    }

    @Test func rendersReadErrorsWithPlaceAndRemedy() {
        let error = LedgerReadError(
            .invalidEncoding, at: SourceLocation(file: "x.csv", line: 3),
            arguments: ["encoding": "GB18030", "bytes": "E5"])
        let chinese = MessageCatalog(language: .chinese).render(error)
        #expect(chinese.hasPrefix("x.csv，第3行："))
        #expect(chinese.contains("--encoding"))
        let english = MessageCatalog(language: .english).render(error)
        #expect(english.hasPrefix("x.csv, line 3: Bytes that are not valid GB18030 (E5)."))
    }

    @Test func rendersWriteErrors() {
        let error = LedgerWriteError(.outputExists, path: "out.json")
        #expect(MessageCatalog().render(error) == "out.json：输出文件已存在，未覆盖。如需覆盖请加 --force。")
    }

    /// The faults a clerk meets on a disk (full, refused, read-only) are worded in the run's
    /// language; any other system fault keeps the system's own text.
    @Test func diskFaultsAreWordedInTheRunsLanguage() {
        let full = LedgerWriteError(.writeFailed, path: "台账.xlsx", arguments: ["reason": SystemReason.of(ENOSPC)])
        #expect(MessageCatalog(language: .chinese).render(full) == "台账.xlsx：写入失败（磁盘空间不足）。原有文件未改动。")
        #expect(MessageCatalog(language: .english).render(full).contains("(no space left on the disk)"))
        for code in [ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EFBIG, EIO, EMFILE, ENFILE] {
            let key = SystemReason.of(code)
            let error = LedgerWriteError(.writeFailed, path: "x", arguments: ["reason": key])
            #expect(!MessageCatalog(language: .english).render(error).contains("(\(key))"), "errno \(code)")
            #expect(
                MessageCatalog(language: .chinese).render(error) != MessageCatalog(language: .english).render(error))
        }
        #expect(SystemReason.of(EXDEV) == String(cString: strerror(EXDEV)))
    }
}

struct CodeDescriptionTests {
    @Test(arguments: Finding.Code.catalogue)
    func everyCodeIsDescribedInBothLanguages(code: Finding.Code) {
        let chinese = MessageCatalog(language: .chinese).description(of: code)
        let english = MessageCatalog(language: .english).description(of: code)
        #expect(chinese?.isEmpty == false && english?.isEmpty == false && chinese != english, "\(code)")
    }

    /// A file validate could not read because of a bad byte says on which line, as convert does.
    @Test func anUnreadableFileFindingNamesItsLine() {
        let finding = Finding(
            .unreadableFile, at: SourceLocation(file: "bad.csv", line: 40_000),
            arguments: ["error": "invalid-encoding", "encoding": "UTF-8", "bytes": "FF", "offset": "9"])
        #expect(MessageCatalog(language: .chinese).message(for: finding).hasPrefix("第40000行："))
        #expect(MessageCatalog(language: .english).message(for: finding).hasPrefix("line 40000: "))
    }
}
