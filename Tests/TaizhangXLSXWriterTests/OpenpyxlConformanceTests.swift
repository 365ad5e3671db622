// SPDX-License-Identifier: Apache-2.0
// Another program reads what we wrote: openpyxl sees our merges, lists, print settings and protection.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangTemplates
import TaizhangTestSupport
import TaizhangText
import TaizhangXLSXWriter

/// Runs `scripts/inspect-xlsx.py` (openpyxl) on written files. Under CI (`CI=true`) openpyxl must
/// be installed (scripts/test installs it); elsewhere the suite is skipped without it.
@Suite(.enabled(if: Python.hasOpenpyxl))
struct OpenpyxlConformanceTests {
    fileprivate func inspect(_ path: String) throws -> Inspection {
        let script = Fixtures.packageRoot.path + "/scripts/inspect-xlsx.py"
        return try JSONDecoder().decode(Inspection.self, from: try Python.run([script, path]))
    }

}

extension OpenpyxlConformanceTests {
    fileprivate struct Inspection: Decodable {
        struct Sheet: Decodable {
            struct Validation: Decodable {
                var type: String?
                var formula: String?
                var ranges: String
                var errorStyle: String?
                var promptTitle: String?
            }
            var name: String
            var state: String
            var merged: [String]
            var freeze: String?
            var autofilter: String?
            var orientation: String?
            var paperSize: Int?
            var fitToHeight: Int?
            var fitToPage: Bool
            var centered: Bool?
            var printTitleRows: String?
            var footer: String?
            var protected: Bool
            var validations: [Validation]
            var conditionalFormats: [[String: AnyCodable]]
            var hiddenColumns: [String]
        }
        struct Properties: Decodable {
            var title: String?
            var subject: String?
            var creator: String?
        }
        var sheets: [Sheet]
        var definedNames: [String: String]
        var properties: Properties
    }

    /// Any JSON value, kept only to be counted.
    fileprivate struct AnyCodable: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}

extension OpenpyxlConformanceTests {
    @Test func readsTheLedgersLayoutAndPrintSettings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("tongren.xlsx")
        let ledger = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read().ledger
        try LedgerFile.write(ledger, to: path, format: .xlsx)
        let sheet = try #require(try inspect(path).sheets.first)
        // The sheet's rows are the grid's, 1-based: title, header, then sections and tasks.
        let sectionRows = LedgerGrid(ledger, schema: .standard).rows.enumerated().compactMap { index, row in
            if case .section = row.kind { index + 1 } else { nil }
        }
        #expect(sectionRows.count == 7)
        #expect(sheet.merged.sorted() == (["A1:E1"] + sectionRows.map { "B\($0):E\($0)" }).sorted())
        #expect(sheet.freeze == "A3")
        #expect(sheet.autofilter == "A2:E57")
        #expect(sheet.orientation == "landscape" && sheet.paperSize == 9)
        #expect(sheet.fitToPage && sheet.fitToHeight == 0 && sheet.centered == true)
        #expect(sheet.printTitleRows == "$1:$2")
        #expect(sheet.footer == "第 &P 页，共 &N 页")
        #expect(!sheet.protected)
        let properties = try inspect(path).properties
        #expect(properties.title == "同仁市2021年综合医改重点工作台账")
    }

    @Test func readsTheTemplatesListsAndProtection() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("blank.xlsx")
        let schema = try #require(LedgerSchema.builtIn(named: "progress"))
        let roster = DepartmentRoster(text: "市卫生健康局\n市医疗保障局\n市财政局\n")
        try TemplateWriter.write(to: path, options: TemplateOptions(schema: schema, rows: 20, roster: roster))
        let inspection = try inspect(path)
        #expect(inspection.sheets.map(\.name) == ["台账", "名录", "填表说明"])
        #expect(inspection.sheets.map(\.state) == ["visible", "hidden", "visible"])
        let sheet = inspection.sheets[0]
        #expect(sheet.protected)
        let lists = sheet.validations.filter { $0.type == "list" }
        #expect(lists.map(\.ranges) == ["C4:C23", "D4:D23", "G4:G23"])
        #expect(lists.map(\.errorStyle) == ["warning", "warning", nil])
        #expect(inspection.definedNames["taizhang_list_1"] == "'名录'!$A$2:$A$4")
        #expect(sheet.validations.count == 8)
    }

    @Test func readsTheOverdueRuleAndTheHiddenDueColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ledger = try LedgerFile(Fixtures.example("tongren-2021/ledger.csv")).read().ledger
        ledger.body.subsections[0].tasks[0].status = "推进中"
        let path = folder.file("status.xlsx")
        try LedgerFile.write(ledger, to: path, format: .xlsx)
        let sheet = try #require(try inspect(path).sheets.first)
        #expect(sheet.hiddenColumns == ["G"])
        #expect(sheet.conditionalFormats.count == 1)
    }
}
