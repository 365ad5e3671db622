// SPDX-License-Identifier: Apache-2.0
// A long report spills to disk and reads back the same, in order, whatever the fields hold.

import Testing
import TaizhangModel
@testable import TaizhangValidation

struct FindingLogTests {
    /// Findings of every shape: optional places and titles present or not, facts and suggestions.
    static func finding(_ index: Int) -> Finding {
        let codes: [Finding.Code] = [.missingLead, .leadIsCooperating, .whitespace, .unknownDepartment]
        return Finding(
            codes[index % codes.count],
            severity: index % 7 == 0 ? .error : nil,
            at: SourceLocation(
                file: "退回/卫健局.xlsx", sheet: index % 2 == 0 ? "台账" : nil, row: index + 3,
                column: index % 3 == 0 ? nil : index % 5 + 1, line: index % 4 == 0 ? index : nil),
            columnTitle: index % 5 == 0 ? nil : "责任单位",
            arguments: index % 2 == 0 ? ["name": "市保障局\(index)", "problem": "doubled"] : [:],
            suggestions: index % 3 == 0 ? ["市医疗保障局", "市人力资源和社会保障局"] : []
        )
    }

    @Test func aLongLogSpillsAndReadsBackInOrder() {
        let count = FindingLog.memoryLimit + 5_000
        let findings = (0..<count).map(Self.finding)
        let log = FindingLog(findings)
        #expect(log.count == count)
        #expect(log.all == findings)
        #expect(log.count(.error) == findings.filter { $0.severity == .error }.count)
        #expect(log.first(.info) == findings.first { $0.severity == .info })
        // Reading does not consume: a second pass gives the same.
        var second = 0
        log.forEach { finding in
            #expect(finding == findings[second])
            second += 1
        }
        #expect(second == count)
    }

    @Test func aShortLogStaysInMemory() {
        let findings = (0..<10).map(Self.finding)
        #expect(FindingLog(findings).all == findings)
        #expect(FindingLog().all.isEmpty)
    }

    /// A log that renders its findings as they come gives the report the bytes rendering after the
    /// fact gives, in memory and spilled, in either language; asked for another language, the
    /// report renders afresh.
    @Test(arguments: MessageLanguage.allCases)
    func aLogRenderingAsFindingsComeGivesTheSameReport(language: MessageLanguage) {
        let findings = (0..<(FindingLog.memoryLimit + 1_500)).map(Self.finding)
        let rendering = FindingLog(renderingJSONIn: language)
        findings.forEach(rendering.append)
        #expect(rendering.all == findings)
        let plain = ValidationReport(files: [FileReport(file: "a.xlsx", findings: findings)])
        let ahead = ValidationReport(files: [FileReport(file: "a.xlsx", log: rendering)])
        for asked in MessageLanguage.allCases {
            let catalog = MessageCatalog(language: asked)
            #expect(ahead.json(catalog) == plain.json(catalog), "rendered in \(language), asked in \(asked)")
        }
        let empty = ValidationReport(files: [FileReport(file: "b.csv", log: FindingLog(renderingJSONIn: language))])
        let catalog = MessageCatalog(language: language)
        #expect(empty.json(catalog) == ValidationReport(files: [FileReport(file: "b.csv", findings: [])]).json(catalog))
    }
}
