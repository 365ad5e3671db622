// SPDX-License-Identifier: Apache-2.0
// Shell completions from argument-parser: the scripts generate for bash, zsh and fish, name every
// subcommand, and the bash one completes when bash runs it.

import Foundation
import Testing
import TaizhangTestSupport

@Suite
struct CompletionScriptTests {
    static let subcommands = [
        "convert", "info", "validate", "template", "extract", "split", "merge", "report", "rules",
    ]

    @Test(arguments: ["bash", "zsh", "fish"])
    func generatesAScriptNamingEverySubcommand(shell: String) throws {
        let run = try taizhang("--generate-completion-script", shell)
        #expect(run.status == 0, "\(run.stderr)")
        let mark = [
            "bash": "complete -o filenames -F _taizhang taizhang", "zsh": "#compdef taizhang",
            "fish": "complete -c 'taizhang'",
        ]
        #expect(run.stdout.contains(try #require(mark[shell])), "\(shell) script is not one")
        for subcommand in Self.subcommands {
            #expect(run.stdout.contains(subcommand), "\(shell) script lacks \(subcommand)")
        }
    }

    /// Sourced into bash, the script completes a subcommand and an option the way a clerk types them.
    @Test func bashCompletesSubcommandsAndOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = try taizhang("--generate-completion-script", "bash")
        _ = try folder.write("taizhang.bash", Array(script.stdout.utf8))
        func complete(_ words: [String]) throws -> [String] {
            let line = words.joined(separator: " ")
            let program = """
                source '\(folder.file("taizhang.bash"))'
                COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _taizhang taizhang '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", program]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return printed.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["taizhang", "mer"]) == ["merge"])
        #expect(try complete(["taizhang", "convert", "x.csv", "--output-e"]) == ["--output-encoding"])
        #expect(try complete(["taizhang", "report", "x.csv", "--for"]).sorted() == ["--force", "--format"])
    }
}
