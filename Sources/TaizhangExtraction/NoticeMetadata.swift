// SPDX-License-Identifier: Apache-2.0
// What a notice says about itself: title, document number (文号), issuing body, date, ledger year.

import TaizhangModel
import TaizhangText

/// The heading facts of a notice.
public struct NoticeMetadata: Sendable, Equatable {
    /// The notice's title, e.g. "遂宁市人民政府办公室关于推进医药卫生体制改革2021年重点工作的通知".
    public var title: String?
    /// The document number, e.g. "遂府办函〔2021〕40号".
    public var documentNumber: String?
    /// The issuing body, e.g. "遂宁市人民政府办公室".
    public var issuer: String?
    /// The date it was written or issued, as written ("2021年9月18日", "2021-09-18").
    public var date: String?
    /// The year its tasks are for.
    public var year: Int?

    /// Reads the metadata from a notice's lines.
    ///
    /// The title is the first line (or two) that reads "…关于…的通知" (or 意见/方案/办法); the 文号 the first
    /// document number; the issuer the "发布机构" of a web page, else the words before 关于 in the
    /// title; the date "成文日期", else the last dated line (the signature's); the year the
    /// title's, else the document number's.
    init(lines: [NoticeLine]) {
        let texts = lines.map(\.text).filter { !$0.isEmpty }
        let kinds = ["通知", "意见", "方案", "办法", "要点", "计划"]
        // A title may be printed over two lines: "国务院办公厅关于加快发展" / "体育竞赛表演产业的指导意见".
        let head = Array(texts.prefix(60))
        let candidates = head.indices.map { index in
            index + 1 < head.count && head[index].contains("关于") && !kinds.contains(where: head[index].hasSuffix)
                ? head[index] + head[index + 1] : head[index]
        }
        title = candidates.first { line in
            line.contains("关于") && kinds.contains { line.hasSuffix($0) } && line.count <= 100
        }
        documentNumber = texts.prefix(60).lazy.compactMap(DocumentNumber.find(in:)).first
        issuer = NoticeMetadata.field("发布机构", in: texts)
        if issuer == nil, let title, let range = title.range(of: "关于") {
            let before = title[..<range.lowerBound].trimmingLedgerWhitespace()
            if !before.isEmpty { issuer = before }
        }
        date =
            NoticeMetadata.field("成文日期", in: texts)
            ?? texts.reversed().first(where: NoticeMetadata.isDateLine)
            .map { $0.replacingAll("印发", with: "").trimmingLedgerWhitespace() }
        year =
            title.flatMap(LedgerYear.find(in:)) ?? documentNumber.flatMap(NoticeMetadata.bracketYear)
            ?? date.flatMap(NoticeMetadata.leadingYear)
    }

    /// The year in a document number's brackets: "绍政发[2016]36号" → 2016.
    private static func bracketYear(_ number: String) -> Int? {
        let scalars = Array(number.unicodeScalars)
        guard let open = scalars.firstIndex(where: { "〔[［(（【".unicodeScalars.contains($0) }),
            open + 5 < scalars.count
        else { return nil }
        return Int(String(String.UnicodeScalarView(scalars[(open + 1)...(open + 4)])))
    }

    /// The year a date starts with: "2016-08-01", "2021年9月18日".
    private static func leadingYear(_ date: String) -> Int? {
        Int(String(date.prefix(4)))
    }

    /// The value of a web page's "• 名  称:值" line, spaces inside the label ignored.
    private static func field(_ label: String, in texts: [String]) -> String? {
        for text in texts.prefix(40) {
            let compact = text.filter { $0 != " " && $0 != "\u{3000}" && $0 != "•" }
            guard compact.hasPrefix(label) else { continue }
            let value = compact.dropFirst(label.count).drop { $0 == ":" || $0 == "：" }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// "2021年9月18日", "2021年10月28日印发".
    private static func isDateLine(_ text: String) -> Bool {
        guard text.count <= 16, text.hasPrefix("20") || text.hasPrefix("19") else { return false }
        return text.contains("年") && text.contains("月") && text.contains("日")
    }
}
