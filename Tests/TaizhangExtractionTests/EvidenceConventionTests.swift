// SPDX-License-Identifier: Apache-2.0
// One small notice per kind of evidence notices carry: numbering, department clauses, tables,
// and the findings for what becomes no task. The texts are made up for these tests.

import Testing
import TaizhangExtraction
import TaizhangModel

private func extract(_ text: String, from source: ExtractionSource = .table) -> Extraction {
    NoticeExtractor.extract(lines: NoticeText.lines(text.components(separatedBy: "\n")), file: "n.txt", from: source)
}

/// Sequence, lead and cooperating units of each task, joined for short comparisons.
private func rows(_ extraction: Extraction) -> [String] {
    extraction.ledger.entries.map {
        "\($0.task.sequence.raw)|\($0.task.lead.joined(separator: "、"))|\($0.task.cooperating.joined(separator: "、"))"
    }
}

private func reasons(_ extraction: Extraction) -> [String] {
    extraction.findings.compactMap { $0.arguments["reason"] }
}

struct NumberingTests {
    @Test func levelsComeFromTheNoticesOwnOrderOfStyles() {
        // Arabic items on top, Chinese ones under them: the reverse of the usual nesting.
        let extraction = extract(
            """
            1.稳定粮食生产
            （一）落实播种面积。确保面积不减。（县农业农村局负责）
            （二）加强农田建设。新建高标准农田。（县农业农村局负责）
            2.发展特色产业
            （一）壮大茶叶产业。新增茶园。（县林业局负责）
            """)
        #expect(rows(extraction) == ["(一)|县农业农村局|", "(二)|县农业农村局|", "(一)|县林业局|"])
        #expect(
            extraction.ledger.entries.map { $0.sectionPath.map(\.title) }
                == [["稳定粮食生产"], ["稳定粮食生产"], ["发展特色产业"]])
    }

    @Test func aSubHeadingWithItemsUnderItIsNoTask() {
        let extraction = extract(
            """
            一、改善生态环境
            （一）大气污染防治
            1.淘汰燃煤小锅炉。年内全部淘汰。（市生态环境局负责）
            2.治理扬尘污染。加强工地管理。（市住建局负责）
            （二）水污染防治
            3.整治黑臭水体。完成5条整治。（市水务局负责）
            """)
        #expect(extraction.ledger.taskCount == 3)
        #expect(extraction.ledger.entries.last?.sectionPath.map(\.title) == ["改善生态环境", "水污染防治"])
    }

    @Test func everyStyleOfNumberIsRead() {
        let extraction = extract(
            """
            一、总的任务
            1）甲项工作。做好甲。（市甲局负责）
            2）乙项工作。做好乙。（市乙局负责）
            二、具体任务
            １．丙项工作。做好丙。（市丙局负责）
            ２．丁项工作：
            ①戊项工作。做好戊。（市戊局负责）
            ②己项工作。做好己。（市己局负责）
            """)
        #expect(rows(extraction) == ["1|市甲局|", "2|市乙局|", "1|市丙局|", "①|市戊局|", "②|市己局|"])
    }

    @Test func aSkippedSectionNumberStaysAHeading() {
        // "四、" after "二、" matches the count of the items (1–3) but is a title, not a task.
        let extraction = extract(
            """
            一、甲方面
            1.甲一。做甲一。（市甲局负责）
            二、乙方面
            2.乙一。做乙一。（市乙局负责）
            3.乙二。做乙二。（市乙局负责）
            四、丁方面
            4.丁一。做丁一。（市丁局负责）
            """)
        #expect(extraction.ledger.entries.map { $0.sectionPath.map(\.title) } == [["甲方面"], ["乙方面"], ["乙方面"], ["丁方面"]])
        #expect(extraction.findings.isEmpty)
    }

    @Test func decimalNumbersCountWithinTheirParent() {
        let extraction = extract(
            """
            1.交通基础设施
            1.1建设城际铁路。完成投资10亿元。（市发改委负责）
            1.2改造国省干线。改造50公里。（市交通局负责）
            2.水利基础设施
            2.1加固病险水库。完成8座。（市水务局负责）
            1.5亿元用于配套工程建设。
            """)
        #expect(rows(extraction) == ["1.1|市发改委|", "1.2|市交通局|", "2.1|市水务局|"])
        #expect(extraction.ledger.entries.map { $0.sectionPath.map(\.title) } == [["交通基础设施"], ["交通基础设施"], ["水利基础设施"]])
    }

    @Test func numbersWrittenAsSingleCharacters() {
        let extraction = extract(
            """
            ⒈完善制度
            ⑴细化清单。逐项明确。（市乙局负责）
            ⑵压实责任。逐级签订。（市丙局负责）
            ⒉强化考核
            ⑴纳入考评。按季通报。（市丁局负责）
            """)
        #expect(rows(extraction) == ["(1)|市乙局|", "(2)|市丙局|", "(1)|市丁局|"])
        #expect(extraction.ledger.allSections.map(\.heading?.title) == ["完善制度", "强化考核"])
    }

    @Test func aNumberBeforeAFigureIsAnItemWhenTheCountExpectsIt() {
        let extraction = extract(
            """
            一、人才工作
            1.引进高层次人才。全年引进20名。（市人才办负责）
            2.365服务行动。全年不打烊。（市人社局负责）
            3.5G人才培养。培养100名。（市工信局负责）
            """)
        #expect(
            extraction.ledger.entries.map(\.task.text) == [
                "引进高层次人才。全年引进20名。", "365服务行动。全年不打烊。",
                "5G人才培养。培养100名。",
            ])
        #expect(reasons(extraction) == ["number-before-figure", "number-before-figure"])
    }

    @Test func itemsRunTogetherInOneParagraphAreSplitAtTheirNumbers() {
        let extraction = extract(
            """
            一、重点工作
            1.修订应急预案。年内完成修订。责任单位：市应急局、市公安局。2.开展应急演练。每半年一次。责任单位：市应急局。3.储备应急物资。按标准储备。
            """)
        #expect(rows(extraction) == ["1|市应急局、市公安局|", "2|市应急局|", "3||"])
        #expect(
            extraction.ledger.entries.map(\.task.text) == [
                "修订应急预案。年内完成修订。", "开展应急演练。每半年一次。",
                "储备应急物资。按标准储备。",
            ])
        #expect(reasons(extraction) == ["run-on-items", "run-on-items", "no-departments"])
    }
}

struct DepartmentClauseTests {
    @Test func trailingParenthesesWithAnyLabelSetAndSeparator() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（牵头单位：市甲局，配合单位：市乙局、市丙局）
            （二）乙。做乙。（主办单位：市乙局；协办单位：市丙局）
            （三）丙。做丙。（市丙局牵头，市甲局、市乙局参与）
            （四）丁。做丁。（责任单位：市丁局）
            （五）戊。做戊。（市甲局、市戊局负责）
            （六）己。做己。（市己局会同市甲局负责）
            （七）庚。做庚。（牵头部门：市庚局；协同部门：市甲局）
            （八）辛。做辛。【责任单位：市辛局】
            """)
        #expect(
            rows(extraction) == [
                "(一)|市甲局|市乙局、市丙局", "(二)|市乙局|市丙局", "(三)|市丙局|市甲局、市乙局", "(四)|市丁局|",
                "(五)|市甲局、市戊局|", "(六)|市己局|市甲局", "(七)|市庚局|市甲局", "(八)|市辛局|",
            ])
        #expect(extraction.ledger.entries.first?.task.text == "甲。做甲。")
    }

    @Test func labelLinesAfterTheItemWithPersonsSkipped() {
        let extraction = extract(
            """
            一、任务
            1.建设智慧平台。完成一期工程。
            牵头负责领导：张某
            牵头责任单位：县大数据局
            协同责任单位：县财政局、县工信局
            完成时限：2023年9月底前
            2.开展数据治理。清理重复数据。
            责任领导：李某
            责任单位：县大数据局
            """)
        #expect(rows(extraction) == ["1|县大数据局|县财政局、县工信局", "2|县大数据局|"])
        #expect(extraction.ledger.entries.first?.task.deadline.due?.iso == "2023-09-30")
        #expect(extraction.ledger.entries.map(\.task.text) == ["建设智慧平台。完成一期工程。", "开展数据治理。清理重复数据。"])
    }

    @Test func anItemOfSeveralParagraphsKeepsTheLinesAfterIt() {
        let extraction = extract(
            """
            一、任务
            （一）整治河道。清理河道垃圾。
            汛期前完成主要河段清淤。
            责任单位：县水务局
            （二）建设绿道。新建绿道10公里。
            （县林业局负责）
            各单位要按时报送进展。
            """)
        #expect(rows(extraction) == ["(一)|县水务局|", "(二)|县林业局|"])
        #expect(extraction.ledger.entries.map(\.task.text) == ["整治河道。清理河道垃圾。汛期前完成主要河段清淤。", "建设绿道。新建绿道10公里。"])
    }

    @Test func aTimeLimitBesideTheDepartmentsAndAPageNumberBetweenLines() {
        let extraction = extract(
            """
            一、任务
            （一）改造燃气管网。完成老旧管网
            — 3 —
            改造40公里。（牵头单位：县住建局；配合单位：县应急局；完成时限：2023年10月底前）
            """)
        #expect(rows(extraction) == ["(一)|县住建局|县应急局"])
        #expect(extraction.ledger.entries.first?.task.text == "改造燃气管网。完成老旧管网改造40公里。")
        #expect(extraction.ledger.entries.first?.task.deadline.due?.iso == "2023-10-31")
    }

    @Test func labelsInSquareBrackets() {
        let extraction = extract(
            """
            一、任务
            （一）建设口袋公园。新建5处。【牵头单位】市城管局 【配合单位】市自然资源局、市住建局
            （二）改造背街小巷。改造12条。
            【责任单位】市住建局
            """)
        #expect(rows(extraction) == ["(一)|市城管局|市自然资源局、市住建局", "(二)|市住建局|"])
        #expect(extraction.ledger.entries.first?.task.text == "建设口袋公园。新建5处。")
    }

    @Test func aTitleOnItsOwnLineThenItsBody() {
        let extraction = extract(
            """
            一、重点任务
            1.加强队伍建设
            组建专业救援队伍，定期开展培训。
            责任单位：县应急局
            2.完善物资储备
            按标准储备应急物资。
            3.强化督查考核
            将落实情况纳入年度考核。（县委督查室负责）
            各单位要认真抓好落实。
            """)
        #expect(rows(extraction) == ["1|县应急局|", "2||", "3|县委督查室|"])
        #expect(
            extraction.ledger.entries.map(\.task.text)
                == ["加强队伍建设。组建专业救援队伍，定期开展培训。", "完善物资储备。按标准储备应急物资。", "强化督查考核。将落实情况纳入年度考核。"])
    }

    @Test func aSentenceFinalClauseEndsTheTask() {
        let extraction = extract(
            """
            一、任务
            （一）推进垃圾分类。扩大覆盖范围。责任单位：市城管局、各区政府。
            （二）建设中转站。新建3座。牵头单位：市城管局；配合单位：市自然资源局。
            """)
        #expect(rows(extraction) == ["(一)|市城管局、各区政府|", "(二)|市城管局|市自然资源局"])
        #expect(extraction.ledger.entries.map(\.task.text) == ["推进垃圾分类。扩大覆盖范围。", "建设中转站。新建3座。"])
    }

    @Test func aClauseAtTheStartOrInsideASentence() {
        let extraction = extract(
            """
            一、任务
            （一）【牵头单位：市商务局】培育夜间经济。打造夜市街区3条。
            （二）推进智慧停车建设（牵头单位：市城管局；配合单位：市公安局），确保年底前投入使用。
            """)
        #expect(rows(extraction) == ["(一)|市商务局|", "(二)|市城管局|市公安局"])
        #expect(extraction.ledger.entries.map(\.task.text) == ["培育夜间经济。打造夜市街区3条。", "推进智慧停车建设，确保年底前投入使用。"])
    }

    @Test func eachClauseInsideOneItemClosesATask() {
        let extraction = extract(
            """
            一、公开重点
            （一）做好规划公开。发布规划信息。（市规划局负责落实）推进项目公开。公开审批结果。（市发改委、市住建委分别负责落实）
            """)
        #expect(rows(extraction) == ["(一)|市规划局|", "(一)|市发改委、市住建委|"])
        #expect(extraction.ledger.entries.map(\.task.text) == ["做好规划公开。发布规划信息。", "推进项目公开。公开审批结果。"])
    }

    @Test func trailingPunctuationAndRoleWordsAreNeverPartOfAName() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（责任单位：市甲局、市乙局。）
            （二）乙。做乙。
            牵头单位：市乙局；
            配合单位：市丙局、市丁局。
            （三）丙。做丙。（市丙局牵头落实，市甲局等部门配合）
            """)
        #expect(rows(extraction) == ["(一)|市甲局、市乙局|", "(二)|市乙局|市丙局、市丁局", "(三)|市丙局|市甲局"])
    }

    @Test func aTimeLimitOrARemarkInsideAnUnlabelledClauseIsNoUnit() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市甲局负责，2023年6月底前完成）
            （二）乙。做乙。（市乙局牵头，市丙局配合，持续推进）
            """)
        #expect(rows(extraction) == ["(一)|市甲局|", "(二)|市乙局|市丙局"])
        #expect(extraction.ledger.entries.first?.task.deadline.due?.iso == "2023-06-30")
    }

    @Test func listTailsAfterDengAreReadAsTheNoticeMeansThem() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市甲局等有关部门和单位负责）
            （二）乙。做乙。（市甲局、市乙局等和各县级人民政府负责）
            （三）丙。做丙。（市丙局等市联席会议成员单位按职责分工负责）
            """)
        #expect(rows(extraction) == ["(一)|市甲局|", "(二)|市甲局、市乙局、各县级人民政府|", "(三)|市丙局|市联席会议成员单位"])
    }

    @Test func namesJoinedByHeAreTwoOnlyWhenBothAreUnits() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市教育局和市财政局负责）
            （二）乙。做乙。（市文化和旅游局、市人力资源和社会保障局负责）
            （三）丙。做丙。（各县（市、区）党委和政府负责）
            """)
        #expect(
            rows(extraction) == [
                "(一)|市教育局、市财政局|", "(二)|市文化和旅游局、市人力资源和社会保障局|",
                "(三)|各县（市、区）党委和政府|",
            ])
    }

    @Test func dutiesSharedOutDesignateTheFirstOnlyAfterDeng() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市甲局、市乙局按职责分工负责）
            （二）乙。做乙。（市乙局、市丙局等按职责分工负责）
            """)
        #expect(rows(extraction) == ["(一)|市甲局、市乙局|", "(二)|市乙局|市丙局"])
    }

    @Test func theFirstListedLeadsFromWhereTheNoticeSaysSo() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市甲局、市乙局负责）
            （二）乙。做乙。（市乙局、市丙局负责。列第一位者为牵头单位，下同）
            （三）丙。做丙。（市丙局、市甲局负责）
            """)
        #expect(rows(extraction) == ["(一)|市甲局、市乙局|", "(二)|市乙局|市丙局", "(三)|市丙局|市甲局"])
    }

    @Test func aClosingSentenceWithoutBracketsNamesTheUnits() {
        let extraction = extract(
            """
            一、任务
            （一）建设物流园区。年内开工建设。由市商务局牵头，市交通局、市自然资源局配合。
            （二）培育市场主体。新增规上企业20家。
            市工信局负责。
            （三）加强统筹。各部门要形成合力，市政府负责督查。
            """)
        #expect(rows(extraction) == ["(一)|市商务局|市交通局、市自然资源局", "(二)|市工信局|", "(三)||"])
        #expect(extraction.ledger.entries.first?.task.text == "建设物流园区。年内开工建设。")
    }

    @Test func labelsSharingALineAndMarksInsideALabel() {
        let extraction = extract(
            """
            一、任务
            1.完善供水管网。改造老旧管网20公里。
            牵头单位：县水务局  配合单位：县住建局 县财政局
            2.建设污水厂。新建一座。
            责任单位：县住建局、县水务局（牵头）、县环保局
            """)
        #expect(rows(extraction) == ["1|县水务局|县住建局、县财政局", "2|县水务局|县住建局、县环保局"])
    }

    @Test func aConventionStatedOnALineOfItsOwn() {
        let extraction = extract(
            """
            一、任务
            （各项任务中列在第一位的为牵头单位）
            （一）甲。做甲。（市甲局、市乙局负责）
            （二）乙。做乙。
            责任单位：市乙局、市丙局
            """)
        #expect(rows(extraction) == ["(一)|市甲局|市乙局", "(二)|市乙局|市丙局"])
    }

    @Test func oneClauseAfterAGroupServesEveryItemOfIt() {
        let extraction = extract(
            """
            一、应急体系
            1.完善预案体系
            （1）修订总体预案。
            （2）修订专项预案。
            （责任单位：市应急局、各县（市、区）人民政府）
            2.加强队伍建设
            （3）组建专业队伍。（市消防救援支队负责）
            """)
        #expect(
            rows(extraction) == [
                "(1)|市应急局、各县（市、区）人民政府|", "(2)|市应急局、各县（市、区）人民政府|",
                "(3)|市消防救援支队|",
            ])
    }

    @Test func aHeadingsClauseGoesToItsItemsThatNameNobody() {
        let extraction = extract(
            """
            一、任务
            （一）提升服务质量（牵头单位：市卫健委）
            1.优化就诊流程。推行预约诊疗。
            2.改善住院条件。更新病房设施。（市医保局负责）
            """)
        #expect(rows(extraction) == ["1|市卫健委|", "2|市医保局|"])
        #expect(reasons(extraction) == ["inherited-departments"])
    }
}

struct FlattenedTableTests {
    @Test func cellsPartedByRunsOfSpaces() {
        let extraction = extract(
            """
            某市2023年重点项目任务表
            序号   工作任务                 牵头单位     配合单位          完成时限
            一     交通建设
            1      建成环城公路             市交通局     市自然资源局       2023年12月底前
            2      改造公交站台 50 个       市交通局                        2023年10月底前
            二     水利建设
            3      加固病险水库             市水务局     市财政局、市应急局  2023年6月底前
            """)
        #expect(extraction.source == .table)
        #expect(rows(extraction) == ["1|市交通局|市自然资源局", "2|市交通局|", "3|市水务局|市财政局、市应急局"])
        #expect(extraction.ledger.entries[1].task.text == "改造公交站台 50 个")
        #expect(extraction.ledger.allSections.map(\.heading?.title) == ["交通建设", "水利建设"])
    }

    @Test func aSpacedRowWrappedOntoTheNextLinesAndAnEmptyMiddleCell() {
        // As a PDF converter lays a table out: wrapped cells continue under their columns.
        let extraction = extract(
            """
            序号  工作任务                    牵头单位        配合单位        完成时限
            1     新建污水管网12公里，提升    市住建局        市水务局、      2023年10月底前
                  污水收集率                                  市财政局
            2     建设口袋公园5处             市城管局                        2023年9月底前
            某市人民政府办公室                                    2023年3月1日印发
            """)
        #expect(rows(extraction) == ["1|市住建局|市水务局、市财政局", "2|市城管局|"])
        #expect(extraction.ledger.entries.first?.task.text == "新建污水管网12公里，提升污水收集率")
        #expect(extraction.ledger.entries.map(\.task.deadline.text) == ["2023年10月底前", "2023年9月底前"])
    }

    @Test func cellsPartedByBars() {
        let extraction = extract(
            """
            | 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
            |---|---|---|---|---|
            | 1 | 建成环城绿道 | 市城管局 | 市交通局 | 2023年10月底前 |
            │2│改造农贸市场5个│市商务局│　│2023年12月底前│
            """)
        #expect(extraction.source == .table)
        #expect(rows(extraction) == ["1|市城管局|市交通局", "2|市商务局|"])
    }

    @Test func oneCellPerLine() {
        let extraction = extract(
            """
            附件
            某县2023年民生项目清单
            序号
            工作任务
            责任单位
            配合单位
            完成时限
            1
            新建农村公路30公里
            县交通运输局
            县财政局
            2023年11月底前
            2
            改造农村危房100户
            县住建局
            2023年9月底前
            某县人民政府办公室
            """)
        #expect(extraction.source == .table)
        #expect(rows(extraction) == ["1|县交通运输局|县财政局", "2|县住建局|"])
        #expect(extraction.ledger.entries.map(\.task.deadline.text) == ["2023年11月底前", "2023年9月底前"])
        #expect(extraction.ledger.title == "某县2023年民生项目清单")
    }

    @Test func oneCellPerLineWithColumnsOfItsOwnAndCellsOverTwoLines() {
        let extraction = extract(
            """
            序号
            实事类别
            具体任务
            责任单位
            完成时间
            备注
            1
            文体惠民
            建设全民健身步道8条
            县文体旅游局
            2023年10月
            2
            交通出行
            新增公交线路3条
            县交通运输局
            县公交公司
            2023年12月
            新购车辆
            3
            就业服务
            开发公益性岗位120个
            县人社局
            2023年6月
            """)
        #expect(rows(extraction) == ["1|县文体旅游局|", "2|县交通运输局、县公交公司|", "3|县人社局|"])
        #expect(extraction.ledger.entries.map(\.task.text) == ["建设全民健身步道8条", "新增公交线路3条", "开发公益性岗位120个"])
        #expect(extraction.ledger.entries.map(\.task.deadline.text) == ["2023年10月", "2023年12月", "2023年6月"])
    }

    @Test func marksNameTheLeadsAndEmptyCellsInherit() {
        let extraction = extract(
            """
            序号\t工作任务\t责任单位\t完成时限
            1\t建设社区食堂。\t区民政局、★区商务局、区财政局\t2023年6月底前
            2\t开展助餐服务。\t\t2023年9月底前
            3\t培训养老护理员。\t同上\t2023年12月底前
            4\t建设养老院。\t区民政局、区卫健局（牵头）\t2023年12月底前
            """)
        #expect(
            rows(extraction) == [
                "1|区商务局|区民政局、区财政局", "2|区商务局|区民政局、区财政局",
                "3|区商务局|区民政局、区财政局", "4|区卫健局|区民政局",
            ])
        #expect(extraction.ledger.entries[1].task.inherited == [.lead, .cooperating])
        #expect(reasons(extraction) == ["inherited-departments", "inherited-departments"])
    }

    @Test func everyUnitOfAResponsibleColumnLeadsUnlessTheFirstIsSaidTo() {
        let table = """
            序号\t工作任务\t责任单位\t完成时限
            1\t建设体育公园。\t市体育局、市住建局\t2023年12月底前
            """
        #expect(rows(extract(table)) == ["1|市体育局、市住建局|"])
        #expect(rows(extract("（排在第一位的为牵头单位）\n" + table)) == ["1|市体育局|市住建局"])
    }

    @Test func rowsOfATableWithoutAHeaderAreFindings() {
        let extraction = extract(
            """
            一、任务
            （一）甲。做甲。（市甲局负责）
            1\t建设体育公园。\t市体育局
            """)
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" } == [
                "3 table-row-not-read"
            ])
    }

    @Test func columnsInAnotherOrderAreReadByTheirHeaders() {
        let extraction = extract(
            """
            序号\t工作任务\t完成时限\t责任领导\t牵头单位\t配合单位
            1\t修建停车场。\t2023年8月底前\t王某\t区城管局\t区交警大队
            """)
        #expect(rows(extraction) == ["1|区城管局|区交警大队"])
        #expect(extraction.ledger.entries.first?.task.deadline.text == "2023年8月底前")
    }
}

struct NeverSilentTests {
    @Test func itemsOfGeneralPartsThatNameNobodyAreFindingsNotTasks() {
        let extraction = extract(
            """
            一、总体要求
            （一）指导思想。坚持以人民为中心。
            （二）工作目标。到年底基本完成。
            二、重点任务
            （三）推进甲项。做好甲。（市甲局负责）
            （四）组织实施好重大项目。按月调度。
            """)
        #expect(rows(extraction) == ["(三)|市甲局|", "(四)||"])
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" }
                == ["2 general-item", "3 general-item", "6 no-departments"])
    }

    @Test func aNumberedTitleWithNoItemsUnderItIsAFinding() {
        let extraction = extract(
            """
            一、工作目标
            全年完成改造任务。
            二、重点任务
            （一）推进甲项。做好甲。（市甲局负责）
            """)
        #expect(extraction.ledger.taskCount == 1)
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" }
                == ["1 heading-without-items"])
    }

    @Test func titlesInTheListOfAttachmentsAreNoTasks() {
        let extraction = extract(
            """
            一、任务
            （一）推进甲项。做好甲。（市甲局负责）
            附件：1.某市重点任务清单
            2.某市重点项目表
            某市人民政府办公室
            """)
        #expect(rows(extraction) == ["(一)|市甲局|"])
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" } == [
                "4 attachment-title"
            ])
    }

    @Test func aTableRowWithoutANumberIsAFinding() {
        let extraction = extract(
            """
            序号\t工作任务\t责任单位\t完成时限
            1\t建设体育公园。\t市体育局\t2023年12月底前
            \t改造健身步道。\t市体育局\t2023年10月底前
            """)
        #expect(extraction.ledger.taskCount == 1)
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" } == [
                "3 table-row-without-number"
            ])
    }

    @Test func aTableHeaderWithNoRowsSaysSo() {
        let extraction = extract("某县重点任务表\n序号\t工作任务\t责任单位\t完成时限\n某县人民政府办公室")
        #expect(extraction.ledger.taskCount == 0)
        #expect(
            extraction.findings.map { "\($0.location.line ?? 0) \($0.arguments["reason"] ?? "")" } == [
                "2 table-without-rows"
            ])
        #expect(!MessageCatalog().message(for: extraction.findings[0]).contains("{"))
    }

    @Test func aTitleWithABodyAtAHeadingLevelIsATask() {
        let extraction = extract(
            """
            一、重点任务
            （一）完善设施
            1.建设公园。新建3处。（市城管局负责）
            （二）加强宣传
            利用媒体广泛宣传。
            （三）有关要求
            各单位按时报送。
            """)
        // The ledger lists a section's own tasks before its subsections.
        #expect(Set(rows(extraction)) == ["1|市城管局|", "(二)||"])
        #expect(extraction.ledger.entries.first { $0.task.sequence.raw == "(二)" }?.task.text == "加强宣传。利用媒体广泛宣传。")
        #expect(
            extraction.findings.compactMap { $0.arguments["reason"] } == ["no-departments", "heading-without-items"])
    }

    @Test func aNoticeWithoutTasksSaysWhy() {
        let extraction = extract(
            """
            某市人民政府关于调整部分议事协调机构的通知
            经研究，决定调整部分议事协调机构。请各单位遵照执行。
            """)
        #expect(extraction.ledger.taskCount == 0)
        #expect(reasons(extraction) == ["no-numbered-items"])
        let message = MessageCatalog(language: .chinese).message(for: extraction.findings[0])
        #expect(message.contains("没有编号的条目"))
        #expect(!message.contains("{"))
    }
}
