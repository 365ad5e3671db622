// SPDX-License-Identifier: Apache-2.0
// `taizhang serve`: the page and the JSON API on Hummingbird, every request in a private folder.

import Foundation
import Hummingbird
import Logging
import NIOCore
import Taizhang

/// Where and how `taizhang serve` listens.
public struct ServeConfiguration: Sendable {
    /// The address to bind; loopback unless the office chooses otherwise.
    public var host: String
    /// The port; 0 takes a free one (tests).
    public var port: Int
    /// The bounds on uploads and work.
    public var limits: ServeLimits
    /// Where the private upload folder is made (default: `$TMPDIR` or /tmp).
    public var temporaryParent: String?

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, limits: ServeLimits = ServeLimits(),
        temporaryParent: String? = nil
    ) {
        self.host = host
        self.port = port
        self.limits = limits
        self.temporaryParent = temporaryParent
    }

    /// Whether the host is a loopback address, reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// The web server: one page for clerks and the JSON API it and scripts use. Each request's
/// uploads live in a folder of its own inside ``uploads`` and are deleted once it is answered.
public struct TaizhangServer: Sendable {
    /// The server's configuration.
    public let configuration: ServeConfiguration
    /// The private folder (mode 0700) holding the folders of requests being answered.
    public let uploads: UploadFolder
    private let gate: WorkGate

    /// Makes the server and its upload folder.
    ///
    /// - Throws: ``UploadFolder/Failure`` when the folder cannot be made.
    public init(configuration: ServeConfiguration) throws(UploadFolder.Failure) {
        self.configuration = configuration
        uploads = try UploadFolder.make(in: configuration.temporaryParent)
        gate = WorkGate(capacity: configuration.limits.maximumJobs)
    }

    /// Serves until the task is cancelled, then removes the upload folder.
    ///
    /// - Parameter onRunning: called once with the port listened on.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        defer { uploads.remove() }
        var logger = Logger(label: "taizhang-serve")
        logger.logLevel = .warning
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.limits.idleSeconds)))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "taizhang"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.run()
    }

    /// The routes.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in page(request) }
        router.post("/api/validate") { request, _ in
            await answer(request) { work, html throws(ServeError) in
                let report = try await onWorkerThread { () throws(ServeError) in try ValidateAction.report(work) }
                guard html else { return Responses.json(report.json(work.catalog), status: .ok) }
                let asOf = work.form.text("asOf").flatMap(CalendarDate.init(iso:)) ?? .today
                let page = PageHTML(catalog: work.catalog, limits: configuration.limits, asOf: asOf)
                return Responses.html(page.render(report: report), status: .ok)
            }
        }
        for action in DownloadAction.allCases {
            router.post("/api/\(action.rawValue)") { request, _ in
                await answer(request) { work, _ throws(ServeError) in
                    Responses.file(try await onWorkerThread { () throws(ServeError) in try action.run(work) })
                }
            }
        }
        router.add(middleware: NotFoundMiddleware(limits: configuration.limits))
        return router
    }

    private func page(_ request: Request) -> Response {
        if let refused = refusedHost(request) { return refused }
        let catalog = Self.catalog(request)
        return Responses.html(PageHTML(catalog: catalog, limits: configuration.limits).render(), status: .ok)
    }

    /// Answers a request no route takes with the server's own 404, as JSON or a page.
    private struct NotFoundMiddleware: RouterMiddleware {
        let limits: ServeLimits

        func handle(
            _ request: Request, context: BasicRequestContext,
            next: (Request, BasicRequestContext) async throws -> Response
        ) async throws -> Response {
            do {
                return try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound {
                let notFound = ServeError(.notFound, status: 404, catalog: catalog(request), ["path": request.uri.path])
                return Responses.error(notFound, html: wantsHTML(request), limits: limits)
            }
        }
    }

    /// Takes a place at work, receives the form into a folder of the request's own, and answers
    /// with what `respond` makes of it (`html`: the client asked for a page); the folder is gone
    /// before the answer is sent.
    private func answer(
        _ request: Request, _ respond: (ActionRequest, _ html: Bool) async throws(ServeError) -> Response
    ) async -> Response {
        if let refused = refusedHost(request) { return refused }
        let catalog = Self.catalog(request)
        let html = Self.wantsHTML(request)
        guard gate.enter() else {
            let busy = ServeError(.busy, status: 503, catalog: catalog, ["limit": String(gate.capacity)])
            var response = Responses.error(busy, html: html, limits: configuration.limits)
            response.headers[.retryAfter] = "5"
            return response
        }
        defer { gate.leave() }
        let folder: UploadFolder
        do throws(UploadFolder.Failure) {
            folder = try UploadFolder.make(in: uploads.path, prefix: "request-")
        } catch {
            let failed = ServeError(.serverFailed, status: 500, catalog: catalog, ["reason": error.reason])
            return Responses.error(failed, html: html, limits: configuration.limits)
        }
        defer { folder.remove() }
        do throws(ServeError) {
            let receiver = UploadReceiver(limits: configuration.limits, folder: folder, catalog: catalog)
            let form = try await receiver.receive(
                request.body, contentType: request.headers[.contentType],
                contentLength: request.headers[.contentLength].flatMap { Int($0) })
            return try await respond(ActionRequest(form: form, folder: folder, catalog: catalog), html)
        } catch {
            return Responses.error(error, html: html, limits: configuration.limits)
        }
    }

    /// On loopback, a request naming another host is refused (a web page elsewhere cannot reach
    /// the server through a name of its own, DNS rebinding).
    private func refusedHost(_ request: Request) -> Response? {
        guard configuration.isLoopback, let host = request.head.authority else { return nil }
        let name: Substring
        if host.hasPrefix("[") {
            name = host.dropFirst().prefix { $0 != "]" }
        } else {
            name = host.prefix { $0 != ":" }
        }
        if name == "localhost" || name == "::1" || name.hasPrefix("127.") { return nil }
        let error = ServeError(.foreignHost, status: 421, catalog: Self.catalog(request), ["host": String(host)])
        return Responses.error(error, html: false, limits: configuration.limits)
    }

    /// The request's language: English with `?lang=en`, else Chinese.
    static func catalog(_ request: Request) -> MessageCatalog {
        MessageCatalog(language: request.uri.queryParameters["lang"] == "en" ? .english : .chinese)
    }

    /// Whether the client asked for a page (a browser's form) rather than JSON.
    static func wantsHTML(_ request: Request) -> Bool {
        (request.headers[.accept] ?? "").contains("text/html")
    }
}

/// The API's actions that answer with a file, by route name (`/api/validate` answers with findings).
enum DownloadAction: String, CaseIterable, Sendable {
    case annotate, convert, template, split, merge, report

    /// Runs the action.
    func run(_ request: ActionRequest) throws(ServeError) -> Download {
        switch self {
        case .annotate: try ValidateAction.annotate(request)
        case .convert: try ConvertAction.run(request)
        case .template: try TemplateAction.run(request)
        case .split: try SplitAction.run(request)
        case .merge: try MergeAction.run(request)
        case .report: try ReportAction.run(request)
        }
    }
}
