// SPDX-License-Identifier: Apache-2.0
// The eight-byte word tests against a byte at a time, and the JSON strings that skip by them.

import Foundation
import Testing

@testable import TaizhangModel

struct ByteWordProperties {
    /// Bytes the scans look for, their neighbours, and bytes of CJK text.
    static let interesting: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x2C, 0x5C, 0x7F, 0x80, 0xBF,
        0xE2, 0xE3, 0xEF, 0xFF,
    ]

    static func randomWord(_ generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<8).map { _ in
            Bool.random(using: &generator)
                ? interesting.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
        }
    }

    @Test func masksAgreeWithLookingAtEachByte() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = Self.randomWord(&generator)
            let word = bytes.withUnsafeBufferPointer { ByteWord.load($0.baseAddress!, at: 0) }
            let target = Self.interesting.randomElement(using: &generator) ?? 0
            let equal = ByteWord.bytes(word, equalTo: target)
            for (place, byte) in bytes.enumerated() {
                #expect((equal >> (8 * place + 7)) & 1 == (byte == target ? 1 : 0), "\(bytes) \(target)")
            }
            let limit = UInt8.random(in: 1...0x80, using: &generator)
            let below = ByteWord.mayHoldByte(word, below: limit)
            let firstBelow = bytes.firstIndex { $0 < limit }
            #expect((below == 0) == (firstBelow == nil), "\(bytes) below \(limit)")
            if let firstBelow { #expect(ByteWord.firstMarked(below) == firstBelow, "\(bytes) below \(limit)") }
            for (place, byte) in bytes.enumerated() where byte >= 0x80 {
                #expect((below >> (8 * place + 7)) & 1 == 0, "\(bytes): \(byte) is never below \(limit)")
            }
        }
    }

    /// A JSON string of any text reads back as that text, whatever sits where in a word.
    @Test func jsonStringsReadBack() throws {
        let pieces = [
            "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "“", "”", "—", "市卫生健康局",
            "abcdefgh", " ", "!", "#", "é", "😀",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            var bytes: [UInt8] = []
            JSONValue.writeString(text, to: &bytes)
            let back = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(back == text, "\(Array(text.unicodeScalars))")
            #expect(!bytes.contains { $0 < 0x20 }, "control bytes are escaped")
        }
    }
}
