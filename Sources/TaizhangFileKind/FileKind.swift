// SPDX-License-Identifier: Apache-2.0
// What a file really is, told from its bytes rather than its name: the one place taizhang sniffs.

import TaizhangModel

/// The kind of a file, as its first bytes (and, for containers, its directory) show it.
///
/// Clerks' files are often not what their names say: a web system's "导出Excel" gives an HTML page
/// named .xls, a workbook is renamed .csv, a Word document .xlsx. Readers are chosen by this kind;
/// kinds no reader takes map to an error whose message says what the file is and what to do
/// (``unreadableError(file:)``).
public enum FileKind: Sendable, Hashable {
    /// No bytes at all.
    case empty
    /// Text that is none of the kinds below (CSV, TSV, JSON, a roster), in any encoding.
    case text
    /// Bytes that are no text and no format taizhang knows.
    case binary
    /// An Office Open XML workbook (.xlsx, .xlsm), or a zip archive that may be one.
    case workbook
    /// An Excel 97–2003 (BIFF) workbook in a compound file: .xls, and WPS's .et.
    case biffWorkbook
    /// An Office file encrypted with a password to open (a compound file holding an `EncryptedPackage`).
    case encryptedWorkbook
    /// A Word document (.docx).
    case wordDocument
    /// A Word 97–2003 document (.doc).
    case legacyWordDocument
    /// An OpenDocument spreadsheet (.ods).
    case openDocumentSpreadsheet
    /// An Apple Numbers document.
    case numbersDocument
    /// A compound file that holds neither a workbook nor a document taizhang knows.
    case otherCompoundFile
    /// A compound file whose structure is cut short or broken.
    case damagedCompoundFile
    /// A PDF document.
    case pdf
    /// An HTML page (a web system's table export named .xls, or a saved page).
    case html
    /// Excel 2003's XML Spreadsheet ("XML 表格").
    case spreadsheetXML

    /// How many bytes of a file's start and end are looked at.
    static let window = 64 << 10

    /// The kind of the file at `path`; `nil` when it cannot be opened.
    public static func sniff(path: String) -> FileKind? {
        ByteSource.withFile(path: path) { sniff($0) }
    }

    /// The kind of a file held in memory.
    public static func sniff(bytes: [UInt8]) -> FileKind {
        sniff(ByteSource(bytes: bytes))
    }

    static func sniff(_ source: ByteSource) -> FileKind {
        guard let head = source.read(0, min(window, source.size)), !head.isEmpty else { return .empty }
        if CompoundFile.hasSignature(head) { return compoundKind(source) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let tail = source.read(max(0, source.size - window), window) ?? []
            return zipKind(head: head, tail: tail)
        }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        return markupKind(head) ?? (looksLikeText(head) ? .text : .binary)
    }

    /// Whether bytes can be text: no NUL, or the NULs of UTF-16 (a byte-order mark, or every other byte).
    private static func looksLikeText(_ head: [UInt8]) -> Bool {
        guard head.contains(0) else { return true }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        let sample = head.prefix(4096)
        let evenNul = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let oddNul = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        return (evenNul == 0) != (oddNul == 0)
    }

    /// Which kind a compound file is, from the names of its streams.
    private static func compoundKind(_ source: ByteSource) -> FileKind {
        guard let file = CompoundFile(source: source) else { return .damagedCompoundFile }
        if file.contains("EncryptedPackage") { return .encryptedWorkbook }
        if file.contains("Workbook") || file.contains("Book") { return .biffWorkbook }
        if file.contains("WordDocument") { return .legacyWordDocument }
        return .otherCompoundFile
    }

    /// Which kind a zip archive is, from the part names in its first and last bytes (the local
    /// headers of the first entries, and the central directory).
    private static func zipKind(head: [UInt8], tail: [UInt8]) -> FileKind {
        func holds(_ name: String) -> Bool {
            let needle = Array(name.utf8)
            return head.contains(needle) || tail.contains(needle)
        }
        if holds("xl/workbook") || holds("xl/worksheets/") { return .workbook }
        if holds("word/document.xml") { return .wordDocument }
        if holds("application/vnd.oasis.opendocument.spreadsheet") { return .openDocumentSpreadsheet }
        if holds("Index/Document.iwa") { return .numbersDocument }
        return .workbook
    }

    /// HTML or XML Spreadsheet, from the first markup of a text file (any case, after a byte-order
    /// mark and white space); `nil` for other text.
    private static func markupKind(_ head: [UInt8]) -> FileKind? {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.count, head[start] == UInt8(ascii: "<") else { return nil }
        let lowered = head[start...].prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func holds(_ text: String) -> Bool { lowered.contains(Array(text.utf8)) }
        if holds("urn:schemas-microsoft-com:office:spreadsheet") && !holds("<html") { return .spreadsheetXML }
        if holds("<html") || holds("<!doctype html") || holds("<table") || holds("<meta") || holds("<body") {
            return .html
        }
        return nil
    }

    /// The error that names a file of this kind no reader takes, with advice that works; `nil`
    /// for kinds taizhang reads.
    public func unreadableError(file: String) -> LedgerReadError? {
        let location = SourceLocation(file: file)
        switch self {
        case .empty: return LedgerReadError(.emptyFile, at: location)
        case .encryptedWorkbook: return LedgerReadError(.encryptedWorkbook, at: location)
        case .wordDocument: return LedgerReadError(.wordDocument, at: location)
        case .legacyWordDocument: return LedgerReadError(.legacyWordDocument, at: location)
        case .openDocumentSpreadsheet: return LedgerReadError(.openDocumentSpreadsheet, at: location)
        case .numbersDocument: return LedgerReadError(.numbersDocument, at: location)
        case .pdf: return LedgerReadError(.pdfDocument, at: location)
        case .otherCompoundFile: return LedgerReadError(.legacyWorkbook, at: location)
        case .damagedCompoundFile:
            return LedgerReadError(
                .damagedWorkbook, at: location, arguments: ["reason": "compound-file-broken"])
        case .text, .binary, .workbook, .biffWorkbook, .html, .spreadsheetXML: return nil
        }
    }
}

extension Collection where Element == UInt8 {
    /// Whether the bytes hold `needle` anywhere.
    fileprivate func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return false }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
