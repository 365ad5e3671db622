// SPDX-License-Identifier: Apache-2.0
// Blank templates: lists from a hidden sheet, warnings for departments, locked header, instructions.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTemplates
import TaizhangTestSupport
import TaizhangText
import TaizhangXLSXWriter

struct TemplateWriterTests {
    static let roster = DepartmentRoster(
        text: """
            # 同仁市
            市卫生健康局\t市卫健局
            市医疗保障局，市医保局
            市财政局
            """)

    private func progressTemplate(rows: Int = 30, roster: DepartmentRoster? = roster) throws -> (
        TemporaryFolder, String
    ) {
        let folder = try TemporaryFolder()
        let path = folder.file("blank.xlsx")
        let schema = try #require(LedgerSchema.builtIn(named: "progress"))
        try TemplateWriter.write(to: path, options: TemplateOptions(schema: schema, rows: rows, roster: roster))
        return (folder, path)
    }

    @Test func listsComeFromAHiddenSheetByName() throws {
        let (folder, path) = try progressTemplate()
        defer { folder.remove() }
        let workbook = try WorkbookParts.text(of: "xl/workbook.xml", in: path)
        #expect(workbook.contains(#"<sheet name="台账" sheetId="1""#))
        #expect(workbook.contains(#"<sheet name="填表说明" sheetId="3""#))
        #expect(workbook.contains(#"<sheet name="名录" sheetId="2" state="hidden""#))
        #expect(workbook.contains(#"<definedName name="taizhang_list_1">'名录'!$A$2:$A$4</definedName>"#))
        #expect(workbook.contains(#"<definedName name="taizhang_list_3">'名录'!$C$2:$C$5</definedName>"#))
        let lists = try WorkbookParts.text(of: "xl/sharedStrings.xml", in: path)
        for name in ["市卫生健康局", "市医疗保障局", "市财政局", "未启动", "推进中", "已完成", "已逾期"] {
            #expect(lists.contains(name))
        }
    }

    @Test func departmentsWarnAndStatusesStop() throws {
        let (folder, path) = try progressTemplate()
        defer { folder.remove() }
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: path)
        #expect(sheet.contains(#"<dataValidations count="8">"#), "a list or an input message on every column")
        #expect(
            sheet.contains(#"errorStyle="warning""#)
                && WorkbookParts.count(of: #"errorStyle="warning""#, in: sheet) == 2)
        #expect(sheet.contains(#"sqref="C4:C33"><formula1>taizhang_list_1</formula1>"#))
        #expect(sheet.contains(#"sqref="G4:G33"><formula1>taizhang_list_3</formula1>"#))
        #expect(sheet.contains("promptTitle=\"完成时限\""))
    }

    @Test func lockedHeaderAndUnlockedBody() throws {
        let (folder, path) = try progressTemplate()
        defer { folder.remove() }
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: path)
        let styles = try WorkbookParts.text(of: "xl/styles.xml", in: path)
        #expect(sheet.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1""#))
        #expect(
            sheet.contains(#"formatColumns="0" formatRows="0" insertRows="0" deleteRows="0" sort="0" autoFilter="0""#))
        #expect(styles.contains(#"<protection locked="0"/>"#))
        // The thirty prepared rows keep no fixed height, so Excel grows them as clerks type.
        #expect(WorkbookParts.count(of: "customHeight=\"1\"", in: sheet) == 3)
    }

    @Test func instructionsExplainEveryColumnAndTheTimeLimitForms() throws {
        let (folder, path) = try progressTemplate()
        defer { folder.remove() }
        let sharedStrings = try WorkbookParts.text(of: "xl/sharedStrings.xml", in: path)
        let schema = try #require(LedgerSchema.builtIn(named: "progress"))
        for column in schema.columns {
            #expect(sharedStrings.contains(column.help))
        }
        #expect(sharedStrings.contains("完成时限的写法") && sharedStrings.contains("长期坚持、持续推进、常态化推进"))
    }

    @Test func aLongRosterStaysARangeReference() throws {
        // 300 names are far past the 255 characters of an inline list (libxlsxwriter 1.1.4 issue 394).
        let text = (1...300).map { "某某县第\($0)人民政府办公室" }.joined(separator: "\n")
        let (folder, path) = try progressTemplate(roster: DepartmentRoster(text: text))
        defer { folder.remove() }
        let workbook = try WorkbookParts.text(of: "xl/workbook.xml", in: path)
        #expect(workbook.contains(#"'名录'!$A$2:$A$301"#))
        let back = try LedgerFile(path).read()
        #expect(back.ledger.taskCount == 0)
        #expect(back.foundHeader)
    }

    @Test func withoutARosterDepartmentsHaveOnlyAnInputMessage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("blank.xlsx")
        try TemplateWriter.write(to: path, options: TemplateOptions())
        let workbook = try WorkbookParts.text(of: "xl/workbook.xml", in: path)
        #expect(!workbook.contains("名录"))
        let sheet = try WorkbookParts.text(of: "xl/worksheets/sheet1.xml", in: path)
        #expect(!sheet.contains("type=\"list\""))
        #expect(sheet.contains(#"<dataValidations count="5">"#))
    }

    @Test(arguments: [0, TemplateOptions.maximumRows + 1])
    func refusesARowCountOutOfRange(rows: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: LedgerWriteError.self) {
            try TemplateWriter.write(to: folder.file("x.xlsx"), options: TemplateOptions(rows: rows))
        }
        #expect(try folder.contents().isEmpty)
    }
}
