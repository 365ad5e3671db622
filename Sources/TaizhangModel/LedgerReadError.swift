// SPDX-License-Identifier: Apache-2.0
// The error thrown when a ledger file cannot be read at all.

/// A ledger file could not be read: it is missing, empty, not text, or not in the expected format.
///
/// Problems inside a readable table are ``Finding``s instead. The error holds data; its wording,
/// in Chinese or English, comes from ``MessageCatalog``.
public struct LedgerReadError: Error, Sendable, Hashable {
    /// What went wrong, as a stable code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The kebab-case code.
        public let rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's text.
        public var description: String { rawValue }

        /// The file does not exist. The stable code is `file-not-found`.
        public static let fileNotFound = Code(rawValue: "file-not-found")
        /// The file exists but cannot be opened or read (permissions, a folder). `file-unreadable`.
        public static let fileUnreadable = Code(rawValue: "file-unreadable")
        /// Standard input ("-") could not be copied to the temporary folder to be read (a full
        /// disk, say). `standard-input-not-kept`.
        public static let standardInputNotKept = Code(rawValue: "standard-input-not-kept")
        /// An .xls could not be copied to the temporary folder, where it is read from so that
        /// what is checked is what is parsed (a full disk, say). `temporary-copy-failed`.
        public static let temporaryCopyFailed = Code(rawValue: "temporary-copy-failed")
        /// The file has no content. `empty-file`.
        public static let emptyFile = Code(rawValue: "empty-file")
        /// The file is binary, not text. `not-text`.
        public static let notText = Code(rawValue: "not-text")
        /// The file is a zip archive (an .xlsx workbook) named as text. `workbook-as-text`.
        public static let workbookAsText = Code(rawValue: "workbook-as-text")
        /// The file is an old binary Excel (.xls) or encrypted workbook. `legacy-workbook`.
        public static let legacyWorkbook = Code(rawValue: "legacy-workbook")
        /// Bytes that are not valid in the file's character set. `invalid-encoding`.
        public static let invalidEncoding = Code(rawValue: "invalid-encoding")
        /// The character set named with `--encoding` is unknown. `unknown-encoding`.
        public static let unknownEncoding = Code(rawValue: "unknown-encoding")
        /// A quoted cell is never closed. `unterminated-quote`.
        public static let unterminatedQuote = Code(rawValue: "unterminated-quote")
        /// The file's format cannot be told from its name. `unsupported-format`.
        public static let unsupportedFormat = Code(rawValue: "unsupported-format")
        /// The interchange JSON does not follow LEDGER-SPEC §7. `invalid-json`.
        public static let invalidJSON = Code(rawValue: "invalid-json")
        /// A file named as a workbook that is not a zip archive at all. `not-a-workbook`.
        public static let notAWorkbook = Code(rawValue: "not-a-workbook")
        /// A zip archive that is cut short or damaged. `damaged-workbook`.
        public static let damagedWorkbook = Code(rawValue: "damaged-workbook")
        /// A part the workbook needs is missing (its workbook part, a sheet). `missing-part`.
        public static let missingPart = Code(rawValue: "missing-part")
        /// A part's XML is not well formed (or not valid UTF-8). `malformed-xml`.
        public static let malformedXML = Code(rawValue: "malformed-xml")
        /// A part declares a DOCTYPE or entities, which no spreadsheet program writes. `unsafe-xml`.
        public static let unsafeXML = Code(rawValue: "unsafe-xml")
        /// A part inflates beyond a limit of ``ReadLimits`` (zip bomb, absurd size). `limit-exceeded`.
        public static let limitExceeded = Code(rawValue: "limit-exceeded")
        /// A cell reference beyond XFD1048576, or not a reference. `bad-cell-reference`.
        public static let badCellReference = Code(rawValue: "bad-cell-reference")
        /// A cell points at a shared string that does not exist. `bad-shared-string`.
        public static let badSharedString = Code(rawValue: "bad-shared-string")
        /// The sheet asked for is not in the workbook. `sheet-not-found`.
        public static let sheetNotFound = Code(rawValue: "sheet-not-found")
        /// A workbook encrypted with a password to open (.xls with FILEPASS, or an encrypted .xlsx). `encrypted-workbook`.
        public static let encryptedWorkbook = Code(rawValue: "encrypted-workbook")
        /// A Word document (.docx), not a table. `word-document`.
        public static let wordDocument = Code(rawValue: "word-document")
        /// A Word 97–2003 document (.doc). `legacy-word-document`.
        public static let legacyWordDocument = Code(rawValue: "legacy-word-document")
        /// An OpenDocument spreadsheet (.ods). `opendocument-spreadsheet`.
        public static let openDocumentSpreadsheet = Code(rawValue: "opendocument-spreadsheet")
        /// An Apple Numbers document. `numbers-document`.
        public static let numbersDocument = Code(rawValue: "numbers-document")
        /// A PDF document. `pdf-document`.
        public static let pdfDocument = Code(rawValue: "pdf-document")
        /// A WPS spreadsheet (.et) that is not readable as an Excel 97–2003 workbook. `wps-spreadsheet`.
        public static let wpsSpreadsheet = Code(rawValue: "wps-spreadsheet")
        /// An HTML page (a web export named .xls) without any table. `html-without-table`.
        public static let htmlWithoutTable = Code(rawValue: "html-without-table")
        /// A ledger schema file is not valid JSON or not a usable schema. `invalid-schema`.
        public static let invalidSchema = Code(rawValue: "invalid-schema")
        /// No shipped schema has the name given, and no file has it either. `unknown-schema`.
        public static let unknownSchema = Code(rawValue: "unknown-schema")
        /// A department roster names no department. `empty-roster`.
        public static let emptyRoster = Code(rawValue: "empty-roster")
    }

    /// What went wrong.
    public var code: Code
    /// Where: the file, and the line or cell when known.
    public var location: SourceLocation
    /// The facts the message is made of, by name (e.g. `"encoding": "GB18030"`).
    public var arguments: [String: String]

    /// Creates an error.
    public init(_ code: Code, at location: SourceLocation, arguments: [String: String] = [:]) {
        self.code = code
        self.location = location
        self.arguments = arguments
    }
}

extension LedgerReadError: CustomStringConvertible {
    /// The message in Chinese, with the place.
    public var description: String { MessageCatalog(language: .chinese).render(self) }
}
