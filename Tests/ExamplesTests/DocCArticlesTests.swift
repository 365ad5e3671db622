// SPDX-License-Identifier: Apache-2.0
// The DocC articles' Swift code is quoted from Examples/LibraryTour, which is built and run, so the
// articles cannot show an API that does not compile.

import Foundation
import Testing
import TaizhangTestSupport

@Suite
struct DocCArticlesTests {
    /// The catalogue of the umbrella library.
    static let catalogue = Fixtures.packageRoot.appendingPathComponent("Sources/Taizhang/Taizhang.docc").path

    /// Every ```swift block of a Markdown text, as its lines.
    static func swiftBlocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            if current == nil, line == "```swift" {
                current = []
            } else if let open = current, line == "```" {
                blocks.append(open)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Whether `block` stands in `lines` as consecutive lines.
    static func quotes(_ lines: [String], _ block: [String]) -> Bool {
        guard !block.isEmpty, block.count <= lines.count else { return false }
        return (0...(lines.count - block.count)).contains { Array(lines[$0..<($0 + block.count)]) == block }
    }

    @Test func everySwiftBlockIsQuotedFromTheTour() throws {
        let tour = try String(contentsOfFile: LibraryTourTests.source, encoding: .utf8).components(separatedBy: "\n")
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.catalogue).filter {
            $0.hasSuffix(".md")
        }
        #expect(articles.count >= 7)
        var quoted = 0
        for article in articles.sorted() {
            let text = try String(contentsOfFile: Self.catalogue + "/" + article, encoding: .utf8)
            for block in Self.swiftBlocks(of: text) {
                let quotedFromTour = Self.quotes(tour, block)
                #expect(
                    quotedFromTour,
                    "\(article): a Swift block is not lines of LibraryTour/main.swift:\n\(block.joined(separator: "\n"))"
                )
                quoted += 1
            }
        }
        #expect(quoted >= 10)
    }

    @Test func aBlockNotInTheTourIsCaught() {
        let tour = ["let a = 1", "let b = 2", "let c = 3"]
        #expect(Self.quotes(tour, ["let b = 2", "let c = 3"]))
        #expect(!Self.quotes(tour, ["let a = 1", "let c = 3"]))
        #expect(Self.swiftBlocks(of: "x\n```swift\nlet a = 1\n```\n```\nnot swift\n```") == [["let a = 1"]])
    }
}
