// SPDX-License-Identifier: Apache-2.0
// A finding: something a reader or the validator noticed, with its stable code and place.

/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Informational: nothing is wrong, but the clerk may want to know.
    case info
    /// Probably a mistake; the ledger is still usable.
    case warning
    /// The ledger is wrong and must be corrected.
    case error

    private var order: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders severities from info to error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
}

/// Something noticed about a ledger: a stable code, a severity, a place and the facts behind it.
///
/// A finding holds data, never wording: ``MessageCatalog`` renders its message in Chinese or
/// English when a report is printed.
public struct Finding: Sendable, Hashable {
    /// The stable code, e.g. `missing-lead`.
    public var code: Code
    /// How much it matters; the code's default unless raised or lowered.
    public var severity: Severity
    /// Where it is.
    public var location: SourceLocation
    /// The title of the column concerned, as the sheet prints it.
    public var columnTitle: String?
    /// The facts the message is made of, by name (e.g. `"value": "市保障局"`).
    public var arguments: [String: String]
    /// Suggested replacements, best first (e.g. the nearest department names of a roster).
    public var suggestions: [String]

    /// Creates a finding with the code's default severity unless one is given.
    public init(
        _ code: Code,
        severity: Severity? = nil,
        at location: SourceLocation,
        columnTitle: String? = nil,
        arguments: [String: String] = [:],
        suggestions: [String] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.columnTitle = columnTitle
        self.arguments = arguments
        self.suggestions = suggestions
    }

    /// A compact "where code" line, e.g. "C36 missing-lead", for tests and logs.
    public var summary: String {
        let place = location.cell ?? location.row.map { "row \($0)" } ?? location.line.map { "line \($0)" }
        return [place, code.rawValue].compactMap { $0 }.joined(separator: " ")
    }
}
