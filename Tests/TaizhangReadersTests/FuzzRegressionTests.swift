// SPDX-License-Identifier: Apache-2.0
// Every input the fuzzer ever crashed a reader with, run again: each must now end in an error or a ledger.

import Foundation
import Testing
import TaizhangFuzzTargets
import TaizhangTestSupport

@Suite struct FuzzRegressionTests {
    /// Tests/Fixtures/fuzz/TARGET/NAME, one argument per saved input.
    static let inputs: [String] = {
        let root = Fixtures.path("fuzz")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + target)) ?? [])
                .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { "\(target)/\($0)" }
        }
    }()

    @Test(arguments: inputs) func savedCrashInputRunsToAnEnd(_ input: String) throws {
        let target = try #require(FuzzTargets.named(String(input.split(separator: "/")[0])))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz/" + input))))
        target.run(bytes)
    }

    @Test func aSeedStreamComesOutOfAnXLS() throws {
        let xls = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xls/tongren-libreoffice.xls"))))
        let stream = try #require(FuzzTargets.part("Workbook", of: xls))
        #expect(stream.starts(with: [0x09, 0x08]))
        FuzzTargets.named("xls-biff")?.run(stream)
    }

    @Test func everyTargetRunsItsSeedsAndNoise() throws {
        #expect(
            Set(FuzzTargets.all.map(\.name)) == [
                "csv", "xlsx-zip", "xlsx-xml", "xls", "xls-biff", "xml2003", "html", "notice", "roster", "schema",
            ])
        let noise: [[UInt8]] = [
            [], [0], Array("<table><tr><td rowspan=9>".utf8), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            Array("PK\u{3}\u{4}".utf8), Array("{\"columns\":[{}]}".utf8),
        ]
        for target in FuzzTargets.all {
            for input in noise { target.run(input) }
        }
    }
}
