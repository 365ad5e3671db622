// SPDX-License-Identifier: Apache-2.0
// Finding the year a ledger's time limits refer to, in its title.

import TaizhangModel

/// Reads the ledger year from a title such as "同仁市2021年综合医改重点工作台账".
public enum LedgerYear {
    /// The first year written as four digits followed by 年 (spaces allowed: "同仁市 2021 年"), or `nil`.
    public static func find(in text: String) -> Int? {
        let scalars = Array(text.halfWidthFolded.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let window = scalars[index..<(index + 4)]
            let isDigits = window.allSatisfy { $0.isASCII && $0.properties.numericType == .decimal }
            let startsNumber =
                index == 0 || !(scalars[index - 1].isASCII && scalars[index - 1].properties.numericType == .decimal)
            if isDigits, startsNumber, let year = Int(String(String.UnicodeScalarView(window))),
                (1949...2200).contains(year)
            {
                var next = index + 4
                while next < scalars.count, scalars[next].isLedgerWhitespace { next += 1 }
                if next < scalars.count, scalars[next] == "年" { return year }
            }
            index += 1
        }
        return nil
    }
}
