// SPDX-License-Identifier: Apache-2.0
// The server's bounds, each shown over real HTTP: upload size, file count, concurrent work, the
// private folder, client-chosen names and paths, hostile files, foreign host names.

import Foundation
import Taizhang
import TaizhangServe
import TaizhangTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized)
struct ServeSafetyTests {
    let ledger = Fixtures.example("tongren-2021/ledger.csv")

    /// A Content-Length over the limit is refused before a byte of the body is read.
    @Test func aDeclaredOversizeBodyIs413AtOnce() async throws {
        let running = try await RunningServer.start(ServeLimits(maximumUploadBytes: 1 << 20))
        defer { running.stop() }
        let connection = try HTTPConnection(port: running.port)
        connection.send(
            Array(
                """
                POST /api/validate HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=x\r
                Content-Length: \(2 << 20)\r
                \r

                """.utf8))
        let answer = try await connection.receive()
        #expect(answer.status == 413 && answer.errorCode == "upload-too-large")
        #expect(answer.errorMessage?.contains("1 MB") == true)
    }

    /// A chunked body (no length said) is cut off the moment it passes the limit, and nothing of it stays on disk.
    @Test func aStreamedOversizeBodyIs413WhileStreaming() async throws {
        let running = try await RunningServer.start(ServeLimits(maximumUploadBytes: 1 << 20))
        defer { running.stop() }
        let connection = try HTTPConnection(port: running.port)
        connection.send(
            Array(
                """
                POST /api/validate HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=\(MultipartBody.boundary)\r
                Transfer-Encoding: chunked\r
                \r

                """.utf8))
        var form = MultipartBody()
        form.file("files", fileName: "big.csv", [])
        var body = Array(form.bytes.dropLast(2))
        body += [UInt8](repeating: 0x41, count: 64 << 10)
        // 3 MB in 64 KB chunks; the answer comes after a little over 1 MB.
        for _ in 0..<48 {
            let chunk = Array(String(body.count, radix: 16).utf8) + [0x0D, 0x0A] + body + [0x0D, 0x0A]
            if !connection.send(chunk) { break }
            body = [UInt8](repeating: 0x41, count: 64 << 10)
        }
        let answer = try await connection.receive()
        #expect(answer.status == 413 && answer.errorCode == "upload-too-large")
        try await Task.sleep(for: .milliseconds(100))
        #expect(running.uploadsContents.isEmpty)
    }

    @Test func moreFilesThanAllowedIs413() async throws {
        let running = try await RunningServer.start(ServeLimits(maximumFiles: 2))
        defer { running.stop() }
        var form = MultipartBody()
        for name in ["a.csv", "b.csv", "c.csv"] { try form.file("files", path: ledger, as: name) }
        let answer = try await post("/api/validate?lang=en", port: running.port, form)
        #expect(answer.status == 413 && answer.errorCode == "too-many-files")
        #expect(answer.errorMessage == "At most 2 files can be sent at once. Send them in batches.")
    }

    /// With every worker taken, another request is told 503 at once, with Retry-After.
    @Test func aBusyServerSays503() async throws {
        let running = try await RunningServer.start(ServeLimits(maximumJobs: 1))
        defer { running.stop() }
        // The first request sends its head and part of its body, and waits: it holds the one place.
        let slow = try HTTPConnection(port: running.port)
        slow.send(
            Array(
                """
                POST /api/validate HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=\(MultipartBody.boundary)\r
                Content-Length: 100000\r
                \r
                --\(MultipartBody.boundary)\r

                """.utf8))
        try await Task.sleep(for: .milliseconds(200))
        var form = MultipartBody()
        try form.file("files", path: ledger)
        let refused = try await post("/api/validate", port: running.port, form)
        #expect(refused.status == 503 && refused.errorCode == "busy" && refused.headers["retry-after"] == "5")
        withExtendedLifetime(slow) {}
    }

    /// An upload that stalls is cut off after the idle time, and its place at work is free again.
    @Test func aStalledUploadGivesItsPlaceBack() async throws {
        let running = try await RunningServer.start(ServeLimits(maximumJobs: 1, idleSeconds: 1))
        defer { running.stop() }
        let stalled = try HTTPConnection(port: running.port)
        stalled.send(
            Array(
                """
                POST /api/validate HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=\(MultipartBody.boundary)\r
                Content-Length: 100000\r
                \r
                --\(MultipartBody.boundary)\r

                """.utf8))
        try await Task.sleep(for: .milliseconds(2500))
        var form = MultipartBody()
        try form.file("files", path: ledger)
        let answer = try await post("/api/validate", port: running.port, form)
        #expect(answer.status == 200)
        #expect(running.uploadsContents.isEmpty)
        withExtendedLifetime(stalled) {}
    }

    /// The upload folder is private (0700); a client's path is only a name, used for display;
    /// nothing is written outside the folder, and the folder is empty once answered.
    @Test func uploadsArePrivateNamedByTheServerAndGone() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var status = stat()
        #expect(stat(running.server.uploads.path, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let escape = "taizhang-escape-\(UUID().uuidString).csv"
        var form = MultipartBody()
        try form.file("files", path: ledger, as: "../../../../tmp/\(escape)")
        try form.file("files", path: ledger, as: #"C:\Users\科员\Desktop\台账.csv"#)
        try form.file("files", path: ledger, as: "$(touch x);.csv")
        let answer = try await post("/api/validate", port: running.port, form)
        #expect(answer.status == 200)
        #expect(answer.text.contains("\"file\": \"\(escape)\"") && answer.text.contains("\"file\": \"台账.csv\""))
        #expect(answer.text.contains("\"file\": \"$(touch x);.csv\""))
        #expect(!answer.text.contains(running.server.uploads.path) && !answer.text.contains("/tmp/"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(escape)"))
        #expect(running.uploadsContents.isEmpty)
    }

    /// A field never names a file on the server: `schema` takes a shipped name or an upload only.
    @Test func noFieldReadsAServerFile() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var form = MultipartBody()
        try form.file("files", path: ledger)
        form.field("schema", "/etc/passwd")
        let answer = try await post("/api/validate", port: running.port, form)
        #expect(answer.status == 422 && answer.errorCode == "unknown-schema")
        #expect(answer.errorMessage?.contains("root:") == false)
    }

    /// A file that is no spreadsheet, a damaged one, a zip bomb or an XML entity attack meets the
    /// readers' limits as on the command line: a finding about that file, in moments; the server
    /// goes on answering.
    @Test func hostileFilesAreFindingsNotFailures() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let valid = WorkbookBuilder.parts(
            sheetXML: WorkbookBuilder.sheet(rows: [["序号", "重点任务", "责任单位"], ["1", "t", "A"]]))
        // 64 MB of spaces deflating to about 64 KB.
        let bomb = Array("<worksheet \(main)><sheetData>".utf8) + [UInt8](repeating: 0x20, count: 64 << 20)
        let bombPath = try WorkbookBuilder.zip(
            valid.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bomb) : $0 }, to: scratch.file("bomb.xlsx"))
        var laughs = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let laughsXML = Array(
            """
            <?xml version="1.0"?><!DOCTYPE worksheet [\(laughs)]><worksheet \(main)><sheetData><row r="1">\
            <c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>
            """.utf8)
        let laughsPath = try WorkbookBuilder.zip(
            valid.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, laughsXML) : $0 }, to: scratch.file("laughs.xlsx"))
        var form = MultipartBody()
        form.file("files", fileName: "report.xlsx", Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8))
        form.file("files", fileName: "broken.xlsx", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xFF, count: 4096))
        try form.file("files", path: bombPath)
        try form.file("files", path: laughsPath)
        let started = Date()
        let answer = try await post("/api/validate", port: running.port, form)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(answer.status == 200)
        #expect(answer.text.components(separatedBy: "\"code\": \"unreadable-file\"").count - 1 == 4)
        #expect(answer.text.contains("压缩比超出上限") && answer.text.contains("含有 DOCTYPE 或实体声明"))
        #expect(try await request("GET", "/", port: running.port).status == 200)
    }

    /// On loopback, a request under another host name (DNS rebinding) is refused.
    @Test func aForeignHostNameIsRefused() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        let connection = try HTTPConnection(port: running.port)
        connection.send(Array("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".utf8))
        let answer = try await connection.receive()
        #expect(answer.status == 421 && answer.errorCode == "foreign-host")
        #expect(try await request("GET", "/", port: running.port, headers: [:]).status == 200)
    }
}
