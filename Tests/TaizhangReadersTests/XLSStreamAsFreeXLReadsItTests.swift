// SPDX-License-Identifier: Apache-2.0
// The Workbook stream the BIFF checks read must be the one FreeXL 1.0.6 parses: files where the
// compound-file reader and FreeXL would find different bytes are refused before FreeXL sees them.

import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport
@testable import TaizhangFileKind
@testable import TaizhangXLS

@Suite struct XLSStreamAsFreeXLReadsItTests {
    /// What FreeXL would say of the Workbook stream of a file, as read here.
    private func disagreement(_ bytes: [UInt8]) throws -> String? {
        let file = try #require(CompoundFile(source: ByteSource(bytes: bytes)))
        let entry = try #require(file.entry(named: "Workbook") ?? file.entry(named: "Book"))
        return file.freeXLDisagreement(entry: entry, bytes: try #require(file.read(entry)))
    }

    private func fixture(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path(path))))
    }

    /// A small workbook whose mini stream starts with the sheet-sized-twice stream that crashes
    /// FreeXL, while its Workbook entry starts 48 mini sectors later, on a clean copy of a real
    /// workbook. FreeXL reads a mini-stream workbook from the mini stream's start, so the checks
    /// passed the clean copy and FreeXL crashed on the other.
    @Test func aWorkbookEntryPastTheMiniStreamStartIsRefused() throws {
        let crafted = try fixture("fuzz/xls/mini-stream-starting-with-another-workbook-than-its-entry.bin")
        let reason = "workbook-not-at-mini-stream-start"
        #expect(try disagreement(crafted) == reason)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("crafted.xls", crafted)
        #expect(
            throws: LedgerReadError(
                .damagedWorkbook, at: SourceLocation(file: path),
                arguments: ["reason": reason])
        ) {
            try XLSWorkbook(path: path)
        }
    }

    @Test func realWorkbooksReadTheSameBothWays() throws {
        for name in ["xls/tongren-libreoffice.xls", "xls/merged-header-dates-hidden-sheet.xls"] {
            #expect(try disagreement(fixture(name)) == nil, "\(name)")
        }
        let built = CompoundFileBuilder.build(streams: [("Workbook", [UInt8](repeating: 1, count: 5000))])
        #expect(try disagreement(built) == nil)
    }

    /// FreeXL takes the first entry named exactly "Workbook" or "Book"; this reader the first
    /// "Workbook" in any case, then "Book".
    @Test func anEntryFreeXLWouldNotChooseIsRefused() throws {
        let both = CompoundFileBuilder.build(streams: [("Book", [1]), ("Workbook", [2])])
        #expect(try disagreement(both) == "other-workbook-entry")
        let shouting = CompoundFileBuilder.build(streams: [("WORKBOOK", [1])])
        #expect(try disagreement(shouting) == "workbook-entry-not-first")
    }

    /// A chain longer than the stream's size: FreeXL reads on, this reader stops at the size.
    @Test func aChainRunningPastTheStreamSizeIsRefused() throws {
        var file = CompoundFileBuilder.build(streams: [("Workbook", [UInt8](repeating: 1, count: 8192))])
        let size = 512 + 512 + 128 + 0x78  // header, FAT sector, root entry, then the size field
        file[size] = 0x88
        file[size + 1] = 0x13  // 5,000 bytes: ten sectors, of a chain of sixteen
        #expect(try disagreement(file) == "chain-past-stream-end")
    }

    /// A 4,096-byte stream in a file with a mini FAT: FreeXL looks in the mini stream (it compares
    /// "no longer than" the cutoff), this reader in regular sectors ("shorter than").
    @Test func aStreamAtTheCutoffIsRefusedWhenTheFileHasAMiniFAT() throws {
        var file = CompoundFileBuilder.build(streams: [("Workbook", [UInt8](repeating: 1, count: 4096))])
        #expect(try disagreement(file) == nil)
        file[0x40] = 1
        #expect(try disagreement(file) == "other-sector-kind")
    }

    /// FreeXL completes a record cut by the stream's end from its last sector's slack, unless the
    /// record is longer than its buffer (8,224 bytes), where it stops.
    @Test func aRecordCutByTheStreamEndIsFlagged() {
        let bof = CompoundFileBuilder.record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
        let eof = CompoundFileBuilder.record(0x000A)
        #expect(BIFFStructure(stream: bof + eof)?.endsInsideARecord == false)
        let cut = bof + Array(CompoundFileBuilder.record(0x0200, [UInt8](repeating: 0, count: 14)).prefix(10))
        #expect(BIFFStructure(stream: cut)?.endsInsideARecord == true)
        let beyondFreeXLsBuffer = bof + [0x00, 0x02, 0x21, 0x20] + [UInt8](repeating: 0, count: 100)
        #expect(BIFFStructure(stream: beyondFreeXLsBuffer)?.endsInsideARecord == false)
    }
}
