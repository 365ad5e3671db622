// SPDX-License-Identifier: Apache-2.0
// The front door: one type to read, stream, convert and validate a ledger file of any format and size.

import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangXLSX
import TaizhangXLSXWriter

/// Choices for reading a ledger file.
public struct LedgerReadOptions: Sendable {
    /// The format, instead of telling it from the extension.
    public var format: LedgerFormat?
    /// The ledger year, when the title has none.
    public var year: Int?
    /// An iconv encoding name for text files, instead of detecting one.
    public var encoding: String?
    /// For workbooks: the sheet to read, by name or 1-based index (hidden sheets too); by default
    /// the first visible sheet whose rows hold a ledger header.
    public var sheet: String?
    /// For workbooks: the bounds on what reading may cost, and up to which size a sheet's merged
    /// cells are read in a first pass (``ReadLimits/maxMergePassBytes``).
    public var limits: ReadLimits

    /// Creates options.
    public init(
        format: LedgerFormat? = nil, year: Int? = nil, encoding: String? = nil, sheet: String? = nil,
        limits: ReadLimits = ReadLimits()
    ) {
        self.format = format
        self.year = year
        self.encoding = encoding
        self.sheet = sheet
        self.limits = limits
    }
}

/// A ledger as read from a file, with what was noticed on the way.
public struct LedgerReadResult: Sendable {
    /// The ledger: the whole of it from ``LedgerFile/read()``; its heading facts only (no
    /// sections or tasks) when it was streamed into sinks.
    public var ledger: Ledger
    /// Header problems, blank and ragged rows (validation findings come from the validator).
    public var findings: [Finding]
    /// The format read.
    public var format: LedgerFormat
    /// For text files: the character set.
    public var encoding: TextEncoding?
    /// The delimiter of a CSV file.
    public var delimiter: Character?
    /// The header row's number, when a sheet was decoded.
    public var headerRow: Int?
    /// The sheet read, for workbooks.
    public var sheetName: String?
    /// Which column holds which field, when a header was found.
    public var columns: ColumnMap?
    /// How many tasks the ledger has.
    public var taskCount: Int
    /// How many section rows the ledger has.
    public var sectionCount: Int

    /// Whether a table header was found (always true for JSON).
    public var foundHeader: Bool { !findings.contains { $0.code == .headerNotFound } }
}

/// A ledger file of any format (CSV, TSV, XLSX, interchange JSON): the one place to read it,
/// stream it into sinks, convert it and validate it, each exactly as the command line does.
///
/// ```swift
/// let file = LedgerFile("ledger.csv")
/// let ledger = try file.read().ledger                          // the whole ledger in memory
/// try file.convert(to: "ledger.xlsx")                          // streamed, any size
/// let report = file.validate(options: ValidationOptions(asOf: .today))
/// ```
///
/// Every road is file → rows → ledger events → sinks (``LedgerPipeline``): a sheet's rows are
/// read once, in bounded memory, whatever the format; only ``read()`` keeps the tasks.
public struct LedgerFile: Sendable {
    /// The file's path.
    public let path: String
    /// The file as messages and locations name it.
    public let name: String
    /// How to read it.
    public var options: LedgerReadOptions

    /// A ledger file at `path`; `name` (default the path) is what locations and messages say.
    public init(_ path: String, name: String? = nil, options: LedgerReadOptions = LedgerReadOptions()) {
        self.path = path
        self.name = name ?? path
        self.options = options
    }

    /// Reads the whole ledger into memory, with its sections and tasks.
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read at all.
    public func read() throws(LedgerReadError) -> LedgerReadResult {
        let tree = LedgerTreeBuilder()
        var result: LedgerReadResult
        do {
            result = try stream(into: [tree])
        } catch {
            guard case .read(let error) = error else { preconditionFailure("a tree builder does not fail") }
            throw error
        }
        result.ledger = tree.ledger(heading: result.ledger)
        return result
    }

    /// Reads the file once, handing its events to `sinks` as the rows go by; memory holds the rows
    /// in flight and what the sinks keep.
    ///
    /// - Returns: the heading facts (no tasks), the reader's findings and the counts.
    /// - Throws: ``LedgerPipeline/Failure``: the file could not be read, or a sink could not write.
    @discardableResult
    public func stream(into sinks: [any LedgerSink]) throws(LedgerPipeline.Failure) -> LedgerReadResult {
        var detected = options.format
        if detected == nil {
            do throws(LedgerReadError) {
                // The format the content shows (an .xls that is really HTML, a workbook named .csv) over the name.
                detected = try LedgerFormat.detect(path: path, file: name)
            } catch {
                throw .read(error)
            }
        }
        guard let format = detected else {
            throw .read(
                LedgerReadError(
                    .unsupportedFormat, at: SourceLocation(file: name),
                    arguments: ["extension": LedgerFormat.fileExtension(of: path)]))
        }
        let decoderOptions = LedgerDecoder.Options(year: options.year)
        switch format {
        case .csv, .tsv:
            let source: CSVRowSource
            do {
                source = try CSVRowSource(
                    path: path, name: name,
                    options: CSVReadOptions(
                        encoding: options.encoding, delimiter: format == .tsv ? 0x09 : nil))
            } catch {
                throw .read(error)
            }
            let decoded = try LedgerPipeline.runReadingAhead(
                source, file: name, options: decoderOptions, into: sinks)
            var result = LedgerReadResult(decoded, format: format)
            result.encoding = source.encoding
            result.delimiter = Character(Unicode.Scalar(source.delimiter))
            return result
        case .xlsx:
            let source: XLSXRowSource
            do {
                source = try XLSXRowSource(path: path, name: name, sheet: options.sheet, limits: options.limits)
            } catch {
                throw .read(error)
            }
            let decoded = try LedgerPipeline.runReadingAhead(
                source, file: name, options: decoderOptions, into: sinks)
            return LedgerReadResult(decoded, format: format)
        case .xls, .html:
            let sheet: (source: any SheetRowSource, encoding: TextEncoding?)
            do {
                sheet = try legacySheet(format)
            } catch {
                throw .read(error)
            }
            let decoded = try LedgerPipeline.run(sheet.source, file: name, options: decoderOptions, into: sinks)
            var result = LedgerReadResult(decoded, format: format)
            result.encoding = sheet.encoding
            return result
        case .json:
            let ledger: Ledger
            do {
                ledger = try readJSON()
            } catch {
                throw .read(error)
            }
            do {
                return LedgerReadResult(try ledger.replay(into: LedgerSinks(sinks)), format: format)
            } catch {
                throw .write(error)
            }
        }
    }

    /// An estimate of the rows a workbook written from this file will have, from the file's size,
    /// for choosing the writer's memory mode and zip64 before the first row is known.
    var estimatedRows: Int? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int else { return nil }
        let named = options.format ?? LedgerFormat.from(path: path)
        return named == .xlsx || named == .xls ? size / 60 : size / 150
    }

    private func readJSON() throws(LedgerReadError) -> Ledger {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerReadError(.fileNotFound, at: SourceLocation(file: name))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LedgerReadError(
                .fileUnreadable, at: SourceLocation(file: name),
                arguments: ["reason": (error as NSError).localizedDescription])
        }
        if data.isEmpty { throw LedgerReadError(.emptyFile, at: SourceLocation(file: name)) }
        do {
            var ledger = try JSONDecoder().decode(Ledger.self, from: data)
            if let year = options.year { ledger.year = year }
            return ledger
        } catch let error as DecodingError {
            throw LedgerReadError(
                .invalidJSON, at: SourceLocation(file: name), arguments: ["reason": Self.describe(error)])
        } catch {
            throw LedgerReadError(.invalidJSON, at: SourceLocation(file: name), arguments: ["reason": "\(error)"])
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

extension LedgerReadResult {
    init(_ decoded: DecodedLedger, format: LedgerFormat) {
        self.init(
            ledger: decoded.ledger, findings: decoded.findings, format: format, headerRow: decoded.headerRow,
            sheetName: decoded.sheetName, columns: decoded.columns, taskCount: decoded.taskCount,
            sectionCount: decoded.sectionCount)
    }
}
