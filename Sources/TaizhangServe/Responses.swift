// SPDX-License-Identifier: Apache-2.0
// The server's answers: pages, JSON, downloads and errors, with headers that keep them inert.

import Foundation
import Hummingbird
import NIOCore
import TaizhangModel

/// Builds responses.
enum Responses {
    /// The page's policy: nothing from outside, inline style and script only.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.cacheControl] = "no-store"
        return respond(status, headers, Data(text.utf8))
    }

    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return respond(status, headers, Data(text.utf8))
    }

    /// A download: `Content-Disposition` with an ASCII fallback name and the real one in UTF-8 (RFC 6266).
    static func file(_ download: Download) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = download.contentType
        let fileExtension = (download.fileName as NSString).pathExtension
        let plainExtension = fileExtension.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let fallback = "taizhang" + (fileExtension.isEmpty || !plainExtension ? "" : "." + fileExtension)
        let encoded = download.fileName.addingPercentEncoding(withAllowedCharacters: attributeCharacters) ?? fallback
        headers[.contentDisposition] = "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
        return respond(.ok, headers, download.bytes)
    }

    /// The characters RFC 5987 lets stand unencoded in `filename*` (ASCII only).
    private static let attributeCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")

    /// An error: JSON `{"error": …}`, or a page saying it for a browser's form.
    static func error(_ error: ServeError, html: Bool, limits: ServeLimits) -> Response {
        let status = HTTPResponse.Status(code: error.status)
        if html {
            let catalog = MessageCatalog(language: error.language)
            return Self.html(PageHTML(catalog: catalog, limits: limits).render(error: error), status: status)
        }
        return json(error.json, status: status)
    }

    private static func respond(_ status: HTTPResponse.Status, _ fields: HTTPFields, _ body: Data) -> Response {
        var headers = fields
        if let noSniff = HTTPFields.Element.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
