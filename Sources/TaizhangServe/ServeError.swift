// SPDX-License-Identifier: Apache-2.0
// Why a request could not be answered: a stable code, an HTTP status, and the clerk's message.

import Foundation
import TaizhangModel

/// A request that could not be answered. Its ``code`` is the command line's own when the
/// command line has the same failure (`unsupported-format`, `bad-date`, `output-exists`…), else
/// one of the server's (``Code``); its message comes from the catalogue in the request's language.
public struct ServeError: Error, Sendable {
    /// The server's own failures.
    public enum Code: String, Sendable {
        /// The body is over `--max-upload-mb` (413).
        case uploadTooLarge = "upload-too-large"
        /// More files than the server takes at once (413).
        case tooManyFiles = "too-many-files"
        /// Every worker is busy (503).
        case busy
        /// The body is not the multipart form it says it is (400).
        case badUpload = "bad-upload"
        /// A required file field is missing (400).
        case missingFile = "missing-file"
        /// A form value is not one the action takes (400).
        case badField = "bad-field"
        /// No such route (404).
        case notFound = "not-found"
        /// A loopback server asked for under another host name (421).
        case foreignHost = "foreign-host"
        /// Something on the server itself failed (500).
        case serverFailed = "server-failed"
    }

    /// The stable code scripts test.
    public let code: String
    /// The HTTP status.
    public let status: Int
    /// The message, in the request's language.
    public let message: String
    /// The language of ``message``.
    public let language: MessageLanguage

    /// A failure of the server's own, worded by `catalog`.
    init(_ code: Code, status: Int, catalog: MessageCatalog, _ values: [String: String] = [:]) {
        self.code = code.rawValue
        self.status = status
        self.message = catalog.serveMessage(code.rawValue, values)
        language = catalog.language
    }

    /// A file that could not be read, as the command line words it (422: the request was fine, the file not).
    init(_ error: LedgerReadError, catalog: MessageCatalog) {
        code = error.code.rawValue
        status = 422
        message = catalog.render(error)
        language = catalog.language
    }

    /// An output that could not be written, as the command line words it, named by its file name
    /// only (the server's folders are nobody's business): 422 when the ledger cannot be written
    /// in the format (a cell over Excel's limit, a character the encoding lacks), else 500.
    init(_ error: LedgerWriteError, catalog: MessageCatalog) {
        var named = error
        named.path = (error.path as NSString).lastPathComponent
        code = error.code.rawValue
        status = [.cellTooLong, .valueOutOfRange, .unrepresentable].contains(error.code) ? 422 : 500
        message = catalog.render(named)
        language = catalog.language
    }

    /// A bad argument, as the command line words it (400).
    init(_ problem: MessageCatalog.ArgumentProblem, catalog: MessageCatalog, _ values: [String: String] = [:]) {
        code = problem.rawValue
        status = 400
        message = catalog.argumentMessage(problem, values)
        language = catalog.language
    }

    /// A finding that stops the action (`header-not-found` in a master ledger), worded as a finding (422).
    init(_ finding: Finding, catalog: MessageCatalog) {
        code = finding.code.rawValue
        status = 422
        message = catalog.place(finding.location) + catalog.message(for: finding)
        language = catalog.language
    }

    /// The error as `{"error": {"code": …, "status": …, "message": …}}`.
    var json: String {
        var text = ""
        JSONValue.object([
            ("error", .object([("code", .text(code)), ("status", .number(status)), ("message", .text(message))]))
        ]).write(to: &text, indent: 0)
        return text + "\n"
    }
}
