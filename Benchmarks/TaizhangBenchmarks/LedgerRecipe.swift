// SPDX-License-Identifier: Apache-2.0
// The generated ledger of the write benchmark: the rules of Benchmarks/baseline/ledger_recipe.h.

import TaizhangModel

/// Task rows made from their index alone, the same as the C baseline's.
enum LedgerRecipe {
    static let title = "某市2026年重点工作任务台账（基准）"
    static let phrases = GenerateCommand.phrases
    static let departments = GenerateCommand.departments
    static let deadlines = ["12月底", "10月底前出台文件", "长期", "年底前", "第三季度", "上半年", "12月底前完成阶段性目标",
                            "2021年6月30日"]

    /// The recipe repeats every 360 tasks (the least common multiple of its cycles), so the
    /// benchmark builds those once and gives each row its own number, as cheaply as the C baseline
    /// fills its buffers: the time measured is the writer's.
    static let cycle = (0..<360).map(makeTask)

    /// Task `i`.
    static func task(_ i: Int) -> LedgerTask {
        var task = cycle[i % 360]
        task.sequence = SequenceNumber(String(i + 1))
        return task
    }

    /// Task `i` built from scratch: 2–10 phrases joined by "，" and ended by "。"; one or two leads;
    /// two cooperating departments except every fourth task; a time limit from the list.
    private static func makeTask(_ i: Int) -> LedgerTask {
        let count = 2 + i % 9
        var text = ""
        for k in 0..<count {
            text += phrases[(i + 3 * k) % 20]
            text += k + 1 < count ? "，" : "。"
        }
        let lead = i % 3 == 0 ? [departments[i % 12], departments[(i + 5) % 12]] : [departments[i % 12]]
        let cooperating = i % 4 == 0 ? [] : [departments[(i + 1) % 12], departments[(i + 7) % 12]]
        return LedgerTask(
            sequence: SequenceNumber(String(i + 1)), text: text, lead: lead, cooperating: cooperating,
            deadline: Deadline(text: deadlines[i % 8], kind: .unparsed)
        )
    }

    /// The section row before task `i`, on every hundredth task.
    static func section(before i: Int) -> SectionHeading? {
        guard i % 100 == 0 else { return nil }
        let k = i / 100 + 1
        return SectionHeading(sequence: SequenceNumber("（\(k)）"), title: "第\(k)部分重点工作")
    }
}
