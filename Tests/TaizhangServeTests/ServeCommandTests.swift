// SPDX-License-Identifier: Apache-2.0
// `taizhang serve` as a process: the address it prints, the warning off loopback, and an
// interrupted server leaving no upload folder behind.

import Foundation
import TaizhangTestSupport
import Testing

@Suite(.serialized)
struct ServeCommandTests {
    /// Starts the binary with `arguments` and a private TMPDIR; returns it, its standard error so
    /// far (up to the serving line) and the port it printed.
    private func start(_ arguments: [String], temporary: String) async throws -> (Process, String, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.taizhangBinary)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let handle = errors.fileHandleForReading
        let printed = try await offPool { () -> String in
            var text = ""
            while !text.contains("http://") || !text.hasSuffix("\n") {
                let data = handle.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            return text
        }
        let port = printed.split(separator: ":").compactMap { Int($0.prefix { $0.isNumber }) }.last ?? 0
        return (process, printed, port)
    }

    @Test func servesOnLoopbackAndLeavesNothingWhenStopped() async throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let (process, printed, port) = try await start([], temporary: temporary.path)
        #expect(printed.contains("台账工具已启动：在浏览器中打开 http://127.0.0.1:"), "\(printed)")
        #expect(!printed.contains("警告"))
        let page = try await request("GET", "/", port: port)
        #expect(page.status == 200 && page.text.contains("校验台账"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: temporary.path).count == 1, "the private upload folder")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    @Test func anotherHostIsWarnedAbout() async throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let (process, printed, _) = try await start(["--host", "0.0.0.0", "--lang", "en"], temporary: temporary.path)
        defer { process.terminate(); process.waitUntilExit() }
        #expect(
            printed.contains("Warning: listening on 0.0.0.0: other machines on the network can reach it"), "\(printed)")
        #expect(printed.contains("taizhang is serving: open http://0.0.0.0:"))
    }

    @Test func refusesImpossibleOptions() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.taizhangBinary)
        process.arguments = ["serve", "--max-upload-mb", "0"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2 && text.contains("--max-upload-mb 须在 1 到 10240 之间，而不是 0。"), "\(text)")
    }
}
