// SPDX-License-Identifier: Apache-2.0
// Generating a large ledger workbook: policy prose, departments and time limits, under a merged title.

import ArgumentParser
import CTaizhangXLSXWriter

/// A small, seeded random source, so every run generates the same file.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a ledger workbook of N rows (shared strings, as Excel writes them)."
    )

    @Option(help: "Task rows.") var rows = 100_000
    @Option(name: .shortAndLong, help: "The .xlsx to write.") var output: String
    @Flag(help: "Inline strings in constant memory instead of shared strings.") var constantMemory = false

    static let phrases = [
        "全面落实", "深化医药卫生体制改革", "推进公立医院高质量发展", "健全现代医院管理制度", "完善医疗保障制度",
        "加强基层医疗卫生服务能力建设", "统筹推进医疗、医保、医药联动改革", "强化公共卫生体系", "落实分级诊疗制度",
        "提升县域医疗服务能力", "推动中医药传承创新发展", "加快卫生健康信息化建设", "做实家庭医生签约服务",
        "完善药品供应保障体系", "强化医疗卫生行业综合监管", "建立健全考核评价机制", "持续优化营商环境",
        "确保各项改革任务落地见效", "加强组织领导", "按季度通报工作进展",
    ]
    static let departments = [
        "市卫生健康局", "市医疗保障局", "市财政局", "市发展和改革局", "市人力资源和社会保障局", "市委编办",
        "市市场监督管理局", "市教育局", "市民政局", "市农牧和科技局", "市人民医院", "市疾控中心",
    ]
    static let deadlines = ["12月底", "10月底前出台文件", "长期", "年底前", "第三季度", "上半年",
                            "12月底前完成阶段性目标", "2021年6月30日"]

    func run() throws {
        var random = SplitMix64(state: 2021)
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 1)
        guard let workbook = workbook_new_opt(output, &options),
              let sheet = workbook_add_worksheet(workbook, "台账") else {
            throw ValidationError("cannot create \(output)")
        }
        worksheet_merge_range(sheet, 0, 0, 0, 4, "某市2021年重点工作任务台账", nil)
        for (column, title) in ["序号", "重点任务", "责任单位", "配合单位", "完成时限"].enumerated() {
            worksheet_write_string(sheet, 1, lxw_col_t(column), title, nil)
        }
        for index in 0..<rows {
            let row = lxw_row_t(index + 2)
            var prose = ""
            let length = Int.random(in: 40...200, using: &random)
            while prose.count < length {
                prose += Self.phrases.randomElement(using: &random) ?? ""
                prose += Bool.random(using: &random) ? "，" : "。"
            }
            prose = String(prose.prefix(length))
            let lead = Self.departments.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))
            let cooperating = Self.departments.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random))
            worksheet_write_number(sheet, row, 0, Double(index + 1), nil)
            worksheet_write_string(sheet, row, 1, prose, nil)
            worksheet_write_string(sheet, row, 2, lead.joined(separator: "、"), nil)
            worksheet_write_string(sheet, row, 3, cooperating.isEmpty ? "——" : cooperating.joined(separator: "、"), nil)
            worksheet_write_string(sheet, row, 4, Self.deadlines.randomElement(using: &random) ?? "", nil)
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw ValidationError("libxlsxwriter: \(String(cString: lxw_strerror(result)))")
        }
        print("wrote \(output): \(rows) task rows")
    }
}
