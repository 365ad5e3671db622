// SPDX-License-Identifier: Apache-2.0
// Raising or lowering a code's severity: `--severity missing-deadline=error`, or a config file of such lines.

import Foundation
import TaizhangModel

/// Parses severity overrides.
public enum SeverityOverrides {
    /// A problem with an override, in words for the person who wrote it.
    public struct Problem: Error, Sendable, Equatable {
        /// What is wrong, naming the line when it came from a file.
        public var message: String
    }

    /// One override, `CODE=LEVEL` (or `CODE: LEVEL`), the level `error`, `warning`, `info` or
    /// 错误/警告/提示.
    public static func parse(_ text: String) throws(Problem) -> (Finding.Code, Severity) {
        let parts = text.split(maxSplits: 1, whereSeparator: { $0 == "=" || $0 == ":" || $0 == "：" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw Problem(message: "\"\(text)\" is not CODE=LEVEL, e.g. missing-deadline=error")
        }
        let known = Finding.Code.catalogue.map(\.rawValue)
        guard let code = Finding.Code.catalogue.first(where: { $0.rawValue == parts[0] }) else {
            throw Problem(message: "unknown code \"\(parts[0])\"; codes: \(known.joined(separator: ", "))")
        }
        let levels: [String: Severity] = [
            "error": .error, "warning": .warning, "info": .info, "错误": .error, "警告": .warning, "提示": .info,
        ]
        guard let severity = levels[parts[1].lowercased()] else {
            throw Problem(message: "unknown level \"\(parts[1])\" for \(parts[0]); use error, warning or info")
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
                throw Problem(message: "\(name), line \(number + 1): \(error.message)")
            }
        }
        return result
    }
}
