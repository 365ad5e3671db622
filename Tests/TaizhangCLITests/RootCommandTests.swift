// SPDX-License-Identifier: Apache-2.0
// The root command's own options: --version.

import Foundation
import Testing
import TaizhangTestSupport

@Suite
struct RootCommandTests {
    /// `taizhang --version` prints the release alone on standard output and succeeds.
    @Test func printsItsVersion() throws {
        let run = try taizhang("--version")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "got \(run.stdout.debugDescription)")
    }

    /// The help names the option, so a clerk can find it.
    @Test func helpListsVersion() throws {
        let run = try taizhang("--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("--version"))
    }
}
