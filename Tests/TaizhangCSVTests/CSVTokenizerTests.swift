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
