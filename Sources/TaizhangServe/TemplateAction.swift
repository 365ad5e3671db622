// SPDX-License-Identifier: Apache-2.0
// `/api/template`: a blank ledger workbook, as `taizhang template` writes it.

import Taizhang

/// A blank template: fields `schema`, `title`, `subtitle`, `rows`, and an uploaded `roster`.
enum TemplateAction {
    static func run(_ request: ActionRequest) throws(ServeError) -> Download {
        let defaults = TemplateOptions()
        let title = request.form.text("title") ?? "重点任务台账"
        let options = TemplateOptions(
            schema: try request.schema(), title: title,
            subtitle: request.form.fields["subtitle"].map { $0.strippingBlanks().isEmpty ? nil : $0 }
                ?? defaults.subtitle,
            rows: try request.number("rows", default: 30, in: 1...TemplateOptions.maximumRows),
            roster: try request.roster())
        let output = request.outputPath("template.xlsx")
        do throws(LedgerWriteError) {
            try AtomicFileWriter.write(to: output, overwrite: false) { temporary throws(LedgerWriteError) in
                try TemplateWriter.write(to: temporary, reportedAs: "template.xlsx", options: options)
            }
        } catch {
            throw ServeError(error, catalog: request.catalog)
        }
        return try request.download(output, as: Download.safeName(title) + ".xlsx", type: Download.xlsxType)
    }
}
