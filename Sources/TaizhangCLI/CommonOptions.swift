// SPDX-License-Identifier: Apache-2.0
// Options every subcommand shares: message language, and printing to the clerk.

import ArgumentParser
import Foundation
import Taizhang

/// Options shared by the subcommands.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "消息语言 message language: zh | en.")
    var lang: Language = .zh

    @Flag(name: .shortAndLong, help: "只输出错误 print errors only.")
    var quiet = false

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case zh, en
    }

    var catalog: MessageCatalog {
        MessageCatalog(language: lang == .zh ? .chinese : .english)
    }

    /// Prints a line for the clerk on standard error, so standard output stays for data.
    func say(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints an error on standard error, even when quiet.
    func fail(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints an error of the library in the catalogue's words, or of the system (writing to a
    /// temporary file for standard output) as the reason writing failed.
    func fail(error: any Error) {
        switch error {
        case let error as LedgerReadError: fail(catalog.render(error))
        case let error as LedgerWriteError: fail(catalog.render(error))
        case LedgerPipeline.Failure.read(let error): fail(catalog.render(error))
        case LedgerPipeline.Failure.write(let error): fail(catalog.render(error))
        default: fail(catalog.render(LedgerWriteError(.writeFailed, path: "-", arguments: ["reason": "\(error)"])))
        }
    }

    /// Prints findings, one line each: severity, place, message, code, then any suggestion.
    func report(_ findings: [Finding]) {
        for finding in findings {
            var line = catalog.commandMessage(
                .labelled,
                [
                    "label": catalog.label(of: finding.severity),
                    "text": "\(catalog.place(finding.location))\(catalog.message(for: finding)) [\(finding.code)]",
                ])
            if let suggestion = catalog.suggestion(for: finding) { line += " " + suggestion }
            if finding.severity == .error { fail(line) } else { say(line) }
        }
    }
}
