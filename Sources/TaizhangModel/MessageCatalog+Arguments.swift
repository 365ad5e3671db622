// SPDX-License-Identifier: Apache-2.0
// The wording of the command line's own argument errors, in the run's one language.

extension MessageCatalog {
    /// An argument error of the command line (a wrong option value), in the catalogue's language.
    public func argumentMessage(_ key: ArgumentProblem, _ values: [String: String] = [:]) -> String {
        let wording = MessageCatalog.argumentTemplates[key.rawValue] ?? (key.rawValue, key.rawValue)
        return fill(language == .chinese ? wording.zh : wording.en, location: SourceLocation(file: ""), values: values)
    }

    /// What is wrong with the command line's arguments.
    public enum ArgumentProblem: String, Sendable, CaseIterable {
        case unknownOutputFormat = "unknown-output-format"
        case readOnlyFormat = "read-only-format"
        case workbookToStandardOutput = "workbook-to-standard-output"
        case standardOutputTaken = "standard-output-taken"
        case outputMissing = "output-missing"
        case templateIsWorkbook = "template-is-workbook"
        case rowsOutOfRange = "rows-out-of-range"
        case extractNeedsOutput = "extract-needs-output"
        case mergedIsWorkbook = "merged-is-workbook"
        case badDate = "bad-date"
        case badYear = "bad-year"
        case notCodeLevel = "not-code-level"
        case unknownCode = "unknown-code"
        case unknownLevel = "unknown-level"
        case missingArgument = "missing-argument"
        case unknownOption = "unknown-option"
        case unexpectedArguments = "unexpected-arguments"
        case missingValue = "missing-value"
        case invalidValue = "invalid-value"
        case badArguments = "bad-arguments"
        case seeHelp = "see-help"
    }

    static let argumentTemplates: [String: (zh: String, en: String)] = [
        "unknown-output-format": (
            "无法从“{output}”判断输出格式：请用 .xlsx、.csv、.tsv 或 .json 结尾，或加 --format。",
            "Cannot tell the output format from \"{output}\": end it in .xlsx, .csv, .tsv or .json, or add --format."
        ),
        "read-only-format": (
            "taizhang 只能读取、不能写出 .{format} 文件：请写成 .xlsx、.csv、.tsv 或 .json。",
            "taizhang reads .{format} files but cannot write them: write .xlsx, .csv, .tsv or .json."
        ),
        "workbook-to-standard-output": (
            "Excel 文件不能输出到终端：请用 -o 指定文件名，或把标准输出重定向到文件或管道（> 台账.xlsx）。",
            "An .xlsx output cannot go to a terminal: name a file with -o, or redirect standard output (> ledger.xlsx)."
        ),
        "standard-output-taken": (
            "-o - 与 {option} 都要写到标准输出：请用 -o 指定文件。",
            "-o - and {option} both write to standard output: name a file with -o."
        ),
        "output-missing": ("请用 -o 指定输出文件。", "Name the output file with -o."),
        "template-is-workbook": ("模板只能写成 .xlsx 文件。", "A template is written as an .xlsx file."),
        "rows-out-of-range": ("--rows 应在 1 到 {maximum} 之间。", "--rows must be between 1 and {maximum}."),
        "extract-needs-output": (
            "请用 -o 指定输出文件，或用 --score 与标准答案评分。", "Give -o OUTPUT, or --score GOLD to score against a gold ledger."
        ),
        "merged-is-workbook": ("汇总结果只能写成 .xlsx 文件。", "The merged ledger is written as an .xlsx file."),
        "bad-date": ("{option} “{value}” 不是 YYYY-MM-DD 格式的日期。", "{option} \"{value}\" is not a YYYY-MM-DD date."),
        "not-code-level": (
            "“{text}”不是“代码=级别”的写法，例如 missing-deadline=error。",
            "\"{text}\" is not CODE=LEVEL, e.g. missing-deadline=error."
        ),
        "unknown-code": (
            "没有代码“{code}”。可用的代码：{codes}（taizhang rules 列出全部）。",
            "There is no code \"{code}\". Codes: {codes} (taizhang rules lists them all)."
        ),
        "unknown-level": (
            "“{code}”的级别“{level}”无法识别：请用 error（错误）、warning（警告）或 info（提示）。",
            "Level \"{level}\" for {code} is unknown: use error, warning or info."
        ),
        "missing-argument": ("缺少必需的参数 {name}。", "Missing expected argument {name}."),
        "unknown-option": ("没有选项 {option}。", "Unknown option {option}."),
        "unexpected-arguments": ("多余的参数：{arguments}。", "Unexpected arguments: {arguments}."),
        "missing-value": ("选项 {option} 后面缺少取值。", "Missing value for {option}."),
        "invalid-value": ("“{value}”不是 {option} 可用的取值。", "The value \"{value}\" is invalid for {option}."),
        "bad-arguments": ("命令行参数有误：{detail}", "The arguments are wrong: {detail}"),
        "see-help": ("运行 {command} --help 查看用法。", "See '{command} --help' for more information."),
        "bad-year": ("--year {value} 不是有效的年度（1949–2200）。", "--year {value} is not a plausible year (1949–2200)."),
    ]
}
