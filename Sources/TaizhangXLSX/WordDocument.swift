// SPDX-License-Identifier: Apache-2.0
// The text of a Word document (.docx): its paragraphs and table rows as lines, as a notice reads.

import TaizhangModel

/// The lines of a .docx file: each paragraph a line, each table row a line whose cells are
/// separated by tabs (a cell's own paragraphs joined by spaces), in document order.
///
/// This is the shape a notice has when its text is copied out of Word or a PDF, so the same
/// extraction reads both. The archive and XML limits of ``ReadLimits`` apply, as for workbooks.
public enum WordDocument {
    /// The document's lines.
    ///
    /// - Throws: ``LedgerReadError`` for a file that is no .docx, or damaged, or past a limit.
    public static func lines(path: String, name: String? = nil, limits: ReadLimits = ReadLimits())
        throws(LedgerReadError) -> [String]
    {
        let file = name ?? path
        let archive = try ZipArchive(path: path, file: file, limits: limits)
        var part = "word/document.xml"
        if archive.contains("_rels/.rels") {
            let relationships = RelationshipsPart(source: "")
            try archive.parse("_rels/.rels", limits: limits, with: relationships)
            if let target = relationships.target(ofType: "/officeDocument"), archive.contains(target) { part = target }
        }
        guard archive.contains(part) else {
            throw LedgerReadError(
                .missingPart, at: SourceLocation(file: file), arguments: ["part": "word/document.xml"])
        }
        let body = DocumentBodyPart()
        try archive.parse(part, limits: limits, with: body)
        return body.lines
    }
}

/// Reads `w:body`: paragraphs (`w:p`: runs' `w:t`, `w:tab`, `w:br`) and tables (`w:tbl`/`w:tr`/`w:tc`).
final class DocumentBodyPart: XMLPartHandler {
    private(set) var lines: [String] = []
    private var paragraph = ""
    private var inText = false
    private var tableDepth = 0
    private var rowCells: [String]?
    private var cellParagraphs: [String]?

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("t") {
            inText = true
        } else if name.is("tab") {
            paragraph += "\t"
        } else if name.is("br") || name.is("cr") {
            paragraph += "\n"
        } else if name.is("p") {
            paragraph = ""
        } else if name.is("tbl") {
            tableDepth += 1
        } else if name.is("tr"), tableDepth == 1 {
            rowCells = []
        } else if name.is("tc"), tableDepth == 1 {
            cellParagraphs = []
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {
        if name.is("t") {
            inText = false
        } else if name.is("p") {
            if cellParagraphs != nil {
                let text = paragraph.trimmingLedgerWhitespace()
                if !text.isEmpty { cellParagraphs?.append(text) }
            } else if tableDepth == 0 {
                lines += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            paragraph = ""
        } else if name.is("tc"), tableDepth == 1 {
            rowCells?.append((cellParagraphs ?? []).joined(separator: " "))
            cellParagraphs = nil
        } else if name.is("tr"), tableDepth == 1 {
            if let cells = rowCells { lines.append(cells.joined(separator: "\t")) }
            rowCells = nil
        } else if name.is("tbl") {
            tableDepth -= 1
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        guard inText else { return }
        paragraph += String(decoding: bytes, as: UTF8.self)
    }
}
