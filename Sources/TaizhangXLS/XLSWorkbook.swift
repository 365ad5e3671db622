// SPDX-License-Identifier: Apache-2.0
// An Excel 97–2003 workbook (.xls, and WPS's .et) opened for reading: its sheets, and each
// sheet's rows handed over one at a time, as the .xlsx and CSV readers give them.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TaizhangFileKind
import TaizhangModel
import TaizhangSheet

/// The bounds on what reading an .xls may cost.
public struct XLSReadLimits: Sendable {
    /// The largest file read, in bytes (Excel 97–2003 holds 65,536 rows; a real ledger is far smaller).
    public var maxFileBytes: Int
    /// The most cells the sheets may declare together (FreeXL holds every sheet's grid in memory).
    public var maxCells: Int

    /// Creates limits; the defaults are 64 MiB and 4,000,000 cells (about 64 MB of FreeXL's grids).
    public init(maxFileBytes: Int = 64 << 20, maxCells: Int = 4_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxCells = maxCells
    }
}

/// An .xls workbook (BIFF5 or BIFF8, as Excel 95–2003, WPS and web systems save it), read through FreeXL.
///
/// Cells read as in the other readers: numbers as a clerk sees them ("1", not "1.0"), dates by
/// their number format as ISO dates, text as stored. The BIFF records FreeXL does not report are
/// read here too: hidden sheets, merged cells, and a password (refused, with advice).
///
/// ```swift
/// let workbook = try XLSWorkbook(path: "台账.xls")
/// let sheet = try workbook.readSheet(workbook.sheets[0])
/// ```
public final class XLSWorkbook {
    /// A worksheet of the workbook.
    public struct SheetInfo: Sendable, Equatable {
        /// The name on its tab.
        public var name: String
        /// Its position among the workbook's worksheets, from 1.
        public var index: Int
        /// Whether it is hidden (or "very hidden").
        public var isHidden: Bool
        /// Its merged ranges, when the file records them.
        public var merges: [CellRange]
    }

    /// The file as the user named it.
    public let file: String
    /// The worksheets, in tab order.
    public let sheets: [SheetInfo]

    private let freeXL: FreeXLFile
    private let limits: XLSReadLimits
    private let formatter = CellValueFormatter(date1904: false)

    /// Opens a workbook and reads its list of sheets.
    ///
    /// - Throws: ``LedgerReadError``: `file-not-found`, `file-unreadable`, `temporary-copy-failed`, `empty-file`,
    ///   `encrypted-workbook`, `limit-exceeded`, `damaged-workbook` (`wps-spreadsheet` for an
    ///   unreadable .et), or what ``FileKind`` names for a file that is no workbook.
    public init(path: String, name: String? = nil, limits: XLSReadLimits = XLSReadLimits()) throws(LedgerReadError) {
        let file = name ?? path
        self.file = file
        self.limits = limits
        let location = SourceLocation(file: file)
        let isWPS = path.lowercased().hasSuffix(".et")
        // Everything below reads the copy, never the user's path: what is checked is what FreeXL parses.
        let copy = try PrivateCopy.make(of: path, file: file, limit: limits.maxFileBytes)
        let structure = try XLSWorkbook.structure(path: copy.path, file: file, isWPS: isWPS)
        if structure.declaredCells > limits.maxCells {
            throw LedgerReadError(
                .limitExceeded, at: location,
                arguments: [
                    "quantity": "declared-cells",
                    "limit": String(limits.maxCells), "part": "Workbook",
                ])
        }
        let freeXL: FreeXLFile
        do throws(FreeXLFailure) {
            freeXL = try FreeXLFile(path: copy.path)
        } catch {
            if isWPS { throw LedgerReadError(.wpsSpreadsheet, at: location, arguments: ["reason": error.reason]) }
            throw LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": error.reason])
        }
        // FreeXL numbers worksheets only; the BIFF structure lists every sheet in the same order.
        let worksheets = structure.sheets.filter(\.isWorksheet)
        let count = freeXL.worksheetCount
        sheets = (0..<count).map { index in
            let entry = worksheets.count == count ? worksheets[index] : nil
            return SheetInfo(
                name: freeXL.worksheetName(index) ?? "Sheet\(index + 1)", index: index + 1,
                isHidden: entry?.isHidden ?? false, merges: entry?.merges ?? [])
        }
        self.freeXL = freeXL
    }

    /// The BIFF structure of the file, or the error that says what the file is instead.
    private static func structure(path: String, file: String, isWPS: Bool) throws(LedgerReadError) -> BIFFStructure {
        let location = SourceLocation(file: file)
        let kind = FileKind.sniff(path: path)
        if let error = kind?.unreadableError(file: file) { throw error }
        guard kind == .biffWorkbook else {
            if isWPS {
                throw LedgerReadError(.wpsSpreadsheet, at: location, arguments: ["reason": "not-a-compound-file"])
            }
            throw LedgerReadError(.notAWorkbook, at: location)
        }
        // The checks below guard FreeXL only if they read the bytes it will parse.
        let located = ByteSource.withFile(path: path) { source -> (stream: [UInt8], disagreement: String?)? in
            guard let file = CompoundFile(source: source),
                let entry = file.entry(named: "Workbook") ?? file.entry(named: "Book"),
                let stream = file.read(entry)
            else { return nil }
            return (stream, file.freeXLDisagreement(entry: entry, bytes: stream))
        }
        guard let located = located ?? nil, let structure = BIFFStructure(stream: located.stream) else {
            throw LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": "unreadable-workbook-stream"])
        }
        if let disagreement = located.disagreement {
            // FreeXL would parse other bytes, or none: what it would say of the file, said first.
            throw LedgerReadError(
                isWPS ? .wpsSpreadsheet : .damagedWorkbook, at: location, arguments: ["reason": disagreement])
        }
        if structure.isEncrypted { throw LedgerReadError(.encryptedWorkbook, at: location) }
        if structure.hasUnsafeSharedStrings {
            throw LedgerReadError(
                .damagedWorkbook, at: location, arguments: ["reason": "shared-strings-beyond-records"])
        }
        if let unsafe = structure.unsafeSheetSize {
            throw LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": unsafe.reason])
        }
        if structure.endsInsideARecord {
            throw LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": "record-past-stream-end"])
        }
        return structure
    }

    /// Hands the non-empty rows of a sheet to `body` in order, and returns its merged ranges.
    /// `body` may return `false` to stop early.
    ///
    /// - Complexity: FreeXL holds the workbook's cells; this adds one row at a time.
    @discardableResult
    public func readRows(
        of sheet: SheetInfo, _ body: (SheetRow) throws(LedgerReadError) -> Bool
    ) throws(LedgerReadError) -> [CellRange] {
        let location = SourceLocation(file: file, sheet: sheet.name)
        func failed(_ failure: FreeXLFailure) -> LedgerReadError {
            LedgerReadError(.damagedWorkbook, at: location, arguments: ["reason": failure.reason])
        }
        let size: (rows: Int, columns: Int)
        do throws(FreeXLFailure) {
            try freeXL.selectWorksheet(sheet.index - 1)
            size = try freeXL.dimensions()
        } catch {
            throw failed(error)
        }
        // FreeXL's own idea of the sheet's size bounds the work, whatever the records declared.
        guard size.rows > 0, size.columns > 0 else { return sheet.merges }
        guard size.rows <= 1_048_576, size.rows * size.columns <= limits.maxCells else {
            throw LedgerReadError(
                .limitExceeded, at: location,
                arguments: [
                    "quantity": "sheet-cells", "limit": String(limits.maxCells),
                    "part": sheet.name,
                ])
        }
        for row in 0..<size.rows {
            var cells: [String] = []
            cells.reserveCapacity(size.columns)
            do throws(FreeXLFailure) {
                for column in 0..<size.columns {
                    cells.append(text(of: try freeXL.cell(row: row, column: column)))
                }
            } catch {
                throw failed(error)
            }
            while cells.last?.isEmpty == true { cells.removeLast() }
            if cells.isEmpty { continue }
            if !(try body(SheetRow(number: row + 1, cells: cells))) { break }
        }
        return sheet.merges
    }

    /// Reads a whole sheet into memory.
    public func readSheet(_ sheet: SheetInfo) throws(LedgerReadError) -> Sheet {
        var rows: [SheetRow] = []
        let merges = try readRows(of: sheet) { row in
            rows.append(row)
            return true
        }
        return Sheet(file: file, name: sheet.name, rows: rows, merges: merges)
    }

    /// The sheet with a name (exactly, then ignoring case and surrounding spaces) or a 1-based index.
    public func sheet(named selector: String) throws(LedgerReadError) -> SheetInfo {
        sheets[try SheetSelector.position(of: selector, in: sheets.map(\.name), file: file)]
    }

    /// A cell's text, as the other readers give it.
    private func text(of cell: FreeXLCell) -> String {
        switch cell {
        case .empty: ""
        case .integer(let value): String(value)
        case .double(let value): formatter.number(String(value), isDate: false)
        case .text(let text): text
        case .dateText(let text): text.hasSuffix(" 00:00:00") ? String(text.dropLast(9)) : text
        }
    }
}
