// SPDX-License-Identifier: Apache-2.0
// argument-parser's own errors (a missing argument, an unknown option) in the run's one language.

import ArgumentParser
import Foundation
import Taizhang

/// Words argument-parser's errors in the catalogue's language.
///
/// argument-parser reports a command line it cannot parse in English ("Error: Missing expected
/// argument '<input>'", "Usage: …"), and its error types are not public; so its message is read
/// back by its known shapes and said again from the catalogue. The usage line is kept as it is
/// (it is the command's syntax, the same in every language); a message of the commands' own
/// (already in the run's language) and any shape not known here are kept whole, so nothing is lost.
enum ParserErrorWording {
    /// The message for a parse error, in `catalog`'s language.
    static func message(_ english: String, catalog: MessageCatalog) -> String {
        guard catalog.language == .chinese else { return english }
        let lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        var command = "taizhang"
        for line in lines {
            if line.hasPrefix("Error: ") {
                result.append("错误：" + sentence(String(line.dropFirst("Error: ".count)), catalog))
            } else if line.hasPrefix("Usage: ") {
                let usage = String(line.dropFirst("Usage: ".count))
                command = usage.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") }.joined(
                    separator: " ")
                result.append("用法：" + usage)
            } else if line.hasPrefix("Help: ") {
                result.append("说明：" + line.dropFirst("Help: ".count).trimmingCharacters(in: .whitespaces))
            } else if line.trimmingCharacters(in: .whitespaces).hasPrefix("See '") {
                result.append("  " + catalog.argumentMessage(.seeHelp, ["command": command]))
            } else {
                result.append(line)
            }
        }
        return result.joined(separator: "\n")
    }

    /// One error sentence of argument-parser, said again when its shape is known.
    private static func sentence(_ text: String, _ catalog: MessageCatalog) -> String {
        // The commands' own messages (thrown from `validate()`) are already in the run's language.
        if text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { return text }
        let quoted = quotedParts(of: text)
        if text.hasPrefix("Missing expected argument"), let name = quoted.first {
            return catalog.argumentMessage(.missingArgument, ["name": name])
        }
        if text.hasPrefix("Unknown option"), let option = quoted.first {
            return catalog.argumentMessage(.unknownOption, ["option": option])
        }
        if text.contains("nexpected argument"), !quoted.isEmpty {
            return catalog.argumentMessage(.unexpectedArguments, ["arguments": quoted.joined(separator: " ")])
        }
        if text.hasPrefix("Missing value for"), let option = quoted.first {
            return catalog.argumentMessage(.missingValue, ["option": option])
        }
        if text.hasPrefix("The value"), quoted.count >= 2 {
            return catalog.argumentMessage(.invalidValue, ["value": quoted[0], "option": quoted[1]])
        }
        return catalog.argumentMessage(.badArguments, ["detail": text])
    }

    /// The parts of a message between single quotes: 'convvert', '<input>'.
    private static func quotedParts(of text: String) -> [String] {
        text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The language a run asked for, read from the raw arguments (the parse itself failed).
    static func language(of arguments: [String]) -> MessageLanguage {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" { return .english }
            if argument == "--lang", index + 1 < arguments.count, arguments[index + 1] == "en" { return .english }
        }
        return .chinese
    }
}
