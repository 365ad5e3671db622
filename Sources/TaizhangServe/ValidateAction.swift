// SPDX-License-Identifier: Apache-2.0
// `/api/validate` and `/api/annotate`: the uploads checked exactly as `taizhang validate` checks files.

import Taizhang

/// Validation of uploaded sheets, through ``BatchValidator`` as the command runs it, each upload
/// named by its client's file name.
enum ValidateAction {
    /// The §8 report of the `files` uploads (fields `roster`, `asOf`, `schema`, `year`, `sheet`).
    static func report(_ request: ActionRequest) throws(ServeError) -> ValidationReport {
        let (report, _, _) = try run(request)
        return report
    }

    /// The annotated copies and the summary workbook, as one zip (what `--annotate DIR` writes).
    static func annotate(_ request: ActionRequest) throws(ServeError) -> Download {
        let (report, files, options) = try run(request)
        let folder = try request.outputFolder("annotated")
        let readOptions = try request.readOptions()
        do throws(LedgerWriteError) {
            // A copy that cannot be written is named in the summary workbook, as on the command line.
            try AnnotatedCopies.write(
                report.files, sources: files.map(\.path), to: folder, options: XLSXWriteOptions(schema: options.schema),
                readOptions: readOptions, overwrite: false, catalog: request.catalog)
        } catch {
            throw ServeError(error, catalog: request.catalog)
        }
        let name = files.count == 1 ? Download.stem(of: files[0].name) + "-标注.zip" : "标注文件.zip"
        return try request.downloadZip(of: folder, as: name)
    }

    private static func run(
        _ request: ActionRequest
    ) throws(ServeError) -> (ValidationReport, [UploadedFile], ValidationOptions) {
        let files = try request.requiredFiles("files")
        let readOptions = try request.readOptions()
        let options = ValidationOptions(
            schema: try request.schema(), roster: try request.roster(), asOf: try request.asOf(), year: readOptions.year
        )
        let results = BatchValidator.validate(
            files: files.map(\.path), names: files.map(\.name), options: options, readOptions: readOptions)
        return (ValidationReport(files: results), files, options)
    }
}
