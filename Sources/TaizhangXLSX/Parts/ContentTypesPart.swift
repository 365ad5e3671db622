// SPDX-License-Identifier: Apache-2.0
// Reading [Content_Types].xml: the part names declared for each content type.

import TaizhangModel

/// Reads the `<Override PartName ContentType>` declarations, to find a workbook part when the
/// package relationships do not name one.
final class ContentTypesPart: XMLPartHandler {
    private(set) var overrides: [(part: String, type: String)] = []

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        guard name.is("Override"), let part = attributes.string("PartName"),
            let type = attributes.string("ContentType")
        else { return }
        overrides.append((String(part.drop { $0 == "/" }), type))
    }

    func end(_ name: XMLName) throws(LedgerReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {}

    /// The workbook part: main content types of .xlsx, .xlsm and template workbooks.
    var workbookPart: String? {
        overrides.first {
            $0.type.contains("sheet.main+xml") || $0.type.contains("sheet.macroEnabled.main+xml")
                || $0.type.contains("template.main+xml")
        }?.part
    }
}
