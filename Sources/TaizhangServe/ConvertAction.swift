// SPDX-License-Identifier: Apache-2.0
// `/api/convert`: one ledger in another format, as `taizhang convert` writes it.

import Taizhang

/// Conversion of an uploaded ledger (field `file`) to `format`: xlsx (default), csv, tsv or json,
/// with `schema`, `encoding` (csv: utf8-bom, utf8, gb18030), `year` and `sheet` as on the command line.
enum ConvertAction {
    static func run(_ request: ActionRequest) throws(ServeError) -> Download {
        let catalog = request.catalog
        let upload = try request.requiredFile("file")
        let formatName = request.form.text("format") ?? "xlsx"
        guard let format = LedgerFormat(rawValue: formatName.lowercased()) else {
            throw ServeError(.unknownOutputFormat, catalog: catalog, ["output": formatName])
        }
        guard format.isWritable else {
            throw ServeError(.readOnlyFormat, catalog: catalog, ["format": format.rawValue])
        }
        var encoding = CSVOutputEncoding.utf8BOM
        if let name = request.form.text("encoding") {
            guard let chosen = CSVOutputEncoding(rawValue: name) else {
                throw ServeError(
                    .badField, status: 400, catalog: catalog,
                    [
                        "field": "encoding", "value": name,
                        "allowed": CSVOutputEncoding.allCases.map(\.rawValue).joined(separator: ", "),
                    ])
            }
            encoding = chosen
        }
        let name = Download.stem(of: upload.name) + "." + format.rawValue
        let output = request.outputPath("converted." + format.rawValue)
        let conversion: LedgerConversion
        let readOptions = try request.readOptions()
        let xlsx = XLSXWriteOptions(schema: try request.schema())
        do throws(LedgerPipeline.Failure) {
            conversion = try LedgerFile(upload.path, name: upload.name, options: readOptions).convert(
                to: output, format: format, options: LedgerWriteOptions(csvEncoding: encoding, xlsx: xlsx))
        } catch {
            switch error {
            case .read(let error): throw ServeError(error, catalog: catalog)
            case .write(let error): throw ServeError(error, catalog: catalog)
            }
        }
        // No ledger header: nothing was written, and the finding says why.
        if let missing = conversion.result.findings.first(where: { $0.code == .headerNotFound }) {
            throw ServeError(missing, catalog: catalog)
        }
        let type =
            switch format {
            case .xlsx: Download.xlsxType
            case .json: "application/json"
            case .tsv: "text/tab-separated-values"
            default: "text/csv"
            }
        return try request.download(output, as: name, type: type)
    }
}
