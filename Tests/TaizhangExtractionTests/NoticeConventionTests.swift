// SPDX-License-Identifier: Apache-2.0
// Each department convention of LEDGER-SPEC §3 and each structure quirk, on small notices.

import Testing
import TaizhangCSV
import TaizhangExtraction
import TaizhangTestSupport
import TaizhangModel

/// Extracts a notice given as lines.
private func extract(_ text: String, from source: ExtractionSource = .table) -> Extraction {
    NoticeExtractor.extract(lines: NoticeText.lines(text.components(separatedBy: "\n")), file: "n.txt", from: source)
}

private func departments(_ extraction: Extraction) -> [[String]] {
    extraction.ledger.entries.map {
        [$0.task.sequence.raw, $0.task.lead.joined(separator: "、"), $0.task.cooperating.joined(separator: "、")]
    }
}

struct NoticeConventionTests {
    @Test func aTrailingParenthesisNamesTheLeadFirst() {
        let extraction = extract(
            """
            某市人民政府办公室关于印发2021年医改重点工作的通知
            一、深化改革
            （一）推进集中采购。扩大采购范围。（市医保局、市卫生健康委、市财政局等按职责分工负责）
            （二）推广经验。因地制宜推广。（市卫生健康委等市医改领导小组成员单位按职责分工负责）
            （三）建设信息平台。（市政务服务和大数据局、遂宁海关等按职责分工负责）
            """)
        #expect(
            departments(extraction) == [
                ["(一)", "市医保局", "市卫生健康委、市财政局"],
                ["(二)", "市卫生健康委", "市医改领导小组成员单位"],
                ["(三)", "市政务服务和大数据局", "遂宁海关"],
            ])
        #expect(extraction.ledger.entries.first?.task.text == "推进集中采购。扩大采购范围。")
        #expect(extraction.ledger.entries.first?.sectionPath.map(\.title) == ["深化改革"])
    }

    @Test func labelLinesAfterATaskIncludingTheNoticesOwnSlip() {
        let extraction = extract(
            """
            一、加强监管
            (一) 完善综合监管。建立督察机制，强化结果运用。
            责任单位：市卫生健康局、财政局
            配合单位：市委编办，市发展和改革局、人力资源
            和社会保障局
            (二)加强基金监管。建立常态机制。
            配合单位: 市医疗保障局
            配合单位: 市卫生健康局、发展和改革局
            """)
        #expect(
            departments(extraction) == [
                ["(一)", "市卫生健康局、财政局", "市委编办、市发展和改革局、人力资源和社会保障局"],
                ["(二)", "市医疗保障局", "市卫生健康局、发展和改革局"],
            ])
        #expect(extraction.findings.map(\.summary) == ["line 6 uncertain-extraction"])
        #expect(extraction.findings.first?.arguments["reason"] == "label-slip")
    }

    @Test func aConventionStatedOnceHoldsFromThere() {
        let extraction = extract(
            """
            一、财政保障
            1.落实投入政策。（责任单位：区财政局、区人社局、区卫计委，列在第一位的为牵头单位，下同）
            2.完善补偿机制。
            责任单位：区卫计委、区医保局
            """)
        #expect(
            departments(extraction) == [
                ["1", "区财政局", "区人社局、区卫计委"],
                ["2", "区卫计委", "区医保局"],
            ])
    }

    @Test func aNoticeWithoutDepartmentsGivesEmptyLeadsAndSaysSo() {
        let extraction = extract(
            """
            一、重点任务
            （一）开展专项行动。全面排查隐患。
            （二）完善长效机制。建立健全制度。
            """)
        #expect(extraction.ledger.taskCount == 2)
        #expect(extraction.ledger.entries.allSatisfy { $0.task.lead.isEmpty })
        #expect(extraction.findings.compactMap { $0.arguments["reason"] } == ["no-departments", "no-departments"])
    }

    @Test func aHeadingTypedInTheWrongStyleIsStillATask() {
        let extraction = extract(
            """
            一、深化改革
            （五）推进医保支付改革。扩大病种范围。（市医保局负责）
            （六）加强价格管理。建立调整机制。（市医保局负责）
            七、强化药品保障。落实用药政策。（市卫生健康局负责）
            二、加强监管
            （八）完善综合监管。建立督察机制。（市卫生健康局负责）
            """)
        #expect(extraction.ledger.entries.map(\.task.sequence.raw) == ["(五)", "(六)", "七", "(八)"])
        #expect(
            extraction.ledger.entries.map { $0.sectionPath.map(\.title) } == [["深化改革"], ["深化改革"], ["深化改革"], ["加强监管"]])
        #expect(extraction.findings.compactMap { $0.arguments["reason"] } == ["heading-style"])
    }

    @Test func aPagePrintedTwiceGivesEachTaskOnce() {
        let page = """
            一、深化改革
            （一）推进集中采购。扩大采购范围。（市医保局负责）
            （二）推广经验。因地制宜推广。（市卫生健康委负责）
            """
        let extraction = extract(page + "\n扫一扫在手机打开当前页\n打印\n" + page)
        #expect(extraction.ledger.taskCount == 2)
    }

    @Test func webPageDebrisAndClosingRemarksAreNotTasks() {
        let extraction = extract(
            """
            政府信息公开
              •  文       号:绍政发[2016]36号
              •  发布机构:绍兴市人民政府
              •  成文日期: 2016-08-01
            绍兴市人民政府关于进一步加强安全生产工作的意见
            来源:绍兴市人民政府 发布时间:2016-08-02 浏览次数: 字体: [ ] 打印
            一、落实责任
            （一）健全责任体系。层层签订责任书。（市安监局负责）
            各地各部门要高度重视，认真抓好落实。
            绍兴市人民政府
            2016年8月1日
            扫一扫在手机打开当前页
            """)
        #expect(extraction.ledger.taskCount == 1)
        #expect(extraction.ledger.entries.first?.task.text == "健全责任体系。层层签订责任书。")
        #expect(extraction.metadata.documentNumber == "绍政发[2016]36号")
        #expect(extraction.metadata.issuer == "绍兴市人民政府")
        #expect(extraction.metadata.date == "2016-08-01")
        #expect(extraction.metadata.year == 2016)
        #expect(extraction.ledger.title == "进一步加强安全生产工作台账")
    }

    @Test func anAttachedTableWithMergedCellsRestored() {
        let extraction = extract(
            """
            某市2021年重点工作台账
            序号\t重点工作\t责任部门\t配合部门\t时限要求
            一\t第一部分\t\t\t
            1\t任务一。\t市卫生健康局\t——\t10月底
            2\t任务二。\t市卫生健康局 ——\t10月底前 出台文件
            3\t任务三。\t市卫生健康局 市财政局\t市发展和改革局 12月底
            4\t任务四。\t市财政局 市卫生健康局\t—— 12月底
            5\t任务五。\t市卫生健康局 市农牧和科技局\t12月底前完成阶段性目标
            二 第二部分\t\t\t\t
            6\t<p>任务六。</p>\t——\t市卫生健康局\t12月底
            """)
        #expect(
            departments(extraction) == [
                ["1", "市卫生健康局", ""],
                ["2", "市卫生健康局", ""],
                ["3", "市卫生健康局、市财政局", "市发展和改革局"],
                ["4", "市财政局、市卫生健康局", ""],
                ["5", "市卫生健康局", "市农牧和科技局"],
                ["6", "", "市卫生健康局"],
            ])
        #expect(
            extraction.ledger.entries.map(\.task.deadline.text)
                == ["10月底", "10月底前出台文件", "12月底", "12月底", "12月底前完成阶段性目标", "12月底"])
        #expect(extraction.ledger.entries.last?.task.text == "任务六。")
        #expect(extraction.ledger.allSections.map(\.heading?.title) == ["第一部分", "第二部分"])
        #expect(extraction.ledger.entries.first?.task.deadline.due?.iso == "2021-10-31")
        #expect(extraction.findings.compactMap { $0.arguments["sequence"] } == ["5"])
    }

    @Test func theUserChoosesTheNarrativeOverTheTable() {
        let notice = """
            一、深化改革
            （一）推进集中采购。扩大采购范围。（市医保局负责）
            附件
            序号\t重点工作\t责任部门\t配合部门\t时限要求
            1\t推进集中采购。\t市医保局\t——\t12月底
            2\t推广经验。\t市卫生健康委\t——\t12月底
            """
        #expect(extract(notice).ledger.taskCount == 2)
        #expect(extract(notice).source == .table)
        let text = extract(notice, from: .text)
        #expect(text.ledger.taskCount == 1 && text.source == .text)
    }
}

struct NoticeFileTests {
    @Test func readsAGB18030NoticeAsSavedFromWordOnChineseWindows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "某市人民政府关于做好2023年防汛工作的通知\r\n一、落实责任\r\n（一）压实防汛责任。逐级落实。（市水利局、市应急局负责）\r\n"
        let bytes = try TextEncoder.encode(text, as: "GB18030", file: "n.txt")
        let path = try folder.write("notice.txt", bytes)
        let extraction = try NoticeExtractor.extract(path: path)
        // "X、Y负责" with no lead designated: all listed lead (../shared/notices/real/README.md).
        #expect(extraction.ledger.entries.map(\.task.lead) == [["市水利局", "市应急局"]])
        #expect(extraction.ledger.year == 2023)
        #expect(extraction.ledger.entries.first?.task.source?.line == 3)
    }

    @Test func aMissingOrBrokenFileIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: LedgerReadError.self) { try NoticeExtractor.extract(path: folder.file("none.txt")) }
        let fake = try folder.write("fake.docx", Array("not a zip".utf8))
        #expect(throws: LedgerReadError.self) { try NoticeExtractor.extract(path: fake) }
    }
}

struct HostileWordDocumentTests {
    /// A .docx is read through the same guarded zip and XML layer as workbooks.
    @Test func entitiesAndBombsAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let entities = """
            <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """
        let withEntities = try WorkbookBuilder.zip(
            [("word/document.xml", Array(entities.utf8))], to: folder.file("e.docx"))
        #expect { try NoticeExtractor.extract(path: withEntities) } throws: {
            ($0 as? LedgerReadError)?.code == .unsafeXML
        }
        let bomb =
            "<w:document><w:body><w:p><w:r><w:t>" + String(repeating: "一", count: 8_000_000)
            + "</w:t></w:r></w:p></w:body></w:document>"
        let bombPath = try WorkbookBuilder.zip([("word/document.xml", Array(bomb.utf8))], to: folder.file("b.docx"))
        #expect { try NoticeExtractor.extract(path: bombPath) } throws: {
            ($0 as? LedgerReadError)?.code == .limitExceeded
        }
    }
}

struct ExampleNoticeTests {
    /// `Examples/notice-2022/ledger.json` is what `taizhang extract` makes of the example notice;
    /// re-record with RECORD_SNAPSHOTS=1 (the run then fails).
    @Test func extractsTheGoldenLedger() throws {
        let notice = Fixtures.example("notice-2022/notice.txt")
        let json = try NoticeExtractor.extract(path: notice, name: "Examples/notice-2022/notice.txt").ledger
            .interchangeJSON
        let golden = Fixtures.example("notice-2022/ledger.json")
        guard let expected = try Golden.expected(json, at: golden) else {
            Issue.record("recorded \(golden); run again without RECORD_SNAPSHOTS")
            return
        }
        #expect(json == expected)
    }
}
