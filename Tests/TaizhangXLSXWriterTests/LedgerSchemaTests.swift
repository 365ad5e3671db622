// SPDX-License-Identifier: Apache-2.0
// The shipped schemas load and say what LEDGER-SPEC says; a broken schema file names its fault.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTemplates
import TaizhangTestSupport

struct LedgerSchemaTests {
    @Test(arguments: LedgerSchema.builtInNames)
    func shippedSchemasLoadAndAreSound(name: String) throws {
        let schema = try #require(LedgerSchema.builtIn(named: name))
        #expect(schema.name == name)
        #expect(schema.problems.isEmpty)
        // The file in Templates/ is the one compiled in.
        let file = try SchemaFile.load(Fixtures.packageRoot.path + "/Templates/\(name).json")
        #expect(file == schema)
    }

    @Test func theStandardSchemaFollowsTheSpec() throws {
        let schema = LedgerSchema.standard
        #expect(schema.columns.map(\.header) == ["序号", "重点任务", "责任单位", "配合单位", "完成时限", "进展情况", "完成情况", "备注"])
        #expect(schema.columns.filter(\.required).map(\.field) == [.sequence, .task, .lead, .deadline])
        #expect(schema.printedColumns(fieldsInUse: []).count == 5)
        #expect(schema.columns.prefix(5).map(\.width) == [6, 60, 20, 24, 14])
        #expect(schema.fonts.body.name == "仿宋" && schema.fonts.header.name == "黑体")
        let status = try #require(schema.column(for: .status))
        #expect(status.values == ["未启动", "推进中", "已完成", "已逾期"])
        #expect(status.allowedValue(for: "完成") == "已完成")
        #expect(status.allowedValue(for: "差不多") == nil)
    }

    @Test(arguments: [
        (#"{"name": "x", "columns": [{"field": "task", "header": "任务"}]}"#, "width"),
        (
            #"{"name": "x", "columns": [{"field": "sequence", "header": "序号", "width": 6}]}"#,
            "the task column is missing"
        ),
        (#"{"name": "x", "columns": [{"field": "nonsense", "header": "a", "width": 6}]}"#, "columns"),
        (#"{"name": "x", "headerFill": "grey", "columns": []}"#, "headerFill"),
        (#"{"name": "x", "columns": [{"field": "sequence", "header": "序号", "width": 300}]}"#, "width 300.0 is outside"),
        ("not json", "JSON"),
    ])
    func aBrokenSchemaNamesItsFault(json: String, fault: String) throws {
        #expect {
            try LedgerSchema.decode(Array(json.utf8), file: "my.json")
        } throws: { error in
            guard let error = error as? LedgerReadError, error.code == .invalidSchema else { return false }
            return (error.arguments["reason"] ?? "").contains(fault)
        }
    }

    @Test func anUnknownNameListsTheShippedOnes() {
        #expect {
            try SchemaFile.load("prgress")
        } throws: { error in
            (error as? LedgerReadError)?.code == .unknownSchema
                && (error as? LedgerReadError)?.arguments["available"] == "standard, progress"
        }
    }
}
