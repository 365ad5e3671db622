// SPDX-License-Identifier: Apache-2.0
// Guessing a CSV file's delimiter from its first records.

/// Picks the delimiter (comma, tab or semicolon) that splits a file's first records most evenly.
public enum DelimiterSniffer {
    /// The delimiters tried, in order of preference on a tie.
    public static let candidates: [UInt8] = [0x2C, 0x09, 0x3B]

    /// The delimiter whose most common field count (above one) is shared by the most records
    /// among the first `sampleRecords`; a comma when nothing splits.
    public static func sniff(_ utf8: [UInt8], sampleRecords: Int = 50) -> UInt8 {
        let sample = Array(utf8.prefix(256 * 1024))
        var best: (delimiter: UInt8, score: Int) = (0x2C, 0)
        for candidate in candidates {
            var tokenizer = CSVTokenizer(delimiter: candidate)
            tokenizer.consume(sample)
            var records = tokenizer.takeRecords()
            if records.count < sampleRecords, let rest = try? tokenizer.finish() { records += rest }
            let counts = records.prefix(sampleRecords).map(\.cells.count).filter { $0 > 1 }
            var frequency: [Int: Int] = [:]
            for count in counts { frequency[count, default: 0] += 1 }
            let score = frequency.values.max() ?? 0
            if score > best.score { best = (candidate, score) }
        }
        return best.delimiter
    }
}
