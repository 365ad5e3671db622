// SPDX-License-Identifier: Apache-2.0
// Property: any grid of cells, written as CSV with random quoting, line breaks and encodings, reads back the same.

import PropertyBased
import Testing
import TaizhangCSV

/// A grid written as CSV in one of the ways programs write it.
struct CSVCase: Sendable, CustomStringConvertible {
    var cells: [[String]]
    var bytes: [UInt8]
    var encoding: String
    var delimiter: UInt8

    var description: String { "\(encoding) delimiter \(delimiter): \(cells)" }
}

enum CSVCases {
    /// Characters that stress the format: delimiters, quotes, line breaks, CJK, a 4-byte GB18030 one.
    static let alphabet: [Character] = Array("ab1 ,;\t\"\r\n—、，市卫生健康局“”（）𠀀é")

    static let generator = Generator<CSVCase, Shrink.None<CSVCase>>(run: { rng in
        let delimiter: UInt8 = [0x2C, 0x09, 0x3B].randomElement(using: &rng) ?? 0x2C
        let width = Int.random(in: 1...5, using: &rng)
        let height = Int.random(in: 1...6, using: &rng)
        var cells: [[String]] = []
        for _ in 0..<height {
            let columns = Bool.random(using: &rng) ? width : Int.random(in: 1...width, using: &rng)
            cells.append(
                (0..<columns).map { _ in
                    String(
                        (0..<Int.random(in: 0...6, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" }
                    )
                })
        }
        var text = ""
        for record in cells {
            let line = record.map { cell -> String in
                let mustQuote =
                    cell.contains(Character(Unicode.Scalar(delimiter))) || cell.contains("\"")
                    || cell.contains("\r") || cell.contains("\n")
                    // An empty record is written as "" so it is not a blank line.
                    || (record.count == 1 && cell.isEmpty)
                guard mustQuote || Int.random(in: 0..<4, using: &rng) == 0 else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            text += line.joined(separator: String(Character(Unicode.Scalar(delimiter))))
            text += ["\r\n", "\n", "\r\n"].randomElement(using: &rng) ?? "\n"
        }
        let encoding = ["UTF-8", "UTF-8 BOM", "GB18030", "UTF-16LE BOM"].randomElement(using: &rng) ?? "UTF-8"
        let bytes: [UInt8]
        switch encoding {
        case "UTF-8 BOM": bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "GB18030": bytes = (try? TextEncoder.encode(text, as: "GB18030", file: "gen")) ?? []
        case "UTF-16LE BOM": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        default: bytes = Array(text.utf8)
        }
        return CSVCase(cells: cells, bytes: bytes, encoding: encoding, delimiter: delimiter)
    })
}

struct CSVRoundTripProperties {
    @Test func anyGridReadsBackTheSame() async {
        await propertyCheck(count: 300, input: CSVCases.generator) { item in
            let document = try? CSVReader.read(
                bytes: item.bytes, file: "generated.csv",
                options: CSVReadOptions(delimiter: item.delimiter))
            #expect(document?.sheet.rows.map(\.cells) == item.cells, "\(item)")
            #expect(
                document?.encoding.description
                    == (item.encoding == "GB18030" && isUTF8(item.bytes) ? "UTF-8" : item.encoding))
        }
    }

    /// An all-ASCII "GB18030" file is also valid UTF-8, and detection rightly calls it that.
    private func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
