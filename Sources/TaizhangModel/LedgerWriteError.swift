// SPDX-License-Identifier: Apache-2.0
// The error thrown when an output file cannot be written.

/// An output could not be written; nothing at the destination was changed.
public struct LedgerWriteError: Error, Sendable, Hashable {
    /// What went wrong, as a stable code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The kebab-case code.
        public let rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's text.
        public var description: String { rawValue }

        /// The destination exists and overwriting was not asked for. `output-exists`.
        public static let outputExists = Code(rawValue: "output-exists")
        /// The destination is the input itself. `output-is-input`.
        public static let outputIsInput = Code(rawValue: "output-is-input")
        /// Writing or renaming failed (no room, no permission, no such folder). `write-failed`.
        public static let writeFailed = Code(rawValue: "write-failed")
        /// The format cannot hold the ledger (e.g. a character the encoding lacks). `unrepresentable`.
        public static let unrepresentable = Code(rawValue: "unrepresentable")
        /// A cell holds more than Excel's 32,767 characters. `cell-too-long`.
        public static let cellTooLong = Code(rawValue: "cell-too-long")
        /// A value is outside what a workbook can hold (a row past 1,048,576, a width past 255, a bad
        /// sheet name); checked before it reaches libxlsxwriter. `value-out-of-range`.
        public static let valueOutOfRange = Code(rawValue: "value-out-of-range")
        /// libxlsxwriter refused a call or could not finish the file. `writer-failed`.
        public static let writerFailed = Code(rawValue: "writer-failed")
        /// A row was given to a writer after it was closed (a programming error in the caller). `writer-closed`.
        public static let writerClosed = Code(rawValue: "writer-closed")
    }

    /// What went wrong.
    public var code: Code
    /// The output file as the user named it.
    public var path: String
    /// The facts the message is made of, by name.
    public var arguments: [String: String]

    /// Creates an error.
    public init(_ code: Code, path: String, arguments: [String: String] = [:]) {
        self.code = code
        self.path = path
        self.arguments = arguments
    }
}

extension LedgerWriteError: CustomStringConvertible {
    /// The message in Chinese.
    public var description: String { MessageCatalog(language: .chinese).render(self) }
}
