// SPDX-License-Identifier: Apache-2.0
// An .xlsx workbook opened for reading: its sheets, and each sheet's rows streamed as they parse.

import Foundation
import TaizhangFileKind
import TaizhangModel
import TaizhangSheet

/// A workbook (.xlsx, .xlsm) as any program writes it: Excel, WPS, LibreOffice, Google Sheets,
/// Numbers, openpyxl, XlsxWriter, Apache POI.
///
/// Parts are found through the package relationships (or `[Content_Types].xml`), the workbook's
/// relationships resolve sheet targets (relative or absolute, any case), and elements are matched
/// by local name, so any namespace prefix and both transitional and strict OOXML read alike.
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "ledger.xlsx")
/// let sheet = try workbook.readSheet(workbook.sheets[0])
/// ```
public final class XLSXWorkbook {
    /// A sheet of the workbook.
    public struct SheetInfo: Sendable, Equatable {
        /// The name on its tab.
        public var name: String
        /// Its position among the workbook's sheets, from 1.
        public var index: Int
        /// Whether it is hidden (or "very hidden").
        public var isHidden: Bool
        /// Its part in the archive; `nil` for a chart sheet or a sheet whose part is missing.
        public var part: String?
    }

    /// The file as the user named it.
    public let file: String
    /// The sheets, in tab order.
    public let sheets: [SheetInfo]
    /// Whether dates count from 1904 (Mac Excel of old) rather than 1900.
    public let date1904: Bool

    private let archive: ZipArchive
    private let path: String
    private let limits: ReadLimits
    private let fastPath: Bool
    private let workbookPart: String
    private let workbookRelationships: RelationshipsPart
    private var cachedStrings: SharedStringTable?
    /// The size of the buffers the scanner reads (tests make it tiny).
    var scanChunk = 256 << 10
    /// How many times a worksheet went to expat after the scanner met something it does not read.
    private(set) var expatFallbacks = 0
    private var cachedDateStyles: Set<Int>?

    /// Opens a workbook and reads its list of sheets.
    ///
    /// With `fastPath` (the default) worksheets and shared strings are read by a scanner made for
    /// the plain XML spreadsheet programs write, on a second thread behind the inflating; it hands
    /// whatever it does not read (a DOCTYPE, CDATA, a comment, another encoding…) to expat, which
    /// reads every part when `fastPath` is `false`. Both read every workbook alike.
    ///
    /// - Throws: ``LedgerReadError``: `not-a-workbook`, what ``FileKind`` names for
    ///   other files (`encrypted-workbook`, `word-document`…), `damaged-workbook`, `missing-part`, `malformed-xml`, `unsafe-xml`,
    ///   `limit-exceeded`.
    public init(
        path: String, name: String? = nil, limits: ReadLimits = ReadLimits(), fastPath: Bool = true
    ) throws(LedgerReadError) {
        let file = name ?? path
        self.file = file
        self.path = path
        self.limits = limits
        self.fastPath = fastPath
        archive = try ZipArchive(path: path, file: file, limits: limits)

        var located: String?
        if archive.contains("_rels/.rels") {
            let rootRelationships = RelationshipsPart(source: "")
            try XLSXWorkbook.parse("_rels/.rels", in: archive, file: file, limits: limits, with: rootRelationships)
            located = rootRelationships.target(ofType: "/officeDocument")
        }
        let archive = self.archive
        if located == nil || !archive.contains(located ?? ""), archive.contains("[Content_Types].xml") {
            let types = ContentTypesPart()
            try XLSXWorkbook.parse("[Content_Types].xml", in: archive, file: file, limits: limits, with: types)
            located = types.workbookPart
        }
        if located == nil || !archive.contains(located ?? "") {
            located = ["xl/workbook.xml", "workbook.xml"].first(where: archive.contains)
        }
        guard let workbookPart = located, archive.contains(workbookPart) else {
            // A Word document, an OpenDocument or Numbers file is a zip too: say which it is.
            if let error = FileKind.sniff(path: path)?.unreadableError(file: file) { throw error }
            throw LedgerReadError(.missingPart, at: SourceLocation(file: file), arguments: ["part": "xl/workbook.xml"])
        }
        self.workbookPart = workbookPart

        let workbook = WorkbookPart()
        try XLSXWorkbook.parse(workbookPart, in: archive, file: file, limits: limits, with: workbook)
        let relationships = RelationshipsPart(source: workbookPart)
        let relationshipsName = RelationshipsPart.name(for: workbookPart)
        if archive.contains(relationshipsName) {
            try XLSXWorkbook.parse(relationshipsName, in: archive, file: file, limits: limits, with: relationships)
        }
        workbookRelationships = relationships
        date1904 = workbook.date1904
        let targets = Dictionary(
            relationships.relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sheets = workbook.sheets.enumerated().map { offset, entry in
            let relationship = targets[entry.relationshipID]
            let isWorksheet = relationship.map { $0.type.hasSuffix("/worksheet") } ?? false
            let part = relationship?.target
            return SheetInfo(
                name: entry.name, index: offset + 1, isHidden: entry.state != "visible",
                part: isWorksheet && archive.contains(part ?? "") ? part : nil)
        }
    }

    /// Streams the rows of a sheet to `body` as they are parsed, and returns its merged ranges.
    ///
    /// Rows with no text are left out. `body` may return `false` to stop reading early.
    ///
    /// - Complexity: memory holds one row, plus the shared strings of the workbook.
    public func readRows(
        of sheet: SheetInfo, _ body: @escaping (SheetRow) throws(LedgerReadError) -> Bool
    ) throws(LedgerReadError) -> [CellRange] {
        guard let part = sheet.part else {
            throw LedgerReadError(
                .missingPart, at: SourceLocation(file: file, sheet: sheet.name),
                arguments: ["part": sheet.name])
        }
        let strings = try sharedStrings()
        let dateStyles = try self.dateStyles()
        var stopped = false
        var delivered = 0
        // The rows the scanner handed on before it met what only expat reads are not handed on again.
        func reader(skipping: Int) -> WorksheetReader {
            var skipping = skipping
            return WorksheetReader(
                part: part, file: file, sharedStrings: strings, dateStyles: dateStyles,
                date1904: date1904, limits: limits
            ) { (row: SheetRow) throws(LedgerReadError) in
                if skipping > 0 {
                    skipping -= 1
                    return
                }
                delivered += 1
                if !(try body(row)) {
                    stopped = true
                    throw XLSXWorkbook.stop
                }
            }
        }
        var used = reader(skipping: 0)
        do throws(LedgerReadError) {
            if !(fastPath
                ? try ScannedPart.parse(part, in: archive, limits: limits, with: used, chunk: scanChunk) : false)
            {
                if fastPath { expatFallbacks += 1 }
                used = reader(skipping: delivered)
                try XLSXWorkbook.parse(part, in: archive, file: file, limits: limits, with: used)
            }
            try strings.waitUntilComplete()
        } catch  where stopped && error == XLSXWorkbook.stop {
            return used.merges
        } catch {
            var located = error
            if located.location.sheet == nil { located.location.sheet = sheet.name }
            throw located
        }
        return used.merges
    }

    /// The merged ranges of a sheet, read in a pass that skips every cell.
    ///
    /// A worksheet lists its merges after its rows, so a reader that must know them before the
    /// rows (to pass a merged lead down) reads them first.
    public func readMerges(of sheet: SheetInfo) throws(LedgerReadError) -> [CellRange] {
        guard let part = sheet.part else {
            throw LedgerReadError(
                .missingPart, at: SourceLocation(file: file, sheet: sheet.name),
                arguments: ["part": sheet.name])
        }
        var reader = MergesReader(part: part, file: file)
        if !(fastPath
            ? try ScannedPart.parse(part, in: archive, limits: limits, with: reader, chunk: scanChunk) : false)
        {
            if fastPath { expatFallbacks += 1 }
            reader = MergesReader(part: part, file: file)
            try XLSXWorkbook.parse(part, in: archive, file: file, limits: limits, with: reader)
        }
        return reader.merges
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

    /// The inflated size of a sheet's part as the archive declares it.
    public func declaredSize(of sheet: SheetInfo) -> Int? {
        sheet.part.flatMap(archive.declaredSize)
    }

    /// The inflated size of any part as the archive declares it ("xl/sharedStrings.xml").
    public func declaredSize(ofPart part: String) -> Int? {
        archive.declaredSize(of: part)
    }

    // MARK: - Shared parts, read once

    /// The shared strings, loading on their own thread from the first call; lookups wait only
    /// for strings not yet loaded. The loader opens its own handle on the file, since a libzip
    /// archive must not be read from two threads.
    private func sharedStrings() throws(LedgerReadError) -> SharedStringTable {
        if let cachedStrings { return cachedStrings }
        let table = SharedStringTable()
        cachedStrings = table
        guard
            let part = workbookRelationships.target(ofType: "/sharedStrings")
                ?? ["xl/sharedStrings.xml", "sharedStrings.xml"].first(where: archive.contains), archive.contains(part)
        else {
            table.finish(nil)
            return table
        }
        let loader = SharedStringsLoader(
            path: path, file: file, part: part, limits: limits, table: table,
            fastPath: fastPath, chunk: scanChunk)
        let thread = Thread { loader.run() }
        thread.stackSize = 8 << 20
        thread.start()
        return table
    }

    private func dateStyles() throws(LedgerReadError) -> Set<Int> {
        if let cachedDateStyles { return cachedDateStyles }
        var styles: Set<Int> = []
        if let part = workbookRelationships.target(ofType: "/styles")
            ?? ["xl/styles.xml", "styles.xml"].first(where: archive.contains), archive.contains(part)
        {
            let reader = StylesPart()
            try XLSXWorkbook.parse(part, in: archive, file: file, limits: limits, with: reader)
            styles = reader.dateStyles
        }
        cachedDateStyles = styles
        return styles
    }

    /// Waits for the shared-string loader, so no thread outlives the workbook's use.
    deinit {
        try? cachedStrings?.waitUntilComplete()
    }

    /// A sentinel thrown through expat to stop a sheet early; never leaves this type.
    private static let stop = LedgerReadError(
        LedgerReadError.Code(rawValue: "stopped-early"), at: SourceLocation(file: ""))

    private static func parse(
        _ part: String, in archive: ZipArchive, file: String, limits: ReadLimits, with handler: any XMLPartHandler
    ) throws(LedgerReadError) {
        try archive.parse(part, limits: limits, with: handler)
    }
}
