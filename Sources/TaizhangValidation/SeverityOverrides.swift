// SPDX-License-Identifier: Apache-2.0
// Raising or lowering a code's severity: `--severity missing-deadline=error`, or a config file of such lines.

import Foundation
import TaizhangModel

/// Parses severity overrides.
public enum SeverityOverrides {
    /// A problem with an override: data; ``message(_:)`` words it in the catalogue's language.
    public struct Problem: Error, Sendable, Equatable {
        /// What is wrong.
        public var kind: MessageCatalog.ArgumentProblem
        /// The facts the message is made of (`text`, `code`, `level`, `codes`).
        public var values: [String: String]
        /// The config file and line, when the override came from one.
        public var place: (file: String, line: Int)?

        public static func == (lhs: Problem, rhs: Problem) -> Bool {
            lhs.kind == rhs.kind && lhs.values == rhs.values && lhs.place?.file == rhs.place?.file
                && lhs.place?.line == rhs.place?.line
        }

        /// The problem in words, naming the file and line when it came from one.
        public func message(_ catalog: MessageCatalog) -> String {
            let text = catalog.argumentMessage(kind, values)
            guard let place else { return text }
            return catalog.place(SourceLocation(file: place.file, line: place.line)) + text
        }
    }

    /// One override, `CODE=LEVEL` (or `CODE: LEVEL`), the level `error`, `warning`, `info` or
    /// 错误/警告/提示.
    public static func parse(_ text: String) throws(Problem) -> (Finding.Code, Severity) {
        let parts = text.split(maxSplits: 1, whereSeparator: { $0 == "=" || $0 == ":" || $0 == "：" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw Problem(kind: .notCodeLevel, values: ["text": text])
        }
        let known = Finding.Code.catalogue.map(\.rawValue)
        guard let code = Finding.Code.catalogue.first(where: { $0.rawValue == parts[0] }) else {
            throw Problem(kind: .unknownCode, values: ["code": parts[0], "codes": known.joined(separator: ", ")])
        }
        let levels: [String: Severity] = [
            "error": .error, "warning": .warning, "info": .info, "错误": .error, "警告": .warning, "提示": .info,
        ]
        guard let severity = levels[parts[1].lowercased()] else {
            throw Problem(kind: .unknownLevel, values: ["level": parts[1], "code": parts[0]])
        }
        return (code, severity)
    }

    /// The overrides of a config file: one `CODE=LEVEL` per line; blank lines and `#` comments skipped.
    public static func parseFile(_ text: String, name: String) throws(Problem) -> [Finding.Code: Severity] {
        var result: [Finding.Code: Severity] = [:]
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do throws(Problem) {
                let (code, severity) = try parse(trimmed)
                result[code] = severity
            } catch {
                var located = error
                located.place = (name, number + 1)
                throw located
            }
        }
        return result
    }
}
