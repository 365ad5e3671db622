// SPDX-License-Identifier: Apache-2.0
// The two C libraries are found, link, and work together: libxlsxwriter writes, libzip reads back.

import CTaizhangXLSXWriter
import CTaizhangZip
import Foundation
import Testing

struct CLibrarySmokeTests {
    @Test func libxlsxwriterWritesAWorkbookThatLibzipOpens() throws {
        let path = NSTemporaryDirectory() + "taizhang-smoke-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }

        // Write: one sheet, one Chinese string, one merged title.
        let workbook = try #require(workbook_new(path))
        let sheet = try #require(workbook_add_worksheet(workbook, "台账"))
        #expect(worksheet_write_string(sheet, 0, 0, "同仁市2021年综合医改重点工作台账", nil) == LXW_NO_ERROR)
        #expect(worksheet_merge_range(sheet, 1, 0, 1, 4, "一 推进公立医院高质量发展", nil) == LXW_NO_ERROR)
        #expect(workbook_close(workbook) == LXW_NO_ERROR)
        #expect(LXW_VERSION_ID >= 114)

        // Read: the archive holds the sheet, and the shared strings hold the text.
        var error: Int32 = 0
        let archive = try #require(zip_open(path, ZIP_RDONLY, &error))
        defer { zip_close(archive) }
        #expect(zip_name_locate(archive, "xl/worksheets/sheet1.xml", 0) >= 0)
        var stat = zip_stat_t()
        #expect(zip_stat(archive, "xl/sharedStrings.xml", 0, &stat) == 0)
        let file = try #require(zip_fopen(archive, "xl/sharedStrings.xml", 0))
        defer { zip_fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        #expect(zip_fread(file, &bytes, stat.size) == Int64(stat.size))
        #expect(String(decoding: bytes, as: UTF8.self).contains("同仁市2021年综合医改重点工作台账"))
    }

    @Test func libzipRefusesSomethingThatIsNotAZip() throws {
        let path = NSTemporaryDirectory() + "taizhang-smoke-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("序号,重点任务\n".utf8).write(to: URL(fileURLWithPath: path))
        var error: Int32 = 0
        #expect(zip_open(path, ZIP_RDONLY, &error) == nil)
        #expect(error == ZIP_ER_NOZIP)
    }
}
