// SPDX-License-Identifier: Apache-2.0
// Conformance: every workbook of ../shared/corpus/real opens, and the cells its manifest lists read as listed.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport
import TaizhangXLSX

/// One workbook row of MANIFEST.tsv and the cells it expects.
struct CorpusWorkbook: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable, Equatable {
        case cells([String: String])
        case empty
    }

    let file: String
    let sheets: [(name: String, expectation: Expectation)]

    var testDescription: String { file }

    static let all: [CorpusWorkbook] = {
        guard let manifest = try? String(contentsOfFile: Fixtures.shared("corpus/real/MANIFEST.tsv"), encoding: .utf8)
        else { return [] }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 6, columns[0].hasSuffix(".xlsx") else { return nil }
            return CorpusWorkbook(file: columns[0], sheets: ManifestCells.parse(columns[6]))
        }
    }()
}

/// Reads the manifest's notation: `sheet "S": A1="text"; B1=15; C1=2021-01-01 [notes]`.
enum ManifestCells {
    static func parse(_ expected: String) -> [(name: String, expectation: CorpusWorkbook.Expectation)] {
        // Where the readers disagreed, calamine's decoded value is the right one (ECMA-376 _xHHHH_);
        // its "empty" for error cells is not (the XML holds the error literal), so that stays.
        var overrides: [String: String] = [:]
        for match in expected.matches(of: /([A-Z]+[0-9]+) calamine=("(?:[^"\\]|\\.)*")/) {
            overrides[String(match.1)] = unquote(String(match.2))
        }
        var main = expected
        for marker in [
            " [DISAGREE", " [calamine only", " [openpyxl", " [checked", " (openpyxl", " [LibreOffice", " [one reader",
        ] {
            if let range = main.range(of: marker) { main = String(main[..<range.lowerBound]) }
        }
        var result: [(String, CorpusWorkbook.Expectation)] = []
        let segments = main.components(separatedBy: "sheet \"").dropFirst()
        for segment in segments {
            guard let close = segment.range(of: "\"") else { continue }
            let name = String(segment[..<close.lowerBound])
            var body = String(segment[close.upperBound...]).trimmingCharacters(in: .whitespaces)
            if body.hasSuffix(";") { body.removeLast() }
            if body.hasPrefix("empty") || body.contains("(no cells in rows") {
                result.append((name, .empty))
                continue
            }
            body = String(body.drop { $0 == ":" || $0 == " " })
            var cells: [String: String] = [:]
            for assignment in body.split(separator: /; (?=[A-Z]+[0-9]+=)/) {
                guard let equals = assignment.firstIndex(of: "=") else { continue }
                let reference = String(assignment[..<equals])
                var value = String(assignment[assignment.index(after: equals)...])
                if value.hasSuffix(";") { value.removeLast() }
                cells[reference] = overrides[reference] ?? (value.hasPrefix("\"") ? unquote(value) : value)
            }
            result.append((name, .cells(cells)))
        }
        return result
    }

    private static func unquote(_ quoted: String) -> String {
        var inner = quoted.dropFirst()
        if inner.hasSuffix("\"") { inner = inner.dropLast() }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Whether our text shows the value the manifest lists: strings exactly, numbers by value,
    /// dates and times to the second.
    static func matches(_ ours: String, _ expected: String) -> Bool {
        if ours == expected { return true }
        // The manifest cuts long texts short with an ellipsis.
        if expected.hasSuffix("…"), ours.hasPrefix(String(expected.dropLast())) { return true }
        if let a = Double(ours), let b = Double(expected) { return abs(a - b) <= 1e-9 * max(1, abs(b)) }
        if let a = seconds(ours), let b = seconds(expected) { return abs(a - b) <= 1 }
        return false
    }

    /// Seconds of "2023-01-01", "2023-01-01 00:00:00", "2023-01-01T00:00:00.4", "15:30:17.999".
    private static func seconds(_ text: String) -> Double? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        var total = 0.0
        for part in parts {
            if part.contains("-") {
                guard let date = CalendarDate(iso: String(part)) else { return nil }
                total += Double(date.daysSince1900) * 86_400
            } else if part.contains(":") {
                let pieces = part.split(separator: ":").compactMap { Double($0) }
                guard pieces.count == 3 else { return nil }
                total += pieces[0] * 3600 + pieces[1] * 60 + pieces[2]
            } else {
                return nil
            }
        }
        return parts.isEmpty ? nil : total
    }
}

struct RealCorpusXLSXTests {
    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"))
    func theManifestListsTheCorpusWorkbooks() {
        #expect(CorpusWorkbook.all.count == 79)
        #expect(CorpusWorkbook.all.allSatisfy { !$0.sheets.isEmpty })
    }

    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"), arguments: CorpusWorkbook.all)
    func readsTheCellsTheManifestLists(entry: CorpusWorkbook) throws {
        let workbook = try XLSXWorkbook(path: Fixtures.shared("corpus/real/" + entry.file), name: entry.file)
        for (name, expectation) in entry.sheets {
            let info = try workbook.sheet(named: name)
            let sheet = try workbook.readSheet(info)
            var cells: [String: String] = [:]
            for row in sheet.rows {
                for (offset, text) in row.cells.enumerated() where !text.isEmpty {
                    cells[SourceLocation.columnLetters(offset + 1) + String(row.number)] = text
                }
            }
            switch expectation {
            case .empty:
                #expect(sheet.rows.filter { $0.number <= 60 }.isEmpty, "sheet \(name)")
            case .cells(let expected):
                #expect(!expected.isEmpty)
                for (reference, value) in expected {
                    let ours = cells[reference] ?? ""
                    #expect(
                        ManifestCells.matches(ours, value),
                        "sheet \(name) \(reference): \(ours.debugDescription) ≠ \(value.debugDescription)")
                }
            }
        }
    }

    /// The ledger layer on any workbook: a ledger, or a `header-not-found` finding; never a throw.
    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"), arguments: CorpusWorkbook.all)
    func decodesAsALedgerOrSaysThereIsNoHeader(entry: CorpusWorkbook) throws {
        let result = try LedgerFile(Fixtures.shared("corpus/real/" + entry.file), name: entry.file).read()
        #expect(result.ledger.taskCount > 0 || result.findings.contains { $0.code == .headerNotFound })
        #expect(result.sheetName != nil)
    }
}
