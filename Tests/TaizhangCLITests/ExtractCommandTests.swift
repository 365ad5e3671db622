// SPDX-License-Identifier: Apache-2.0
// `taizhang extract` as a clerk runs it: a ledger out of a notice, the score, the statuses.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized, .enabled(if: Fixtures.hasShared))
struct ExtractCommandTests {
    let notice = Fixtures.shared("notices/001_fae14af7d0856576.txt")

    @Test func writesTheLedgerAndListsWhatToCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try taizhang("extract", notice, "-o", folder.file("ledger.xlsx"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("附件台账表") && run.stderr.contains("任务 48 项")
                && run.stderr.contains("[uncertain-extraction]"))
        let back = try taizhang("info", folder.file("ledger.xlsx"))
        #expect(back.status == 0 && (back.stdout + back.stderr).contains("48"))
        #expect(try taizhang("extract", notice, "-o", folder.file("ledger.xlsx")).status == 2, "no overwrite")
    }

    @Test func scoresAgainstTheGold() throws {
        let run = try taizhang(
            "extract", notice, "--from", "text", "--score",
            Fixtures.shared("notices/gold/001_fae14af7d0856576_narrative.jsonl"), "-q")
        #expect(run.status == 0)
        #expect(run.stdout.contains("22 extracted, 22 gold, 22 matched") && run.stdout.contains("F1 1.000"))
    }

    @Test func badArgumentsExitTwo() throws {
        #expect(try taizhang("extract", notice).status == 2, "neither -o nor --score")
        #expect(try taizhang("extract", "/no/such/notice.txt", "-o", "/tmp/x.json").status == 2)
        #expect(try taizhang("extract", notice, "-o", "ledger.doc").status == 2)
    }
}
