// SPDX-License-Identifier: Apache-2.0
// `/api/report`: the supervision bulletin (督查通报), as `taizhang report` writes it.

import Taizhang

/// A bulletin of an uploaded ledger (field `file`): `format` xlsx (default), html or json, `asOf`,
/// `dueSoonDays`, `schema`, and an uploaded `roster`.
enum ReportAction {
    static func run(_ request: ActionRequest) throws(ServeError) -> Download {
        let catalog = request.catalog
        let upload = try request.requiredFile("file")
        let formatName = request.form.text("format") ?? "xlsx"
        guard let format = BulletinFormat(rawValue: formatName.lowercased()) else {
            throw ServeError(
                .badField, status: 400, catalog: catalog,
                ["field": "format", "value": formatName, "allowed": "xlsx, html, json"])
        }
        let dueSoon = try request.number("dueSoonDays", default: StandingRules.defaultDueSoonDays, in: 0...366)
        let xlsx = XLSXWriteOptions(schema: try request.schema())
        let roster = try request.roster()
        let asOf = try request.asOf()
        let result: LedgerReadResult
        let readOptions = try request.readOptions()
        do throws(LedgerReadError) {
            result = try LedgerFile(upload.path, name: upload.name, options: readOptions).read()
        } catch {
            throw ServeError(error, catalog: catalog)
        }
        if let missing = result.findings.first(where: { $0.code == .headerNotFound }) {
            throw ServeError(missing, catalog: catalog)
        }
        let rules = StandingRules(asOf: asOf, dueSoonDays: dueSoon, done: DoneStatus(schema: xlsx.schema))
        let hasColumns = result.columns.map { $0[.progress] != nil || $0[.status] != nil }
        let report = ProgressReport(ledger: result.ledger, rules: rules, hasProgressColumns: hasColumns, roster: roster)
        let output = request.outputPath("bulletin." + format.rawValue)
        do throws(LedgerWriteError) {
            try BulletinFileWriter.write(report, to: output, format: format, xlsx: xlsx, followsToday: !request.hasAsOf)
        } catch {
            throw ServeError(error, catalog: catalog)
        }
        let type =
            switch format {
            case .xlsx: Download.xlsxType
            case .html: "text/html; charset=utf-8"
            case .json: "application/json"
            }
        return try request.download(output, as: Download.stem(of: upload.name) + "-督查通报." + format.rawValue, type: type)
    }
}
