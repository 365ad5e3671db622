// SPDX-License-Identifier: Apache-2.0
// Reading a ledger from any supported file: one entry point over the format readers.

import Foundation
import TaizhangCSV
import TaizhangModel
import TaizhangSheet
import TaizhangXLSX

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
    /// For workbooks: the bounds on what reading may cost.
    public var limits: ReadLimits
    /// For workbooks: for sheets whose worksheet XML is at most this many bytes, a first pass
    /// reads the merged ranges (listed after the rows) so vertical merges are applied; larger
    /// sheets skip that pass and their vertical merges are not applied. Either way rows stream
    /// in bounded memory. Default 64 MiB (about 100,000 rows of a five-column ledger).
    public var mergePassLimit: Int
    /// Whether the result keeps the sheet's rows as read (``LedgerReadResult/rows``), for checks
    /// that look at the cells themselves (stray spaces, markup); memory then grows with the sheet.
    public var keepsRows: Bool

    /// Creates options.
    public init(format: LedgerFormat? = nil, year: Int? = nil, encoding: String? = nil, sheet: String? = nil,
                limits: ReadLimits = ReadLimits(), mergePassLimit: Int = 64 << 20, keepsRows: Bool = false) {
        self.format = format
        self.year = year
        self.encoding = encoding
        self.sheet = sheet
        self.limits = limits
        self.mergePassLimit = mergePassLimit
        self.keepsRows = keepsRows
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
    /// The sheet read, for workbooks.
    public var sheetName: String?
    /// Which column holds which field, when a header was found.
    public var columns: ColumnMap?
    /// The sheet's rows as read, when ``LedgerReadOptions/keepsRows`` asked for them.
    public var rows: [SheetRow] = []

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
        try read(path: path, name: name, options: options, taskSink: nil)
    }

    /// Reads a ledger file, handing each task to `onTask` as it is decoded; the returned ledger
    /// holds the title, year and sections but no tasks, so memory does not grow with the sheet.
    ///
    /// - Complexity: for workbooks, memory holds one row and the shared strings.
    public static func stream(
        path: String, name: String? = nil, options: LedgerReadOptions = LedgerReadOptions(),
        onTask: @escaping (TaskEntry) -> Void
    ) throws(LedgerReadError) -> LedgerReadResult {
        try read(path: path, name: name, options: options, taskSink: onTask)
    }

    private static func read(
        path: String, name: String?, options: LedgerReadOptions, taskSink: ((TaskEntry) -> Void)?
    ) throws(LedgerReadError) -> LedgerReadResult {
        let file = name ?? path
        let detected = if let format = options.format { format } else { try LedgerFormat.detect(path: path, file: file) }
        guard let format = detected else {
            throw LedgerReadError(.unsupportedFormat, at: SourceLocation(file: file),
                                  arguments: ["extension": LedgerFormat.fileExtension(of: path)])
        }
        switch format {
        case .csv, .tsv:
            let delimiter: UInt8? = format == .tsv ? 0x09 : nil
            // Rows go to the decoder as they are tokenised: the file's records are never held together.
            var decoder = LedgerDecoder(file: file, options: .init(year: options.year), taskSink: taskSink)
            var kept: [SheetRow] = []
            let (encoding, sniffed) = try CSVReader.stream(
                bytes: FileBytes.read(path: path, file: file), file: file, options: CSVReadOptions(encoding: options.encoding, delimiter: delimiter)
            ) { row in
                if options.keepsRows { kept.append(row) }
                decoder.consume(row)
            }
            let decoded = decoder.finish()
            return LedgerReadResult(
                ledger: decoded.ledger, findings: decoded.findings, format: format, encoding: encoding,
                delimiter: Character(Unicode.Scalar(sniffed)), headerRow: decoded.headerRow,
                columns: decoded.columns, rows: kept
            )
        case .json:
            var ledger = try readJSON(path: path, file: file, year: options.year)
            if let taskSink {
                ledger.entries.forEach(taskSink)
                ledger.body = ledger.body.withoutTasks
            }
            return LedgerReadResult(ledger: ledger, findings: [], format: .json)
        case .xlsx:
            return try readWorkbook(path: path, file: file, options: options, taskSink: taskSink)
        case .xls, .html:
            return try readLegacySheet(path: path, file: file, format: format, options: options, taskSink: taskSink)
        }
    }

    private static func readWorkbook(
        path: String, file: String, options: LedgerReadOptions, taskSink: ((TaskEntry) -> Void)?
    ) throws(LedgerReadError) -> LedgerReadResult {
        let workbook = try XLSXWorkbook(path: path, name: file, limits: options.limits)
        let sheet: XLSXWorkbook.SheetInfo
        if let selector = options.sheet {
            sheet = try workbook.sheet(named: selector)
        } else {
            sheet = try chooseLedgerSheet(in: workbook)
        }
        // Merges come after the rows in a worksheet: read them first where that is cheap, so a
        // vertically merged lead or time limit reaches every row it spans. Then parse on a second
        // thread while this one decodes: the two halves of the work take about as long.
        let merges = (workbook.declaredSize(of: sheet) ?? 0) <= options.mergePassLimit
            ? try workbook.readMerges(of: sheet) : []
        var decoder = LedgerDecoder(file: file, sheetName: sheet.name, merges: merges,
                                    options: .init(year: options.year), taskSink: taskSink)
        let shared = UncheckedWorkbook(workbook)
        var kept: [SheetRow] = []
        let keepsRows = options.keepsRows
        try RowPipeline.run(produce: { (emit: @escaping (SheetRow) -> Bool) throws(LedgerReadError) in
            _ = try shared.workbook.readRows(of: sheet) { row in emit(row) }
        }, consume: { row in
            if keepsRows { kept.append(row) }
            decoder.consume(row)
        })
        let decoded = decoder.finish()
        return LedgerReadResult(ledger: decoded.ledger, findings: decoded.findings, format: .xlsx,
                                headerRow: decoded.headerRow, sheetName: sheet.name, columns: decoded.columns,
                                rows: kept)
    }

    /// The first visible worksheet whose first rows hold a ledger header; else the first visible one.
    private static func chooseLedgerSheet(in workbook: XLSXWorkbook) throws(LedgerReadError) -> XLSXWorkbook.SheetInfo {
        let candidates = workbook.sheets.filter { !$0.isHidden && $0.part != nil }
        for sheet in candidates {
            var seen = 0
            var found = false
            _ = try workbook.readRows(of: sheet) { row in
                seen += 1
                found = ColumnMap.recognize(row, at: SourceLocation(file: workbook.file), report: { _ in }) != nil
                return !found && seen < headerSearchRows
            }
            if found { return sheet }
        }
        guard let first = candidates.first ?? workbook.sheets.first(where: { $0.part != nil }) else {
            throw LedgerReadError(.missingPart, at: SourceLocation(file: workbook.file), arguments: ["part": "xl/worksheets"])
        }
        return first
    }

    /// Hands a workbook to the parsing thread; the reading thread does not touch it meanwhile.
    private struct UncheckedWorkbook: @unchecked Sendable {
        let workbook: XLSXWorkbook
        init(_ workbook: XLSXWorkbook) { self.workbook = workbook }
    }

    /// How many non-empty rows the sheet chooser looks at for a header.
    static let headerSearchRows = 30

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
