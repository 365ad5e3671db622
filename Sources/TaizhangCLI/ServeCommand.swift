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
        guard (0...65535).contains(port) else {
            throw ValidationError(common.lang == .zh ? "--port 须在 0 到 65535 之间。" : "--port must be from 0 to 65535.")
        }
        guard (1...10_240).contains(maxUploadMb), (1...10_000).contains(maxFiles), (1...64).contains(jobs) else {
            throw ValidationError(common.lang == .zh
                ? "--max-upload-mb 须为 1–10240，--max-files 为 1–10000，--jobs 为 1–64。"
                : "--max-upload-mb must be 1–10240, --max-files 1–10000, --jobs 1–64.")
        }
    }

    func run() async throws {
        let limits = ServeLimits(maximumUploadBytes: maxUploadMb << 20, maximumFiles: maxFiles, maximumJobs: jobs)
        let server: TaizhangServer
        do {
            server = try TaizhangServer(configuration: ServeConfiguration(host: host, port: port, limits: limits))
        } catch {
            common.fail(common.lang == .zh ? "无法创建临时文件夹：\(error.reason)" : "Cannot make the temporary folder: \(error.reason)")
            throw ExitCode(2)
        }
        if !server.configuration.isLoopback {
            common.fail(common.lang == .zh
                ? "警告：正在监听 \(host)，局域网中的其他电脑都能访问，且没有密码。只在可信的网络中这样做。"
                : "Warning: listening on \(host): other machines on the network can reach it, with no password. Do this only on a network you trust.")
        }
        let zh = common.lang == .zh
        let shown = host.contains(":") ? "[\(host)]" : host
        try await server.run { port in
            common.say(zh
                ? "台账工具已启动：在浏览器中打开 http://\(shown):\(port)/ （按 Ctrl-C 停止）"
                : "taizhang is serving: open http://\(shown):\(port)/?lang=en in a browser (Ctrl-C stops it)")
        }
    }
}
