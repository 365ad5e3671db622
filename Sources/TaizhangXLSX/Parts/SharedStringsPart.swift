// SPDX-License-Identifier: Apache-2.0
// Reading xl/sharedStrings.xml: the table of strings cells point at, rich runs joined, phonetics left out.

import TaizhangModel

/// Reads `<si>` items: plain `<t>`, rich-text runs `<r><t>`, and never the phonetic `<rPh>` runs
/// (Japanese furigana, which are not part of the text).
final class SharedStringsPart: XMLPartHandler {
    let table = SharedStringTable()
    private var text = TextCollector()
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private let file: String
    private let limits: ReadLimits

    init(file: String, limits: ReadLimits) {
        self.file = file
        self.limits = limits
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
        if name.is("si") {
            guard table.count < limits.maxSharedStrings else {
                throw LedgerReadError(.limitExceeded, at: SourceLocation(file: file),
                                      arguments: ["what": "共享字符串数量", "whatEnglish": "The number of shared strings",
                                                  "limit": String(limits.maxSharedStrings), "part": "sharedStrings"])
            }
            try table.append(text.string)
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
            throw LedgerReadError(.limitExceeded, at: SourceLocation(file: file),
                                  arguments: ["what": "单个字符串长度", "whatEnglish": "The length of one string",
                                              "limit": String(limits.maxCellCharacters), "part": "sharedStrings"])
        }
    }
}
