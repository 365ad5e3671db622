// SPDX-License-Identifier: Apache-2.0
// The `taizhang` command: its subcommands, and exit statuses 0/1/2 as LEDGER-SPEC §8 sets them.

import ArgumentParser
import CTaizhangMalloc
import Foundation
import Taizhang
import TaizhangServe

/// The root command.
@main
struct TaizhangCommand: ParsableCommand {
    /// The release, as `taizhang --version` prints it and CHANGELOG.md heads it.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "读取、检查、生成重点工作台账。Read, check and write task ledgers (台账).",
        discussion: """
            退出状态 / exit status: 0 成功 success; 1 台账有错误 the ledger has an error; \
            2 无法执行 could not run (bad arguments, unreadable file, output exists).
            """,
        version: version,
        subcommands: [
            ConvertCommand.self, InfoCommand.self, ValidateCommand.self, TemplateCommand.self, ExtractCommand.self,
            SplitCommand.self, MergeCommand.self, ReportCommand.self, RulesCommand.self, ServeCommand.self,
        ]
    )

    /// Runs the command, mapping every failure to exit status 2 (argument-parser's own would be 64).
    static func main() {
        // Rows are made on one thread and freed on another (parser → decoder → writer); glibc's
        // per-thread arenas then hold freed memory apart. One arena keeps a million-row run's peak
        // at what it uses (validate of a 1M-row workbook: 160 → 143 MB; info: 100 → 73 MB).
        taizhang_use_one_malloc_arena()
        let interruption = removingUnfinishedOutputsOnInterrupt()
        defer { interruption.forEach { $0.cancel() } }
        let arguments = argumentsTreatingFilesAsFiles()
        do {
            var command = try parseAsRoot(arguments)
            if let server = command as? any AsyncParsableCommand {
                try runToEnd(server)
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let catalog = MessageCatalog(language: ParserErrorWording.language(of: arguments))
            FileHandle.standardError.write(
                Data((ParserErrorWording.message(fullMessage(for: error), catalog: catalog) + "\n").utf8))
            Foundation.exit(2)
        }
    }

    /// Runs an asynchronous subcommand (`serve`) from this synchronous entry point, waiting for it.
    private static func runToEnd(_ command: any AsyncParsableCommand) throws {
        let outcome = AsyncOutcome(command)
        let finished = DispatchSemaphore(value: 0)
        Task {
            await outcome.run()
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure { throw failure }
    }

    /// An asynchronous command and how it ended, handed between the waiting thread and its task.
    private final class AsyncOutcome: @unchecked Sendable {
        private var command: any AsyncParsableCommand
        private(set) var failure: (any Error)?

        init(_ command: any AsyncParsableCommand) { self.command = command }

        func run() async {
            do {
                try await command.run()
            } catch {
                failure = error
            }
        }
    }

    /// On Ctrl-C (SIGINT) or SIGTERM, removes the temporary files of outputs being written and
    /// exits 130 (or 143): an interrupted run leaves the folder as it found it.
    private static func removingUnfinishedOutputsOnInterrupt() -> [any DispatchSourceSignal] {
        [(SIGINT, Int32(130)), (SIGTERM, Int32(143))].map { signalNumber, status in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                AtomicFile.removeUnfinished()
                UploadFolder.removeAll()
                Foundation.exit(status)
            }
            source.resume()
            return source
        }
    }

    /// The command line with every argument that names an existing file but looks like an option
    /// ("-hb.csv", a clerk's file name) written as "./-hb.csv", so it is read as the file it is.
    private static func argumentsTreatingFilesAsFiles() -> [String] {
        CommandLine.arguments.dropFirst().map { argument in
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.contains("."),
                FileManager.default.fileExists(atPath: argument)
            else { return argument }
            return "./" + argument
        }
    }
}
