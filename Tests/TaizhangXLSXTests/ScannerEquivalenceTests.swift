// SPDX-License-Identifier: Apache-2.0
// The scanner and expat read every workbook alike: the real corpus, the fixtures, and XML only expat reads.

import Foundation
import Testing
import TaizhangModel
import TaizhangSheet
import TaizhangTestSupport
@testable import TaizhangXLSX

/// Every sheet of a workbook as one path reads it: its rows and merges, or the error it stops with.
private struct WorkbookReading: Equatable, CustomStringConvertible {
    var sheets: [String: Result<Sheet, LedgerReadError>] = [:]
    var merges: [String: Result<[CellRange], LedgerReadError>] = [:]
    var opening: LedgerReadError?
    var fallbacks = 0

    static func == (lhs: WorkbookReading, rhs: WorkbookReading) -> Bool {
        lhs.sheets == rhs.sheets && lhs.merges == rhs.merges && lhs.opening == rhs.opening
    }

    var description: String { "\(opening.map { "\($0)" } ?? "") \(sheets) \(merges)" }

    init(path: String, fastPath: Bool, chunk: Int = 256 << 10) {
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: path, name: "book.xlsx", fastPath: fastPath)
        } catch {
            opening = error
            return
        }
        workbook.scanChunk = chunk
        for sheet in workbook.sheets where sheet.part != nil {
            sheets[sheet.name] = Result { () throws(LedgerReadError) in try workbook.readSheet(sheet) }
            merges[sheet.name] = Result { () throws(LedgerReadError) in try workbook.readMerges(of: sheet) }
        }
        fallbacks = workbook.expatFallbacks
    }
}

private let corpus: [String] = {
    let folder = Fixtures.shared("corpus/real")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".xlsx") }.sorted().map { folder + "/" + $0 }
}()

private let fixtures: [String] = {
    let root = Fixtures.path("")
    let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    return found.filter { $0.hasSuffix(".xlsx") }.sorted().map { root + "/" + $0 }
}()

struct ScannerEquivalenceTests {
    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"))
    func theCorpusAndFixturesAreThere() {
        #expect(corpus.count >= 79)
        #expect(fixtures.count >= 3)
    }

    /// Cell by cell, merge by merge, error by error: the scanner's reading is expat's.
    @Test(arguments: corpus + fixtures)
    func readsAlikeThroughBothPaths(path: String) {
        let expat = WorkbookReading(path: path, fastPath: false)
        let scanned = WorkbookReading(path: path, fastPath: true)
        #expect(scanned == expat, "\((path as NSString).lastPathComponent)")
    }

    /// Buffers of a few bytes cut every tag, reference and UTF-8 sequence somewhere.
    @Test(
        arguments: corpus.filter {
            (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0) ?? 0 < 200_000
        }
            + fixtures)
    func readsAlikeInTinyBuffers(path: String) {
        let expat = WorkbookReading(path: path, fastPath: false)
        for chunk in [3, 61] {
            #expect(
                WorkbookReading(path: path, fastPath: true, chunk: chunk) == expat,
                "\((path as NSString).lastPathComponent) in \(chunk)-byte buffers")
        }
    }

    /// The scanner reads most of the corpus itself (the test above would pass if it read nothing).
    @Test(.enabled(if: Fixtures.hasShared, "../shared is not beside the project"))
    func theScannerReadsMostWorkbooksItself() {
        let scannedAlone = corpus.filter { WorkbookReading(path: $0, fastPath: true).fallbacks == 0 }
        #expect(scannedAlone.count >= corpus.count * 3 / 4, "\(scannedAlone.count) of \(corpus.count)")
    }
}

/// Hand-made parts: what the scanner reads itself, and what it leaves to expat, read alike either way.
struct ScannerFallbackTests {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

    static func rows(_ range: ClosedRange<Int>) -> String {
        range.map {
            "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>\($0 % 3)</v></c><c r=\"B\($0)\"><v>\($0)</v></c></row>"
        }
        .joined()
    }

    fileprivate static func reading(sheet: String, strings: String? = nil, chunk: Int = 256 << 10) throws -> (
        WorkbookReading, WorkbookReading
    ) {
        let folder = try TemporaryFolder()
        var parts = WorkbookBuilder.parts(sheetXML: sheet, sharedStrings: ["甲", "乙", "丙"])
        if let strings { parts = parts.map { $0.0 == "xl/sharedStrings.xml" ? ($0.0, Array(strings.utf8)) : $0 } }
        let path = try WorkbookBuilder.zip(parts, to: folder.file("book.xlsx"))
        return (WorkbookReading(path: path, fastPath: true, chunk: chunk), WorkbookReading(path: path, fastPath: false))
    }

    /// References, CR LF line ends, single quotes, prefixes and white space in tags are plain XML the scanner reads.
    @Test(arguments: [1, 5, 256 << 10])
    func plainXMLIsScanned(chunk: Int) throws {
        let sheet = """
            <?xml version='1.0'\r\n encoding='utf-8' standalone='yes'?>\r\n<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\r\n\
            <x:sheetData >\r\n<x:row r='1' ><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b &lt;c&gt; &#20013;&#x6587; &quot;q&apos; _x000D_ x\r\ny\rz > w</x:t></x:is></x:c>\
            <x:c r = "B1" t="inlineStr" ><x:is><x:r><x:t>富</x:t></x:r><x:rPh><x:t>ふ</x:t></x:rPh><x:r><x:t>文本😀</x:t></x:r></x:is></x:c></x:row>\
            \(Self.rows(2...40).replacingOccurrences(of: "<", with: "<x:").replacingOccurrences(of: "<x:/", with: "</x:"))
            </x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>
            """
        let (scanned, expat) = try Self.reading(sheet: sheet, chunk: chunk)
        #expect(scanned == expat)
        // A '>' first in a buffer is left to expat, not knowing whether "]]" came before: tiny buffers meet one.
        if chunk > 64 { #expect(scanned.fallbacks == 0) }
        guard case .success(let read)? = scanned.sheets["Sheet1"] else { Issue.record("not read"); return }
        #expect(read.rows.first?.cells == ["a & b <c> 中文 \"q' \r x\ny\nz > w", "富文本😀"])
        #expect(read.merges.count == 1)
    }

    /// A comment, a processing instruction, CDATA or another encoding halfway: expat reads the part,
    /// and the rows the scanner handed on before are not handed on twice.
    @Test(arguments: [
        "<!-- a comment -->", "<?pi here?>",
        "<row r=\"50\"><c r=\"A50\" t=\"inlineStr\"><is><t><![CDATA[<x>]]></t></is></c></row>",
        "<row r=\"50\"><c r=\"A50\" t=\"inlineStr\"><is><t>&#0;</t></is></c></row>",
    ])
    func surprisesHalfwayGoToExpat(surprise: String) throws {
        let sheet =
            "<worksheet \(Self.main)><sheetData>\(Self.rows(1...45))\(surprise)\(Self.rows(51...60))</sheetData></worksheet>"
        let (scanned, expat) = try Self.reading(sheet: sheet, chunk: 64)
        #expect(scanned == expat)
        #expect(scanned.fallbacks == 2)
    }

    @Test func anotherEncodingGoesToExpat() throws {
        let sheet =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet \(Self.main)><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>caf\u{E9}</t></is></c></row></sheetData></worksheet>"
        let folder = try TemporaryFolder()
        // é as the one byte 0xE9.
        let bytes = Array(sheet.replacingOccurrences(of: "\u{E9}", with: "\u{1}").utf8).map { $0 == 1 ? 0xE9 : $0 }
        let parts = WorkbookBuilder.parts(sheetXML: "").map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bytes) : $0 }
        let path = try WorkbookBuilder.zip(parts, to: folder.file("latin.xlsx"))
        let scanned = WorkbookReading(path: path, fastPath: true)
        #expect(scanned == WorkbookReading(path: path, fastPath: false))
        guard case .success(let read)? = scanned.sheets["Sheet1"] else { Issue.record("not read"); return }
        #expect(read.rows.first?.cells == ["café"])
    }

    /// Broken XML fails as expat fails it: a mismatched end tag, an undefined entity, a second root.
    @Test(arguments: [
        "<worksheet \(main)><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>",
        "<worksheet \(main)><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>",
        "<worksheet \(main)><sheetData/></worksheet><worksheet/>",
        "<worksheet \(main)><sheetData><row r=\"1\" r=\"2\"/></sheetData></worksheet>",
        "<worksheet \(main)><sheetData>",
        "",
    ])
    func brokenXMLFailsAsExpatFailsIt(sheet: String) throws {
        let (scanned, expat) = try Self.reading(sheet: sheet)
        #expect(scanned == expat)
        guard case .failure(let error)? = scanned.sheets["Sheet1"] else { Issue.record("read"); return }
        #expect(error.code == .malformedXML)
    }

    /// A comment among the shared strings: expat loads the rest of them, none twice.
    @Test func sharedStringsGoToExpatHalfway() throws {
        let items = (0..<300).map { "<si><t>串\($0)</t></si>" }
        let strings = "<sst \(Self.main)>" + items[0..<200].joined() + "<!-- x -->" + items[200...].joined() + "</sst>"
        let sheet =
            "<worksheet \(Self.main)><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>299</v></c>"
            + "<c r=\"B1\" t=\"s\"><v>150</v></c></row></sheetData></worksheet>"
        let (scanned, expat) = try Self.reading(sheet: sheet, strings: strings, chunk: 100)
        #expect(scanned == expat)
        guard case .success(let read)? = scanned.sheets["Sheet1"] else { Issue.record("not read"); return }
        #expect(read.rows.first?.cells == ["串299", "串150"])
    }
}
