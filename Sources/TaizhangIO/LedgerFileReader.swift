// SPDX-License-Identifier: Apache-2.0
// Reading a ledger from any supported file: one entry point over the format readers.

import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet

/// Choices for reading a ledger file.
public struct LedgerReadOptions: Sendable {
    /// The format, instead of telling it from the extension.
    public var format: LedgerFormat?
    /// The ledger year, when the title has none.
    public var year: Int?
    /// An iconv encoding name for text files, instead of detecting one.
    public var encoding: String?

    /// Creates options.
    public init(format: LedgerFormat? = nil, year: Int? = nil, encoding: String? = nil) {
        self.format = format
        self.year = year
        self.encoding = encoding
    }
}

/// A ledger as read from a file, with what was noticed on the way.
public struct LedgerReadResult: Sendable {
    /// The ledger.
    public var ledger: Ledger
    /// Header problems, blank and ragged rows (validation findings come from the validator).
    public var findings: [Finding]
    /// The format read.
    public var format: LedgerFormat
    /// For text files: the character set, and the delimiter.
    public var encoding: TextEncoding?
    /// The delimiter of a CSV file.
    public var delimiter: Character?
    /// The header row's number, when a sheet was decoded.
    public var headerRow: Int?

    /// Whether a table header was found (always true for JSON).
    public var foundHeader: Bool { !findings.contains { $0.code == .headerNotFound } }
}

/// Reads ledgers from CSV, TSV and interchange JSON files.
public enum LedgerFileReader {
    /// Reads a ledger file; the input is only ever read.
    ///
    /// - Parameters:
    ///   - path: the file's path.
    ///   - name: the name used in locations (defaults to the path).
    ///   - options: format, year and encoding overrides.
    /// - Throws: ``LedgerReadError`` when the file cannot be read at all.
    public static func read(
        path: String, name: String? = nil, options: LedgerReadOptions = LedgerReadOptions()
    ) throws(LedgerReadError) -> LedgerReadResult {
        let file = name ?? path
        guard let format = options.format ?? LedgerFormat.from(path: path) else {
            throw LedgerReadError(.unsupportedFormat, at: SourceLocation(file: file),
                                  arguments: ["extension": LedgerFormat.fileExtension(of: path), "more": ""])
        }
        switch format {
        case .csv, .tsv:
            let delimiter: UInt8? = format == .tsv ? 0x09 : nil
            let document = try CSVReader.read(path: path, name: file,
                                              options: CSVReadOptions(encoding: options.encoding, delimiter: delimiter))
            let decoded = LedgerDecoder.decode(document.sheet, options: .init(year: options.year))
            return LedgerReadResult(
                ledger: decoded.ledger, findings: decoded.findings, format: format, encoding: document.encoding,
                delimiter: Character(Unicode.Scalar(document.delimiter)), headerRow: decoded.headerRow
            )
        case .json:
            return LedgerReadResult(ledger: try readJSON(path: path, file: file, year: options.year), findings: [],
                                    format: .json)
        }
    }

    private static func readJSON(path: String, file: String, year: Int?) throws(LedgerReadError) -> Ledger {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerReadError(.fileNotFound, at: SourceLocation(file: file))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LedgerReadError(.fileUnreadable, at: SourceLocation(file: file),
                                  arguments: ["reason": (error as NSError).localizedDescription])
        }
        if data.isEmpty { throw LedgerReadError(.emptyFile, at: SourceLocation(file: file)) }
        do {
            var ledger = try JSONDecoder().decode(Ledger.self, from: data)
            if let year { ledger.year = year }
            return ledger
        } catch let error as DecodingError {
            throw LedgerReadError(.invalidJSON, at: SourceLocation(file: file), arguments: ["reason": describe(error)])
        } catch {
            throw LedgerReadError(.invalidJSON, at: SourceLocation(file: file), arguments: ["reason": "\(error)"])
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? context.debugDescription : "\(keys): \(context.debugDescription)"
        }
        switch error {
        case .dataCorrupted(let context): return path(context)
        case .keyNotFound(let key, let context): return path(context) + " missing key \(key.stringValue)"
        case .typeMismatch(_, let context): return path(context)
        case .valueNotFound(_, let context): return path(context)
        @unknown default: return "\(error)"
        }
    }
}
