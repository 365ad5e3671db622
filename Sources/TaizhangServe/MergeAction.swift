// SPDX-License-Identifier: Apache-2.0
// `/api/merge`: the departments' returns merged into the master, as `taizhang merge` does.

import Foundation
import Taizhang

/// 汇总: field `file` the master, `files` the returns (in order), optional `roster`; `output`
/// `xlsx` (default) for the merged workbook or `json` for LEDGER-SPEC §9's report.
enum MergeAction {
    static func run(_ request: ActionRequest) throws(ServeError) -> Download {
        let upload = try request.requiredFile("file")
        let returns = try request.requiredFiles("files")
        let wanted = request.form.text("output") ?? "xlsx"
        guard wanted == "xlsx" || wanted == "json" else {
            throw ServeError(
                .badField, status: 400, catalog: request.catalog,
                ["field": "output", "value": wanted, "allowed": "xlsx, json"])
        }
        let master = try MasterLedger.read(upload, request)
        let options = MergeOptions(roster: try request.roster())
        let result = LedgerMerger.merge(
            master: master, masterFile: upload.name, returns: returns.map(\.path), names: returns.map(\.name),
            options: options)
        let stem = Download.stem(of: upload.name)
        if wanted == "json" {
            return Download(
                bytes: Data(result.report.json(request.catalog).utf8), fileName: stem + "-汇总报告.json",
                contentType: "application/json")
        }
        let output = request.outputPath("merged.xlsx")
        do throws(LedgerWriteError) {
            try LedgerMerger.write(result, to: output, options: options)
        } catch {
            throw ServeError(error, catalog: request.catalog)
        }
        return try request.download(output, as: stem + "-汇总.xlsx", type: Download.xlsxType)
    }
}
