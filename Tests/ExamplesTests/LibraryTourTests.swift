// SPDX-License-Identifier: Apache-2.0
// Examples/LibraryTour, the README's library example: it runs on the bundled ledger, and the README
// quotes it word for word.

import Foundation
import Testing
import TaizhangTestSupport

@Suite
struct LibraryTourTests {
    /// The tour's source.
    static let source = Fixtures.packageRoot.appendingPathComponent("Examples/LibraryTour/main.swift").path

    /// The lines strictly between `// README: begin` and `// README: end` in the tour.
    static func markedRegion() throws -> [String] {
        let lines = try String(contentsOfFile: source, encoding: .utf8).components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: "// README: begin"))
        let end = try #require(lines.firstIndex(of: "// README: end"))
        try #require(begin < end)
        return Array(lines[(begin + 1)..<end])
    }

    /// The lines of the first ```swift block after the README's "## As a library" heading.
    static func readmeBlock() throws -> [String] {
        let readme = Fixtures.packageRoot.appendingPathComponent("README.md").path
        let lines = try String(contentsOfFile: readme, encoding: .utf8).components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "## As a library"))
        let open = try #require(lines[heading...].firstIndex(of: "```swift"))
        let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
        return Array(lines[(open + 1)..<close])
    }

    @Test func readmeQuotesTheTour() throws {
        let region = try Self.markedRegion()
        let block = try Self.readmeBlock()
        #expect(region.count > 20)
        for (index, (mine, quoted)) in zip(region, block).enumerated() where mine != quoted {
            let note =
                "README's library block line \(index + 1) differs from main.swift:\n"
                + "  main.swift: \(mine)\n  README:     \(quoted)"
            Issue.record(Comment(rawValue: note))
            break
        }
        #expect(
            region.count == block.count,
            "main.swift's region has \(region.count) lines, the README's block \(block.count)")
    }

    /// The built tour, run into a fresh folder, prints each step and writes what it says it wrote.
    @Test func runsOnTheBundledLedger() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.file("tour")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.builtExecutable("LibraryTour"))
        process.arguments = [out]
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let printed = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "stderr: \(complaints)")

        let lines = printed.components(separatedBy: "\n")
        #expect(lines.first == "read ledger.csv: 48 tasks; the first three:")
        #expect(lines.dropFirst().first == "  1 市卫生健康局 2021-10-31")
        #expect(printed.contains("validated ledger-as-printed.csv: errors 1, warnings 37; wrote validation.json"))
        #expect(printed.contains("streamed ledger.xlsx: 市卫生健康局 leads the most tasks, 36"))
        #expect(printed.contains("截至2021年11月30日，48项重点任务已完成30项，完成率62.5%"))
        #expect(printed.contains("split into 下发/: 12 department workbooks and 分发清单.xlsx"))
        #expect(printed.contains("merged 12 returns: 99 of 99 rows matched; wrote 汇总.xlsx"))
        #expect(printed.contains("wrote notice-ledger.xlsx"))
        #expect(printed.contains("wrote template.xlsx"))

        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            written == [
                "ledger.json", "ledger.xlsx", "notice-ledger.xlsx", "row-by-row.xlsx", "template.xlsx",
                "validation.json",
                "下发", "汇总.xlsx", "通报.xlsx",
            ])
        let departments = try FileManager.default.contentsOfDirectory(atPath: out + "/下发")
        #expect(departments.count == 13)
        #expect(departments.contains("分发清单.xlsx"))
        for workbook in written where workbook.hasSuffix(".xlsx") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + workbook))
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(workbook) is a zip")
        }

        // The ledger written from memory is the bundled golden JSON, but for where its rows came from.
        let json = try String(contentsOfFile: out + "/ledger.json", encoding: .utf8)
            .replacingOccurrences(of: Fixtures.packageRoot.path + "/", with: "")
        let golden = try String(contentsOfFile: Fixtures.example("tongren-2021/ledger.json"), encoding: .utf8)
        #expect(json == golden)
        let report = try String(contentsOfFile: out + "/validation.json", encoding: .utf8)
        #expect(report.contains("\"errors\": 1,"))
        #expect(report.contains("\"warnings\": 37,"))
    }

    /// A folder with files in it is refused before anything is written.
    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("keep.txt", Array("mine".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.builtExecutable("LibraryTour"))
        process.arguments = [folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(try folder.contents() == ["keep.txt"])
    }
}
