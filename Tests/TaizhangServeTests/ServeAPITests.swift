// SPDX-License-Identifier: Apache-2.0
// The JSON API over real HTTP: the command line's findings and files, its error codes, and the page.

import CTaizhangZip
import Foundation
import Taizhang
import TaizhangTestSupport
import Testing

@Suite(.serialized)
struct ServeAPITests {
    let folder = Fixtures.example("tongren-2021")

    private func taizhang(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.taizhangBinary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The §8 report the API gives is the command's, byte for byte, in both languages.
    @Test func validateGivesTheCommandsReport() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        let files = ["ledger-as-printed.csv", "ledger.csv", "ledger-gb18030.csv"]
        for english in [false, true] {
            var form = MultipartBody()
            for file in files { try form.file("files", path: "\(folder)/\(file)") }
            try form.file("roster", path: "\(folder)/roster.txt")
            form.field("asOf", "2021-11-30")
            let answer = try await post("/api/validate" + (english ? "?lang=en" : ""), port: running.port, form)
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true)
            let command = try taizhang(
                ["validate"] + files + ["--roster", "roster.txt", "--as-of", "2021-11-30", "--format", "json"]
                    + (english ? ["--lang", "en"] : []), in: folder)
            #expect(answer.text == command)
            #expect(command.contains("\"file\": \"ledger-as-printed.csv\"") && command.contains("missing-lead"))
        }
        #expect(running.uploadsContents.isEmpty, "the request's folder is gone once it is answered")
    }

    /// A browser's form (Accept: text/html) gets the page with the findings table.
    @Test func aFormPostGetsTheFindingsTable() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var form = MultipartBody()
        try form.file("files", path: "\(folder)/ledger-as-printed.csv")
        form.field("asOf", "2021-11-30")
        let answer = try await post("/api/validate", port: running.port, form, headers: ["Accept": "text/html,*/*"])
        #expect(answer.status == 200 && answer.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(
            answer.text.contains("<table") && answer.text.contains("missing-lead")
                && answer.text.contains("ledger-as-printed.csv"))
        #expect(answer.text.contains("第9行") || answer.text.contains("<td>9</td>"))
    }

    @Test func convertGivesAWorkbookThatReadsBack() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var form = MultipartBody()
        try form.file("file", path: "\(folder)/ledger-gb18030.csv", as: "铜仁台账.csv")
        form.field("format", "xlsx")
        let answer = try await post("/api/convert", port: running.port, form)
        #expect(answer.status == 200)
        #expect(
            answer.headers["content-disposition"]?.contains(
                "filename*=UTF-8''%E9%93%9C%E4%BB%81%E5%8F%B0%E8%B4%A6.xlsx") == true)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let path = try scratch.write("converted.xlsx", answer.body)
        let read = try LedgerFile(path).read()
        let original = try LedgerFile("\(folder)/ledger-gb18030.csv").read()
        #expect(read.format == .xlsx && read.taskCount == original.taskCount && read.taskCount > 10)
    }

    /// Errors are JSON with the command line's codes and messages, in the request's language.
    @Test func badRequestsAreJSONErrorsWithCodes() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var form = MultipartBody()
        try form.file("file", path: "\(folder)/ledger.csv")
        form.field("format", "pdf")
        let badFormat = try await post("/api/convert", port: running.port, form)
        #expect(badFormat.status == 400 && badFormat.errorCode == "unknown-output-format")
        #expect(badFormat.errorMessage == MessageCatalog().argumentMessage(.unknownOutputFormat, ["output": "pdf"]))
        let english = try await post("/api/convert?lang=en", port: running.port, form)
        #expect(english.errorMessage?.hasPrefix("Cannot tell the output format") == true)

        var noFile = MultipartBody()
        noFile.field("asOf", "2021-11-30")
        let missing = try await post("/api/validate", port: running.port, noFile)
        #expect(missing.status == 400 && missing.errorCode == "missing-file")

        var badDate = MultipartBody()
        try badDate.file("files", path: "\(folder)/ledger.csv")
        badDate.field("asOf", "2021-13-45")
        #expect(try await post("/api/validate", port: running.port, badDate).errorCode == "bad-date")

        let notMultipart = try await request(
            "POST", "/api/validate", port: running.port, body: Array("{}".utf8), contentType: "application/json")
        #expect(notMultipart.status == 400 && notMultipart.errorCode == "bad-upload")

        var noHeader = MultipartBody()
        noHeader.file("file", fileName: "notes.csv", Array("a,b\n1,2\n".utf8))
        let notALedger = try await post("/api/split", port: running.port, noHeader)
        #expect(notALedger.status == 422 && notALedger.errorCode == "header-not-found")
        #expect(
            notALedger.errorMessage?.hasPrefix("notes.csv") == true,
            "named by the client's name, never the server's path")

        // A plain form in a browser without script gets the same message as a page.
        let page = try await post("/api/convert", port: running.port, form, headers: ["Accept": "text/html"])
        #expect(page.status == 400 && page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("无法从“pdf”判断输出格式") && page.text.contains("[unknown-output-format]"))

        // A cell Excel cannot hold: the command line's write error, about the file, not the server's folders.
        var tooLong = MultipartBody()
        tooLong.file(
            "file", fileName: "long.csv", Array("序号,重点任务,责任单位\n1,\(String(repeating: "长", count: 40_000)),市财政局\n".utf8))
        let unwritable = try await post("/api/convert", port: running.port, tooLong)
        #expect(unwritable.status == 422 && unwritable.errorCode == "cell-too-long")
        #expect(unwritable.errorMessage?.contains(running.server.uploads.path) == false, "\(unwritable.text)")

        let nowhere = try await request("GET", "/api/nothing", port: running.port)
        #expect(nowhere.status == 404 && nowhere.errorCode == "not-found")
    }

    @Test func splitGivesAZipOfDepartmentWorkbooks() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var form = MultipartBody()
        try form.file("file", path: "\(folder)/ledger.csv")
        try form.file("roster", path: "\(folder)/roster.txt")
        let answer = try await post("/api/split", port: running.port, form)
        #expect(answer.status == 200 && answer.headers["content-type"] == "application/zip")
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let names = try zipEntries(scratch.write("split.zip", answer.body))
        #expect(names.contains(LedgerSplitter.manifestName) && names.contains("市财政局.xlsx") && names.count > 5)
    }

    @Test func annotateTemplateMergeAndReportAnswerWithFiles() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        var annotate = MultipartBody()
        try annotate.file("files", path: "\(folder)/ledger-as-printed.csv")
        let copies = try await post("/api/annotate", port: running.port, annotate)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        #expect(copies.status == 200)
        #expect(
            try zipEntries(scratch.write("a.zip", copies.body)) == [
                "ledger-as-printed.xlsx", AnnotatedCopies.summaryName,
            ])

        var template = MultipartBody()
        template.field("title", "2024年重点工作台账")
        template.field("rows", "12")
        let blank = try await post("/api/template", port: running.port, template)
        #expect(blank.status == 200 && blank.body.starts(with: [0x50, 0x4B]))
        template.field("rows", "0")
        #expect(
            try await post("/api/template", port: running.port, template).status == 200,
            "the first value of a field counts")
        var tooMany = MultipartBody()
        tooMany.field("rows", "99999")
        #expect(try await post("/api/template", port: running.port, tooMany).errorCode == "bad-field")

        var merge = MultipartBody()
        try merge.file("file", path: "\(folder)/ledger.csv")
        try merge.file("files", path: "\(folder)/ledger-with-progress.csv")
        merge.field("output", "json")
        let report = try await post("/api/merge", port: running.port, merge)
        #expect(
            report.status == 200 && report.text.contains("ledger-with-progress.csv")
                && !report.text.contains(running.server.uploads.path))

        var bulletin = MultipartBody()
        try bulletin.file("file", path: "\(folder)/ledger-with-progress.csv")
        bulletin.field("asOf", "2021-11-30")
        bulletin.field("format", "json")
        let figures = try await post("/api/report", port: running.port, bulletin)
        let expected = try String(contentsOfFile: "\(folder)/report-2021-11-30.json", encoding: .utf8)
        #expect(figures.status == 200 && figures.text == expected, "the bulletin's figures are the command's")
        #expect(running.uploadsContents.isEmpty)
    }

    /// The page is self-contained (nothing from outside), Chinese by default, English with ?lang=en,
    /// and every action is a plain form.
    @Test func thePageIsSelfContainedAndBilingual() async throws {
        let running = try await RunningServer.start()
        defer { running.stop() }
        let chinese = try await request("GET", "/", port: running.port)
        #expect(chinese.status == 200 && chinese.text.contains("校验台账") && chinese.text.contains("lang=\"zh-CN\""))
        #expect(chinese.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        for outside in ["http://", "https://", "//fonts", "src=", "<link", "@import", "url("] {
            #expect(!chinese.text.contains(outside), "\(outside)")
        }
        for action in ["validate", "annotate", "convert", "template", "split", "merge", "report"] {
            #expect(chinese.text.contains("/api/\(action)"), "\(action)")
        }
        #expect(chinese.text.components(separatedBy: "enctype=\"multipart/form-data\"").count - 1 == 6)
        let english = try await request("GET", "/?lang=en", port: running.port)
        #expect(
            english.text.contains("Check ledgers") && english.text.contains("lang=\"en\"")
                && !english.text.contains("校验台账"))
    }

    private func zipEntries(_ path: String) throws -> [String] {
        var error: Int32 = 0
        let archive = try #require(zip_open(path, ZIP_RDONLY, &error))
        defer { zip_discard(archive) }
        return (0..<zip_get_num_entries(archive, 0)).map { String(cString: zip_get_name(archive, zip_uint64_t($0), 0)) }
    }
}
