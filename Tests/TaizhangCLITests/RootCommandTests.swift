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

    /// The version printed is the one CHANGELOG.md's top entry describes.
    @Test func versionHeadsTheChangelog() throws {
        let run = try taizhang("--version")
        let changelog = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let top = try #require(changelog.components(separatedBy: "\n").first { $0.hasPrefix("## ") })
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(top == "## \(version)" || top.hasPrefix("## \(version) "), "CHANGELOG.md's top entry: \(top)")
    }

    /// The help names the option, so a clerk can find it.
    @Test func helpListsVersion() throws {
        let run = try taizhang("--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("--version"))
    }
}
