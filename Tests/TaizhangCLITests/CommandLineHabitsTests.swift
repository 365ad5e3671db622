// SPDX-License-Identifier: Apache-2.0
// A ledger piped in as "-", and a mistyped command line answered in the run's language.

import Foundation
import Testing
import TaizhangTestSupport

@Suite(.serialized)
struct CommandLineHabitsTests {
    let example = Fixtures.example("tongren-2021/ledger-as-printed.csv")

    /// A script pipes the ledger in: "-" reads standard input, gives the findings the file gives,
    /// and names it "-".
    @Test func aLedgerPipedInAsDashIsValidatedLikeTheFile() throws {
        let byPath = try taizhang("validate", example, "--format", "json")
        let piped = try taizhang("validate", "-", "--format", "json", standardInput: example)
        #expect(piped.status == byPath.status, "\(piped.stderr)")
        #expect(piped.stdout.contains("\"file\": \"-\""))
        func findings(_ json: String) -> [String] {
            json.split(separator: "\n").filter { !$0.contains("\"file\"") }.map(String.init)
        }
        #expect(findings(piped.stdout) == findings(byPath.stdout))
        #expect(findings(piped.stdout).contains { $0.contains("\"code\"") })
    }

    /// A workbook through a pipe (its parts are read in any order) and /dev/stdin as a name.
    @Test func aWorkbookPipedInIsConverted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workbook = folder.file("台账.xlsx")
        #expect(try taizhang("convert", example, "-o", workbook).status == 0)
        let json = folder.file("out.json")
        let run = try taizhang("convert", "-", "-o", json, standardInput: workbook)
        #expect(run.status == 0, "\(run.stderr)")
        let direct = try taizhang("info", workbook)
        let viaDevice = try taizhang("info", "/dev/stdin", standardInput: workbook)
        #expect(viaDevice.status == 0, "\(viaDevice.stderr)")
        // The same report but for the first line, which names the file.
        #expect(viaDevice.stdout.split(separator: "\n").dropFirst() == direct.stdout.split(separator: "\n").dropFirst())
        #expect(direct.stdout.contains("48"))
    }

    /// Nothing on standard input is an empty file, said as such, not a question of extensions.
    @Test func anEmptyPipeIsAnEmptyFile() throws {
        let run = try taizhang("info", "-", standardInput: "/dev/null")
        #expect(run.status == 2)
        #expect(run.stderr.contains("-：文件是空的"), "\(run.stderr)")
    }

    /// A mistyped command line is answered in Chinese, keeping the usage line; `--lang en` keeps English.
    @Test func aMistypedCommandLineIsAnsweredInItsLanguage() throws {
        let missing = try taizhang("convert")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("错误：缺少必需的参数 <input>"), "\(missing.stderr)")
        #expect(missing.stderr.contains("用法：taizhang convert"))
        #expect(missing.stderr.contains("运行 taizhang convert --help 查看用法"))
        #expect(!missing.stderr.contains("Error:") && !missing.stderr.contains("Usage:"))
        let extra = try taizhang("convvert", "x")
        #expect(extra.status == 2 && extra.stderr.contains("多余的参数：convvert x"), "\(extra.stderr)")
        let option = try taizhang("info", example, "--bogus")
        #expect(option.status == 2 && option.stderr.contains("没有选项 --bogus"), "\(option.stderr)")
        let english = try taizhang("convert", "--lang", "en")
        #expect(english.stderr.contains("Error: Missing expected argument '<input>'"), "\(english.stderr)")
    }
}
