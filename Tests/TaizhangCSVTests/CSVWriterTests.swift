// SPDX-License-Identifier: Apache-2.0
// CSV output: BOM, quoting, formula guard, GB18030, and the shape of the written ledger.

import Foundation
import Testing
import TaizhangCSV
import TaizhangModel

struct CSVWriterTests {
    /// GB18030 bytes made by the C library's iconv.
    static func gb18030(_ text: String) -> [UInt8] {
        (try? TextEncoder.encode(text, as: "GB18030", file: "test")) ?? []
    }

    @Test func guardsFormulasButNotOrdinaryText() {
        #expect(FormulaGuard.guarded("=SUM(A1)") == "'=SUM(A1)")
        #expect(FormulaGuard.guarded("+86 123") == "'+86 123")
        #expect(FormulaGuard.guarded("-1") == "'-1")
        #expect(FormulaGuard.guarded("@cmd") == "'@cmd")
        #expect(FormulaGuard.guarded("\tx") == "'\tx")
        #expect(FormulaGuard.guarded("——") == "——")
        #expect(FormulaGuard.guarded("市财政局") == "市财政局")
        #expect(FormulaGuard.unguard("'=SUM(A1)") == "=SUM(A1)")
        #expect(FormulaGuard.unguard("'quoted") == "'quoted")
    }

    @Test func writesALedgerAsAnOfficeLaysItOut() {
        let task = LedgerTask(
            sequence: SequenceNumber("1"), text: "含,逗号和\"引号\"", lead: ["A", "B"], cooperating: [],
            deadline: Deadline(text: "=1+1", kind: .unparsed))
        let ledger = Ledger(
            title: "2021年台账",
            body: LedgerSection(subsections: [
                LedgerSection(heading: SectionHeading(sequence: SequenceNumber("一"), title: "甲"), tasks: [task])
            ]))
        let bytes = CSVWriter.bytes(for: ledger)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(
            text == "2021年台账,,,,\r\n序号,重点任务,责任单位,配合单位,完成时限\r\n一,甲,,,\r\n"
                + "1,\"含,逗号和\"\"引号\"\"\",A、B,,'=1+1\r\n")
    }

    @Test func writesGB18030() {
        let bytes = CSVWriter.bytes(for: Ledger(title: "台账"), encoding: .gb18030)
        #expect(Array(bytes.prefix(4)) == [0xCC, 0xA8, 0xD5, 0xCB])
    }
}
