// SPDX-License-Identifier: Apache-2.0
// The streaming multipart parser: the same parts however the bytes are cut, and clear refusals.

import Testing
@testable import TaizhangServe

struct MultipartParserTests {
    /// What a parser made of a body: each part's name, file name and bytes.
    private func parse(_ body: [UInt8], chunk: Int) throws -> [(String, String?, [UInt8])] {
        var parser = MultipartParser(boundary: "XyZ")
        var parts: [(String, String?, [UInt8])] = []
        var index = 0
        while index < body.count {
            let end = min(index + chunk, body.count)
            try parser.feed(body[index..<end]) { event in
                switch event {
                case .begin(let name, let fileName): parts.append((name, fileName, []))
                case .data(let bytes): parts[parts.count - 1].2 += bytes
                case .end: break
                }
            }
            index = end
        }
        try parser.finish()
        return parts
    }

    private let body = Array(
        """
        preamble\r
        --XyZ\r
        Content-Disposition: form-data; name="asOf"\r
        \r
        2021-11-30\r
        --XyZ\r
        Content-Disposition: form-data; name="files"; filename="台账 \\"一\\".csv"\r
        Content-Type: text/csv\r
        \r
        序号,重点任务\r
        --XyZ not yet\r
        1,任务\r
        --XyZ--\r
        epilogue
        """.utf8)

    @Test func givesTheSamePartsHoweverTheBytesAreCut() throws {
        for chunk in [1, 2, 3, 7, 64, body.count] {
            let parts = try parse(body, chunk: chunk)
            #expect(parts.count == 2, "chunk \(chunk)")
            #expect(parts[0].0 == "asOf" && parts[0].1 == nil && parts[0].2 == Array("2021-11-30".utf8))
            #expect(parts[1].0 == "files" && parts[1].1 == "台账 \"一\".csv")
            #expect(parts[1].2 == Array("序号,重点任务\r\n--XyZ not yet\r\n1,任务".utf8), "chunk \(chunk)")
        }
    }

    @Test func refusesATruncatedBodyAndEndlessHeaders() throws {
        #expect(throws: MultipartParser.Malformed.self) { try parse(Array(body.prefix(150)), chunk: 10) }
        var parser = MultipartParser(boundary: "XyZ")
        let endless = Array("--XyZ\r\n".utf8) + [UInt8](repeating: 0x61, count: MultipartParser.maximumHeaderBytes + 10)
        #expect(throws: MultipartParser.Malformed.self) { try parser.feed(endless) { _ in } }
        var noName = MultipartParser(boundary: "XyZ")
        #expect(throws: MultipartParser.Malformed.self) {
            try noName.feed(Array("--XyZ\r\nContent-Type: text/plain\r\n\r\nx".utf8)) { _ in }
        }
    }

    @Test func readsTheBoundaryOfAContentType() {
        #expect(
            MultipartParser.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundary7MA4")
                == "----WebKitFormBoundary7MA4")
        #expect(MultipartParser.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartParser.boundary(contentType: "application/json") == nil)
        #expect(MultipartParser.boundary(contentType: "multipart/form-data") == nil)
        #expect(
            MultipartParser.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71))
                == nil)
    }

    @Test func keepsOnlyTheBaseNameOfAClientsPath() {
        #expect(UploadFolder.displayName("../../etc/passwd") == "passwd")
        #expect(UploadFolder.displayName(#"C:\Users\a\台账.xlsx"#) == "台账.xlsx")
        #expect(UploadFolder.displayName("..") == "upload" && UploadFolder.displayName("a\u{0}b\n.csv") == "ab.csv")
        #expect(UploadFolder.safeExtension(of: "x.XLSX") == ".xlsx" && UploadFolder.safeExtension(of: "x.cs;v") == "")
    }
}
