// SPDX-License-Identifier: Apache-2.0
// RFC 4180 records: quoting, line breaks of every kind, and feeding bytes in any chunks.

import Testing
import TaizhangCSV

private func records(_ text: String, delimiter: UInt8 = 0x2C) throws -> [CSVRecord] {
    var tokenizer = CSVTokenizer(delimiter: delimiter)
    tokenizer.consume(Array(text.utf8))
    var result = tokenizer.takeRecords()
    result += try tokenizer.finish()
    return result
}

struct CSVTokenizerTests {
    @Test func splitsPlainRecords() throws {
        #expect(try records("a,b,c\n1,2,3\n").map(\.cells) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try records("a,b\r\n1,2").map(\.cells) == [["a", "b"], ["1", "2"]])
        #expect(try records("a,b\r1,2\r").map(\.cells) == [["a", "b"], ["1", "2"]])
    }

    @Test func readsQuotedCells() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\nx,,\"\"\n"
        #expect(try records(text).map(\.cells) == [["a,b", "say \"hi\"", "line1\r\nline2"], ["x", "", ""]])
    }

    @Test func keepsANulInsideACellAndFlagsNothing() throws {
        var tokenizer = CSVTokenizer(delimiter: 0x2C)
        tokenizer.consume(Array("a\u{0}b,序\u{0}\n".utf8))
        #expect(tokenizer.takeRecords().map(\.cells) == [["a\u{0}b", "序\u{0}"]])
        #expect(tokenizer.invalidUTF8 == nil)
    }

    @Test func flagsTheFirstCellThatIsNotUTF8AndKeepsItRepaired() throws {
        var tokenizer = CSVTokenizer(delimiter: 0x2C)
        tokenizer.consume(
            Array("ok,好\n1,".utf8) + [0xE5, 0xA5] + Array("x,\u{0}".utf8) + [0xFF] + Array("\n2,".utf8) + [0xC0])
        let rows = tokenizer.takeRecords().map(\.cells)
        #expect(rows == [["ok", "好"], ["1", "\u{FFFD}x", "\u{0}\u{FFFD}"]])
        #expect(tokenizer.invalidUTF8?.line == 2)
        #expect(tokenizer.invalidUTF8?.bytes == [0xE5, 0xA5, 0x78])
    }

    @Test func keepsEmptyLinesAsRecords() throws {
        #expect(try records("a\n\nb\n").map(\.cells) == [["a"], [""], ["b"]])
    }

    @Test func countsPhysicalLines() throws {
        let text = "h1,h2\n\"two\nlines\",x\r\n\"three\r\nmore\rlines\",y\nlast,z"
        #expect(try records(text).map(\.line) == [1, 2, 4, 7])
    }

    @Test func isLenientWithStrayQuotes() throws {
        #expect(try records("ab\"c,d\n\"x\"y,z\n").map(\.cells) == [["ab\"c", "d"], ["xy", "z"]])
    }

    @Test func reportsWhereAQuoteIsNeverClosed() {
        #expect(throws: CSVTokenizer.UnterminatedQuote(line: 2)) {
            try records("a,b\n1,\"never\nclosed\n")
        }
    }

    @Test func splitsOnTabsAndSemicolons() throws {
        #expect(try records("a\tb\n", delimiter: 0x09).map(\.cells) == [["a", "b"]])
        #expect(try records("a;b\n", delimiter: 0x3B).map(\.cells) == [["a", "b"]])
    }

    /// The same bytes fed whole, byte by byte, and split at every offset give the same records.
    @Test func givesTheSameRecordsForAnyChunking() throws {
        let text = "序号,重点任务\r\n\"1\",\"含,逗号\r\n和换行\"\r\n2,\"引号\"\"内\"\r\n"
        let bytes = Array(text.utf8)
        let whole = try records(text)
        var dripped = CSVTokenizer(delimiter: 0x2C)
        var byByte: [CSVRecord] = []
        for byte in bytes {
            dripped.consume([byte])
            byByte += dripped.takeRecords()
        }
        byByte += try dripped.finish()
        #expect(byByte == whole)
        for split in 0...bytes.count {
            var tokenizer = CSVTokenizer(delimiter: 0x2C)
            tokenizer.consume(bytes[..<split])
            tokenizer.consume(bytes[split...])
            #expect(try tokenizer.finish() == whole, "split at \(split)")
        }
    }

    @Test func sniffsTheDelimiter() {
        #expect(DelimiterSniffer.sniff(Array("标题\n序号,任务,单位\n1,\"a,b\",c\n2,d,e\n".utf8)) == 0x2C)
        #expect(DelimiterSniffer.sniff(Array("序号\t任务\t单位\n1\t甲，乙\tc\n".utf8)) == 0x09)
        #expect(DelimiterSniffer.sniff(Array("a;b;c\n1;2,5;3\n4;5;6\n".utf8)) == 0x3B)
        #expect(DelimiterSniffer.sniff(Array("just one column\n".utf8)) == 0x2C)
    }
}

/// Any bytes, fed whole, a byte at a time or split anywhere, give the same records and the same
/// first fault: fed whole, runs are found eight bytes at a time and cells made in place; a byte at
/// a time, every cell is gathered in the tokenizer's own buffer.
struct CSVTokenizerChunkingProperties {
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("序号".utf8), Array("市卫生健康局".utf8), Array("abcdefghij".utf8), [0x2C], [0x2C], [0x22],
        [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x09], [0x00], [0xFF], [0xE5, 0xBA], [0xE5],
    ]

    static func tokenize(_ bytes: [UInt8], splits: [Int]) -> (records: [CSVRecord], fault: String) {
        var tokenizer = CSVTokenizer(delimiter: 0x2C)
        var records: [CSVRecord] = []
        var start = 0
        for split in splits.sorted() + [bytes.count] where split >= start {
            tokenizer.consume(bytes[start..<split])
            records += tokenizer.takeRecords()
            start = split
        }
        do {
            records += try tokenizer.finish()
        } catch {
            return (records, "unterminated at \(error.line)")
        }
        return (records, tokenizer.invalidUTF8.map { "line \($0.line) bytes \($0.bytes)" } ?? "none")
    }

    @Test func anyChunkingGivesTheSameRecordsAndFault() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += Self.pieces.randomElement(using: &generator) ?? []
            }
            let whole = Self.tokenize(bytes, splits: [])
            let byByte = Self.tokenize(bytes, splits: Array(0..<bytes.count))
            let splits = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                Int.random(in: 0...bytes.count, using: &generator)
            }
            let split = Self.tokenize(bytes, splits: splits)
            #expect(byByte.records == whole.records && byByte.fault == whole.fault, "\(bytes)")
            #expect(split.records == whole.records && split.fault == whole.fault, "\(bytes) split at \(splits)")
        }
    }
}
