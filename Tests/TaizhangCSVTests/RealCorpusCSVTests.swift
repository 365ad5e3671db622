// SPDX-License-Identifier: Apache-2.0
// Every CSV of the real corpus (../shared/corpus/real) reads as its manifest says, or fails clearly.

import Foundation
import Testing
import TaizhangCSV
import TaizhangModel
import TaizhangTestSupport

/// One CSV row of MANIFEST.tsv: the file and the records another reader saw.
struct CorpusCSV: Sendable, CustomTestStringConvertible {
    let file: String
    let encoding: String
    let recordCount: Int
    let firstRecords: [[String]]

    var testDescription: String { file }

    /// The CSV rows of the manifest; empty when ../shared is not beside the project.
    static let all: [CorpusCSV] = {
        guard let manifest = try? String(contentsOfFile: Fixtures.shared("corpus/real/MANIFEST.tsv"), encoding: .utf8)
        else { return [] }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 6, columns[0].hasSuffix(".csv") else { return nil }
            return parse(file: columns[0], expected: columns[6])
        }
    }()

    /// Reads `decoded as ENC by Python csv: N records; first: [..] / [..]`.
    private static func parse(file: String, expected: String) -> CorpusCSV? {
        guard let asRange = expected.range(of: "decoded as "), let byRange = expected.range(of: " by Python"),
            let countEnd = expected.range(of: " records; first: ")
        else { return nil }
        let encoding = String(expected[asRange.upperBound..<byRange.lowerBound])
        let countStart = expected.range(of: "csv: ")?.upperBound ?? countEnd.lowerBound
        let count = Int(expected[countStart..<countEnd.lowerBound]) ?? -1
        var arrays = String(expected[countEnd.upperBound...])
        // A trailing note in brackets follows the last record: `… ["4", "5"] [one reader only]`.
        if let note = arrays.range(of: "] [") { arrays = String(arrays[...note.lowerBound]) }
        let records = arrays.components(separatedBy: " / ").compactMap { text -> [String]? in
            guard let data = text.data(using: .utf8) else { return nil }
            return try? JSONDecoder().decode([String].self, from: data)
        }
        return CorpusCSV(file: file, encoding: encoding, recordCount: count, firstRecords: records)
    }
}

struct RealCorpusCSVTests {
    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"))
    func theManifestListsTheCorpusCSVs() {
        #expect(CorpusCSV.all.count == 8)
    }

    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"), arguments: CorpusCSV.all)
    func readsAsTheManifestSays(entry: CorpusCSV) throws {
        #expect(entry.firstRecords.count >= 2, "the manifest's expected records must parse")
        let path = Fixtures.shared("corpus/real/" + entry.file)
        let document: CSVDocument
        do {
            document = try CSVReader.read(path: path, name: entry.file)
        } catch {
            // The one file in a Western code page: detection cannot tell CP1252 from GB18030, so the
            // reader must say which bytes are invalid where, and --encoding must then read it.
            #expect(entry.encoding == "cp1252", "\(MessageCatalog().render(error))")
            #expect(error.code == .invalidEncoding)
            #expect(error.location.line == 3)
            let override = try CSVReader.read(path: path, name: entry.file, options: CSVReadOptions(encoding: "CP1252"))
            #expect(override.sheet.rows.map(\.cells) == entry.firstRecords)
            #expect(override.sheet.rows.count == entry.recordCount)
            return
        }
        // The manifest's reading dropped "#" comment lines (hutool's file); a ledger has none, so we keep them.
        let records = document.sheet.rows.map(\.cells).filter { !($0.first?.hasPrefix("#") ?? false) }
        #expect(records.count == entry.recordCount)
        // The manifest lists at most the first five cells of a wide record.
        for (record, expected) in zip(records, entry.firstRecords) {
            #expect(Array(record.prefix(expected.count)) == expected)
            #expect(expected.count == 5 || record.count == expected.count)
        }
    }
}
