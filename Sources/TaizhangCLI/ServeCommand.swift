// SPDX-License-Identifier: Apache-2.0
// `taizhang serve`: the local web page for clerks and its JSON API.

import ArgumentParser
import Foundation
import Taizhang
import TaizhangServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "本机网页 a web page for clerks (and a JSON API): check, convert, split, merge, report in the browser.",
        discussion: """
            Open the address it prints in a browser. Uploads are kept in a private temporary folder \
            only while a request is answered. Loopback only by default: --host 0.0.0.0 lets other \
            machines of the office in, with no password, so only on a network you trust. API: \
            POST /api/validate, /api/annotate, /api/convert, /api/template, /api/split, /api/merge, \
            /api/report (multipart/form-data; see README).
            """
    )

    @Option(name: .long, help: "监听地址 the address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "端口 the port.")
    var port = 8080

    @Option(name: .long, help: "上传上限（MB） the most one request may send, in MB.")
    var maxUploadMb = 100

    @Option(name: .long, help: "文件数上限 the most files one request may send.")
    var maxFiles = 200

    @Option(name: .long, help: "同时处理的请求数 how many requests are worked on at once.")
    var jobs = 2

    @OptionGroup var common: CommonOptions

    func validate() throws {
        let bounds = [
            ("--port", port, 0...65535), ("--max-upload-mb", maxUploadMb, 1...10_240),
            ("--max-files", maxFiles, 1...10_000), ("--jobs", jobs, 1...64),
        ]
        for (option, value, range) in bounds where !range.contains(value) {
            throw ValidationError(
                common.catalog.serveMessage(
                    "bad-serve-option",
                    [
                        "option": option, "value": String(value),
                        "minimum": String(range.lowerBound), "maximum": String(range.upperBound),
                    ]))
        }
    }

    func run() async throws {
        let limits = ServeLimits(maximumUploadBytes: maxUploadMb << 20, maximumFiles: maxFiles, maximumJobs: jobs)
        let server: TaizhangServer
        do {
            server = try TaizhangServer(configuration: ServeConfiguration(host: host, port: port, limits: limits))
        } catch {
            common.fail(common.catalog.serveMessage("no-upload-folder", ["reason": error.reason]))
            throw ExitCode(2)
        }
        if !server.configuration.isLoopback {
            common.fail(common.catalog.serveMessage("open-host", ["host": host]))
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        let catalog = common.catalog
        try await server.run { port in
            common.say(catalog.serveMessage("serving", ["url": "http://\(shown):\(port)/"]))
        }
    }
}
