// SPDX-License-Identifier: Apache-2.0
// Reading xl/sharedStrings.xml: the table of strings cells point at, rich runs joined, phonetics left out.

import TaizhangModel

/// Reads `<si>` items: plain `<t>`, rich-text runs `<r><t>`, and never the phonetic `<rPh>` runs
/// (Japanese furigana, which are not part of the text).
final class SharedStringsPart: XMLPartHandler {
    let table: SharedStringTable
    private var text = TextCollector()
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private let file: String
    private let limits: ReadLimits
    /// Items read before and already in the table, left out.
    private var skipping: Int

    init(file: String, limits: ReadLimits, table: SharedStringTable, skipping: Int = 0) {
        self.file = file
        self.limits = limits
        self.table = table
        self.skipping = skipping
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("si") {
            inItem = true
            text.reset()
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inItem, phoneticDepth == 0 {
            inText = true
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {
        if name.is("si"), skipping > 0 {
            skipping -= 1
            inItem = false
        } else if name.is("si") {
            guard table.count < limits.maxSharedStrings else {
                throw LedgerReadError(
                    .limitExceeded, at: SourceLocation(file: file),
                    arguments: [
                        "quantity": "shared-strings",
                        "limit": String(limits.maxSharedStrings), "part": "sharedStrings",
                    ])
            }
            try text.withDecodedBytes { bytes throws(LedgerReadError) in try table.append(bytes) }
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            inText = false
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        guard inText else { return }
        text.append(bytes)
        if text.bytes.count > limits.maxCellCharacters * 4 {
            throw LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file),
                arguments: [
                    "quantity": "string-length",
                    "limit": String(limits.maxCellCharacters), "part": "sharedStrings",
                ])
        }
    }
}

/// Loads a workbook's shared strings into a table on a thread of its own, with its own archive handle.
final class SharedStringsLoader: @unchecked Sendable {
    private let path: String
    private let file: String
    private let part: String
    private let limits: ReadLimits
    private let table: SharedStringTable
    private let fastPath: Bool
    private let chunk: Int

    init(
        path: String, file: String, part: String, limits: ReadLimits, table: SharedStringTable, fastPath: Bool,
        chunk: Int
    ) {
        self.chunk = chunk
        self.path = path
        self.file = file
        self.part = part
        self.limits = limits
        self.table = table
        self.fastPath = fastPath
    }

    /// Loads the table: through the scanner when allowed, and through expat for what it will not
    /// read (leaving out the strings the scanner loaded before it stopped).
    func run() {
        do throws(LedgerReadError) {
            let archive = try ZipArchive(path: path, file: file, limits: limits)
            let handler = SharedStringsPart(file: file, limits: limits, table: table)
            if !(fastPath
                ? try ScannedPart.parse(part, in: archive, limits: limits, with: handler, chunk: chunk) : false)
            {
                let again = SharedStringsPart(file: file, limits: limits, table: table, skipping: table.count)
                try archive.parse(part, limits: limits, with: again)
            }
            table.finish(nil)
        } catch {
            table.finish(error)
        }
    }
}
