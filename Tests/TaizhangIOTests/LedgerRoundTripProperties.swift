// SPDX-License-Identifier: Apache-2.0
// Property: any ledger written to CSV or JSON and read back is the same ledger.

import Foundation
import PropertyBased
import Testing
import TaizhangCSV
import TaizhangIO
import TaizhangModel
import TaizhangTemplates
import TaizhangTestSupport
import TaizhangText
import TaizhangXLSXWriter

enum LedgerGenerator {
    static let departments = [
        "市卫生健康局", "市财政局", "市医疗保障局", "市委编办", "各县（市、区）人民政府",
        "市发展和改革局", "市人力资源和社会保障局", "市市场监督管理局",
    ]
    static let deadlines = [
        "", "12月底", "10月底前出台文件", "长期", "年底前", "第三季度", "上半年", "2021年6月30日",
        "12月底前完成阶段性目标", "2016年9月-2018年4月", "尽快", "=1+1",
    ]
    static let texts = [
        "加强公立医院党的建设。", "推进\"三医\"联动，\n深化改革", "含,逗号；分号", "-负号开头", "完成率达到85%以上",
        "𠀀字测试", "  前后空格的任务  ",
    ]
    static let statuses = [nil, "已完成", "推进中", "未启动"]

    /// Ledgers whose every part survives CSV: a title naming the year, sections numbered 一/（一）,
    /// tasks numbered 1, 2, …, departments without separators in their names.
    static let ledger = Generator<Ledger, Shrink.None<Ledger>>(run: { rng in
        let year = Int.random(in: 2015...2030, using: &rng)
        let hasTitle = Bool.random(using: &rng)
        let withProgress = Bool.random(using: &rng)
        let extras = Bool.random(using: &rng) ? ["责任领导"] : []
        let identified = Bool.random(using: &rng)
        var number = 0
        func task() -> LedgerTask {
            number += 1
            func pick(_ count: ClosedRange<Int>) -> [String] {
                Array(departments.shuffled(using: &rng).prefix(Int.random(in: count, using: &rng)))
            }
            let deadline = deadlines.randomElement(using: &rng) ?? ""
            var extra: [String: String] = [:]
            if !extras.isEmpty, Bool.random(using: &rng) { extra["责任领导"] = "张三" }
            return LedgerTask(
                sequence: SequenceNumber(String(number)),
                text: CellText.clean(texts.randomElement(using: &rng) ?? "x"),
                lead: pick(0...3), cooperating: pick(0...2),
                deadline: DeadlineParser(year: hasTitle ? year : nil).parse(deadline),
                progress: withProgress && Bool.random(using: &rng) ? "已召开会议\n印发方案" : nil,
                status: withProgress ? (statuses.randomElement(using: &rng) ?? nil) : nil,
                extra: extra,
                id: identified ? "t\(number)" : nil
            )
        }
        var body = LedgerSection(tasks: (0..<Int.random(in: 0...2, using: &rng)).map { _ in task() })
        for index in 1...Int.random(in: 1...3, using: &rng) {
            var section = LedgerSection(
                heading: SectionHeading(
                    sequence: SequenceNumber(ChineseNumeral.text(for: index)), title: "第\(index)部分工作"),
                tasks: (0..<Int.random(in: 0...3, using: &rng)).map { _ in task() })
            for subIndex in 0..<Int.random(in: 0...2, using: &rng) {
                section.subsections.append(
                    LedgerSection(
                        heading: SectionHeading(
                            sequence: SequenceNumber("（\(ChineseNumeral.text(for: subIndex + 1))）"),
                            title: "子项\(subIndex + 1)"),
                        tasks: (0..<Int.random(in: 1...2, using: &rng)).map { _ in task() }))
            }
            body.subsections.append(section)
        }
        return Ledger(
            title: hasTitle ? "某市\(year)年重点工作台账" : nil, year: hasTitle ? year : nil,
            extraColumns: extras, body: body)
    })
}

struct LedgerRoundTripProperties {
    @Test func anyLedgerSurvivesCSV() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        await propertyCheck(count: 150, input: LedgerGenerator.ledger) { ledger in
            let path = folder.file("\(UUID().uuidString).csv")
            let encoding = CSVOutputEncoding.allCases.randomElement() ?? .utf8BOM
            _ = try? LedgerFile.write(
                ledger, to: path, format: .csv, options: LedgerWriteOptions(csvEncoding: encoding))
            let back = try? LedgerFile(path).read()
            #expect(back?.ledger.withoutSources == ledger.withoutIdentifiers, "\(encoding)")
            // The only thing worth telling about a ledger we wrote ourselves is its extra column.
            #expect(
                back?.findings.map(\.code)
                    == ledger.extraColumns.map { _ in .unknownColumn } + (ledger.taskCount == 0 ? [.noTasks] : []))
        }
    }

    @Test func anyLedgerSurvivesXLSX() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        await propertyCheck(count: 100, input: LedgerGenerator.ledger) { ledger in
            let path = folder.file("\(UUID().uuidString).xlsx")
            let mode: XLSXWriteOptions.MemoryMode = Bool.random() ? .constant : .inMemory
            let schema: LedgerSchema =
                Bool.random() ? .standard : (LedgerSchema.builtIn(named: "progress") ?? .standard)
            let options = LedgerWriteOptions(xlsx: XLSXWriteOptions(schema: schema, memoryMode: mode))
            let written = try? LedgerFile.write(ledger, to: path, format: .xlsx, options: options)
            #expect(written == [])
            let back = try? LedgerFile(path).read()
            #expect(back?.ledger.withoutSources == ledger, "\(mode) \(schema.name)")
            #expect(
                back?.findings.map(\.code)
                    == ledger.extraColumns.map { _ in .unknownColumn } + (ledger.taskCount == 0 ? [.noTasks] : []))
        }
    }

    @Test func anyLedgerSurvivesJSON() async throws {
        await propertyCheck(count: 150, input: LedgerGenerator.ledger) { ledger in
            let decoded = try? JSONDecoder().decode(Ledger.self, from: Data(ledger.interchangeJSON.utf8))
            #expect(decoded == ledger)
        }
    }
}
