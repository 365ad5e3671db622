// SPDX-License-Identifier: Apache-2.0
// Making small .xlsx files part by part (with libzip), so each test states the quirk or attack it needs.

import CTaizhangZip
import Foundation

/// Writes zip archives of named parts, and minimal workbooks around a worksheet's XML.
public enum WorkbookBuilder {
    /// Writes a zip archive holding `parts` (name → bytes) in order; returns its path.
    @discardableResult
    public static func zip(_ parts: [(String, [UInt8])], to path: String, compress: Bool = true) throws -> String {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            throw BuildError(message: "zip_open failed: \(error)")
        }
        // libzip reads the buffers when it closes the archive, so they must live until then.
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        for (name, bytes) in parts {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
            buffers.append(buffer)
            guard let source = zip_source_buffer(archive, buffer.baseAddress, UInt64(bytes.count), 0),
                zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) >= 0
            else {
                zip_discard(archive)
                throw BuildError(message: "zip_file_add failed for \(name)")
            }
            if !compress {
                zip_set_file_compression(archive, zip_uint64_t(zip_name_locate(archive, name, 0)), ZIP_CM_STORE, 0)
            }
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            throw BuildError(message: "zip_close failed")
        }
        return path
    }

    /// The parts of a one-sheet workbook around `sheetXML`, with `sharedStrings` when given.
    public static func parts(
        sheetXML: String, sharedStrings: [String]? = nil, workbookXML: String? = nil, stylesXML: String? = nil,
        sheetName: String = "Sheet1"
    ) -> [(String, [UInt8])] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(rootRelationships.utf8)),
            ("xl/workbook.xml", Array((workbookXML ?? workbook(sheets: [(sheetName, "visible")])).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: 1).utf8)),
            ("xl/worksheets/sheet1.xml", Array(sheetXML.utf8)),
        ]
        if let sharedStrings {
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    Array(
                        """
                        <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(main)" count="\(sharedStrings.count)" \
                        uniqueCount="\(sharedStrings.count)">\(items)</sst>
                        """.utf8)
                ))
        }
        if let stylesXML { parts.append(("xl/styles.xml", Array(stylesXML.utf8))) }
        return parts
    }

    /// A worksheet whose rows hold inline strings, plus `extra` XML after `sheetData` (merges).
    public static func sheet(rows: [[String]], extra: String = "") -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                let reference = columnName(columnIndex + 1) + String(rowIndex + 1)
                xml +=
                    "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData>\(extra)</worksheet>"
    }

    /// A workbook part listing sheets (name, state) with relationships rId1, rId2, …
    public static func workbook(sheets: [(String, String)]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(escape(sheet.0))\" sheetId=\"\(index + 1)\" state=\"\(sheet.1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(relationshipsNamespace)">\
            <sheets>\(entries)</sheets></workbook>
            """
    }

    /// The workbook relationships for sheets 1…n.
    public static func workbookRelationships(sheetCount: Int) -> String {
        let entries = (1...sheetCount).map { index in
            "<Relationship Id=\"rId\(index)\" Type=\"\(officeRelationship)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(packageRelationships)">\(entries)\
            <Relationship Id="rIdS" Type="\(officeRelationship)/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rIdT" Type="\(officeRelationship)/styles" Target="styles.xml"/></Relationships>
            """
    }

    /// "A", "Z", "AA" for 1, 26, 27.
    public static func columnName(_ column: Int) -> String {
        var letters = ""
        var remaining = column
        while remaining > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (remaining - 1) % 26))) + letters
            remaining = (remaining - 1) / 26
        }
        return letters
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    /// A failure to build a test file.
    public struct BuildError: Error {
        public var message: String

        public init(message: String) {
            self.message = message
        }
    }
}
