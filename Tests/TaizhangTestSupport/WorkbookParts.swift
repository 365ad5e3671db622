// SPDX-License-Identifier: Apache-2.0
// Reading the XML parts of a written workbook (with libzip), for golden files and structure checks.

import CTaizhangZip
import Foundation

/// The parts of an .xlsx file, read straight from its zip archive.
public enum WorkbookParts {
    /// The text of one part, e.g. "xl/worksheets/sheet1.xml".
    public static func text(of part: String, in path: String) throws -> String {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &error) else {
            throw WorkbookBuilder.BuildError(message: "zip_open failed: \(error)")
        }
        defer { zip_discard(archive) }
        var stat = zip_stat_t()
        guard zip_stat(archive, part, 0, &stat) == 0, let file = zip_fopen(archive, part, 0) else {
            throw WorkbookBuilder.BuildError(message: "no part \(part) in \(path)")
        }
        defer { zip_fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
        guard read == Int64(stat.size) else { throw WorkbookBuilder.BuildError(message: "short read of \(part)") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The names of the parts.
    public static func names(in path: String) throws -> [String] {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &error) else {
            throw WorkbookBuilder.BuildError(message: "zip_open failed: \(error)")
        }
        defer { zip_discard(archive) }
        return (0..<zip_get_num_entries(archive, 0)).compactMap { index in
            zip_get_name(archive, zip_uint64_t(index), 0).map { String(cString: $0) }
        }
    }

    /// A part's XML with one element per line, so golden files diff line by line.
    public static func normalized(_ xml: String) -> String {
        xml.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    /// How many times `needle` occurs in `text`.
    public static func count(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
