// SPDX-License-Identifier: Apache-2.0
// Reading a time limit (完成时限) as clerks write it (LEDGER-SPEC §4) into a kind and a due date.

import TaizhangModel

/// Interprets time-limit text relative to the ledger's year.
///
/// ```swift
/// let parser = DeadlineParser(year: 2021)
/// parser.parse("10月底前出台文件")  // month-end, due 2021-10-31, note "出台文件"
/// parser.parse("长期")              // ongoing, no due date
/// ```
public struct DeadlineParser: Sendable {
    /// The ledger's year; phrases without a year ("12月底", "年内") refer to it.
    public var year: Int?

    /// Creates a parser for a ledger year.
    public init(year: Int?) {
        self.year = year
    }

    /// The meaning of a time-limit cell. The text is kept as written (trimmed).
    public func parse(_ rawText: String) -> Deadline {
        let text = CellText.clean(rawText)
        if CellText.isPlaceholder(text) { return Deadline(text: text, kind: .none) }
        let scalars = Array(text.halfWidthFolded.unicodeScalars.filter { !$0.isLedgerWhitespace })
        if let serial = excelSerial(scalars) {
            return Deadline(text: text, kind: .date, due: serial)
        }
        var scanner = PhraseScanner(scalars: scalars, ledgerYear: year)
        let phrases = scanner.scanAll()
        // A day that does not exist means nothing trustworthy: the clerk must look (unparsed-deadline).
        if scanner.foundImpossibleDate { return Deadline(text: text, kind: .unparsed) }
        let joined = String(String.UnicodeScalarView(scalars))
        guard let last = phrases.last else {
            let kind: Deadline.Kind = ongoingWords.contains(where: joined.contains) ? .ongoing : .unparsed
            return Deadline(text: text, kind: kind)
        }
        // A later phrase is the one that counts ("6月底前完成初稿，12月底前全面完成"), and a range is due at its end.
        let isRange = phrases.count >= 2 && phrases[phrases.count - 2].isFollowedByRangeSeparator
        var kind = isRange ? .range : last.kind
        if joined.contains("阶段") && !isRange { kind = .phased }
        let due = phrases.compactMap(\.due).max()
        let note = Self.note(after: last.end, in: scalars)
        return Deadline(text: text, kind: kind, due: due, note: note)
    }

    private let ongoingWords = [
        "长期", "持续", "常态", "每月", "每季", "每年", "每周", "定期", "按月", "按季", "随时",
        "动态", "逐年", "贯穿全年", "全年推进",
    ]

    /// A whole cell that is an Excel date serial (a date column saved as numbers): 1982-01-01 … 2119.
    private func excelSerial(_ scalars: [Unicode.Scalar]) -> CalendarDate? {
        guard scalars.count == 5, scalars.allSatisfy({ $0.properties.numericType == .decimal && $0.isASCII }),
            let serial = Int(String(String.UnicodeScalarView(scalars))), (30_000...80_000).contains(serial)
        else { return nil }
        return CalendarDate(excelSerial: serial)
    }

    /// What the text says is due after its date: "10月底前出台文件" → "出台文件".
    private static func note(after end: Int, in scalars: [Unicode.Scalar]) -> String? {
        var rest = String(String.UnicodeScalarView(scalars[end...]))
        for prefix in ["之前", "以前", "前", "止", "内"] where rest.hasPrefix(prefix) {
            rest.removeFirst(prefix.count)
            break
        }
        while let first = rest.unicodeScalars.first, ",，.。;；:：、)）".unicodeScalars.contains(first) {
            rest.removeFirst()
        }
        return rest.isEmpty ? nil : rest
    }
}

// MARK: - Scanning date phrases

/// A date phrase found in the text: what it means and where it ends.
private struct Phrase {
    var kind: Deadline.Kind
    var due: CalendarDate?
    var end: Int
    var isFollowedByRangeSeparator = false
}

private struct PhraseScanner {
    let scalars: [Unicode.Scalar]
    let ledgerYear: Int?
    var position = 0
    /// Whether a date that cannot be was written (2月30日, 2021年13月, 2021-02-30).
    private(set) var foundImpossibleDate = false

    init(scalars: [Unicode.Scalar], ledgerYear: Int?) {
        self.scalars = scalars
        self.ledgerYear = ledgerYear
    }

    static let rangeSeparators: Set<Unicode.Scalar> = Set("-‐‑–—―~～至到".unicodeScalars)

    mutating func scanAll() -> [Phrase] {
        var phrases: [Phrase] = []
        while position < scalars.count {
            if var phrase = scanPhrase() {
                if position < scalars.count, PhraseScanner.rangeSeparators.contains(scalars[position]) {
                    phrase.isFollowedByRangeSeparator = true
                }
                phrases.append(phrase)
            } else if scalars[position].isASCII, scalars[position].properties.numericType == .decimal {
                // Never start inside a number: "13月" is no month, and must not read as "3月".
                while position < scalars.count, scalars[position].isASCII,
                    scalars[position].properties.numericType == .decimal
                {
                    position += 1
                }
            } else {
                position += 1
            }
        }
        return phrases
    }

    private func at(_ offset: Int) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    private func matches(_ word: String, offset: Int = 0) -> Bool {
        for (index, scalar) in word.unicodeScalars.enumerated() where at(offset + index) != scalar {
            return false
        }
        return true
    }

    /// A number at the current position: ASCII digits, or a Chinese numeral (for months and quarters).
    private func number(from offset: Int) -> (value: Int, length: Int, isDigits: Bool)? {
        var length = 0
        while let scalar = at(offset + length), scalar.isASCII, scalar.properties.numericType == .decimal {
            length += 1
        }
        if length > 0 {
            let digits = String(String.UnicodeScalarView(scalars[(position + offset)..<(position + offset + length)]))
            return Int(digits).map { ($0, length, true) }
        }
        while let scalar = at(offset + length), ChineseNumeral.digitScalars.contains(scalar) { length += 1 }
        guard length > 0 else { return nil }
        let numeral = String(String.UnicodeScalarView(scalars[(position + offset)..<(position + offset + length)]))
        // 〇 and 零 spell years digit by digit: 二〇二一.
        if let value = ChineseNumeral.value(of: numeral) { return (value, length, false) }
        let digitByDigit = numeral.unicodeScalars.compactMap { scalar -> Int? in
            ["〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9][scalar]
        }
        guard digitByDigit.count == length, length == 4 else { return nil }
        return (digitByDigit.reduce(0) { $0 * 10 + $1 }, length, false)
    }

    private mutating func scanPhrase() -> Phrase? {
        if let phrase = scanKeyword() { return phrase }
        if let phrase = scanQuarter() { return phrase }
        if let phrase = scanNumericDate() { return phrase }
        return scanCalendarPhrase()
    }

    /// 年底, 年末, 年内, 上半年, 下半年, 年中, 本年度, 次年…
    private mutating func scanKeyword() -> Phrase? {
        let keywords: [(String, Deadline.Kind, (Int) -> CalendarDate?)] = [
            ("上半年", .halfEnd, { CalendarDate(year: $0, month: 6, day: 30) }),
            ("下半年", .halfEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("年中", .halfEnd, { CalendarDate(year: $0, month: 6, day: 30) }),
            ("年底", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("年末", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("年内", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("全年", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("本年度", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
            ("年度内", .yearEnd, { CalendarDate(year: $0, month: 12, day: 31) }),
        ]
        for (word, kind, date) in keywords where matches(word) {
            position += word.unicodeScalars.count
            return Phrase(kind: kind, due: ledgerYear.flatMap(date), end: position)
        }
        return nil
    }

    /// 第三季度, 三季度末, 一季末, 第4季度.
    private mutating func scanQuarter() -> Phrase? {
        var offset = matches("第") ? 1 : 0
        guard let number = number(from: offset), (1...4).contains(number.value) else { return nil }
        offset += number.length
        if matches("季度", offset: offset) {
            offset += 2
        } else if matches("季", offset: offset) {
            offset += 1
        } else {
            return nil
        }
        if let next = at(offset), "末底".unicodeScalars.contains(next) { offset += 1 }
        position += offset
        let due = ledgerYear.flatMap { CalendarDate.endOf(month: number.value * 3, year: $0) }
        return Phrase(kind: .quarterEnd, due: due, end: position)
    }

    /// 2021-12-31, 2021/12/31, 2021.12.31.
    private mutating func scanNumericDate() -> Phrase? {
        guard let year = number(from: 0), year.isDigits, year.length == 4,
            let separator = at(4), "-/.".unicodeScalars.contains(separator),
            let month = number(from: 5), month.isDigits, month.length <= 2,
            at(5 + month.length) == separator,
            let day = number(from: 6 + month.length), day.isDigits, day.length <= 2
        else { return nil }
        guard let date = CalendarDate(year: year.value, month: month.value, day: day.value) else {
            foundImpossibleDate = true
            return nil
        }
        position += 6 + month.length + day.length
        return Phrase(kind: .date, due: date, end: position)
    }

    /// [YYYY年][M月[底|末|份|上旬|中旬|下旬]][D日|号], "2021年底", "2017-2020年", "次年3月".
    private mutating func scanCalendarPhrase() -> Phrase? {
        var offset = 0
        var year = ledgerYear
        var sawYear = false
        if matches("次年") || matches("明年") {
            year = ledgerYear.map { $0 + 1 }
            offset = 2
            sawYear = true
        } else if let number = number(from: 0), number.length == 4, (1900...2200).contains(number.value) {
            let unitIndex = number.length
            if at(unitIndex) == "年" {
                year = number.value
                offset = unitIndex + 1
                sawYear = true
                if let next = at(offset), "底末".unicodeScalars.contains(next) {
                    position += offset + 1
                    return Phrase(
                        kind: .yearEnd, due: CalendarDate(year: number.value, month: 12, day: 31), end: position)
                }
            } else if let next = at(unitIndex), PhraseScanner.rangeSeparators.contains(next) {
                // "2017—2020年": a bare year that starts a range.
                position += unitIndex
                return Phrase(kind: .yearEnd, due: CalendarDate(year: number.value, month: 12, day: 31), end: position)
            }
        }
        if let month = number(from: offset), month.isDigits, !(1...12).contains(month.value),
            at(offset + month.length) == "月", sawYear || offset == 0
        {
            foundImpossibleDate = true
        }
        guard let month = number(from: offset), (1...12).contains(month.value), at(offset + month.length) == "月" else {
            guard sawYear, let year else { return nil }
            position += offset
            return Phrase(kind: .yearEnd, due: CalendarDate(year: year, month: 12, day: 31), end: position)
        }
        offset += month.length + 1
        // A day: "12月31日", "6月30号".
        if let day = number(from: offset), let unit = at(offset + day.length), unit == "日" || unit == "号" {
            position += offset + day.length + 1
            // Without a year, 2月29日 may be; 2月30日 never is.
            if CalendarDate(year: year ?? 2024, month: month.value, day: day.value) == nil {
                foundImpossibleDate = true
            }
            guard let year, let date = CalendarDate(year: year, month: month.value, day: day.value) else {
                return Phrase(kind: .date, due: nil, end: position)
            }
            return Phrase(kind: .date, due: date, end: position)
        }
        let tenDays: [(String, Int)] = [("上旬", 10), ("中旬", 20)]
        for (word, day) in tenDays where matches(word, offset: offset) {
            position += offset + 2
            return Phrase(
                kind: .date, due: year.flatMap { CalendarDate(year: $0, month: month.value, day: day) },
                end: position)
        }
        for word in ["下旬", "底", "末", "份", "初"] where matches(word, offset: offset) {
            offset += word.unicodeScalars.count
            break
        }
        position += offset
        return Phrase(
            kind: .monthEnd, due: year.flatMap { CalendarDate.endOf(month: month.value, year: $0) },
            end: position)
    }
}
