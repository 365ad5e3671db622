// SPDX-License-Identifier: Apache-2.0
// One request's form, folder and language, and the options every action reads from its fields.

import Foundation
import Taizhang

/// What an action works on: the received form, the request's private folder, the message language.
/// The options mirror the command line's, but a schema or roster comes only as an uploaded file or
/// a shipped schema's name: no field ever names a file on the server.
struct ActionRequest: Sendable {
    var form: UploadForm
    var folder: UploadFolder
    var catalog: MessageCatalog

    /// The file of a required field.
    func requiredFile(_ field: String) throws(ServeError) -> UploadedFile {
        guard let file = form.file(field) else {
            throw ServeError(.missingFile, status: 400, catalog: catalog, ["field": field])
        }
        return file
    }

    /// The files of a required field, at least one.
    func requiredFiles(_ field: String) throws(ServeError) -> [UploadedFile] {
        let files = form.files(field)
        guard !files.isEmpty else { throw ServeError(.missingFile, status: 400, catalog: catalog, ["field": field]) }
        return files
    }

    /// `schema`: an uploaded schema .json, or a shipped schema's name (default `standard`).
    func schema() throws(ServeError) -> LedgerSchema {
        do throws(LedgerReadError) {
            if let upload = form.file("schema") {
                let bytes = try FileBytes.read(path: upload.path, file: upload.name)
                return try LedgerSchema.decode(bytes, file: upload.name)
            }
            let name = form.text("schema") ?? "standard"
            guard let schema = LedgerSchema.builtIn(named: name) else {
                throw LedgerReadError(
                    .unknownSchema, at: SourceLocation(file: name),
                    arguments: ["name": name, "available": LedgerSchema.builtInNames.joined(separator: ", ")])
            }
            return schema
        } catch {
            throw ServeError(error, catalog: catalog)
        }
    }

    /// `roster`: an uploaded roster file, or none.
    func roster() throws(ServeError) -> DepartmentRoster? {
        guard let upload = form.file("roster") else { return nil }
        do throws(LedgerReadError) {
            return try RosterFile.load(upload.path, name: upload.name)
        } catch {
            throw ServeError(error, catalog: catalog)
        }
    }

    /// `asOf`: YYYY-MM-DD, default today.
    func asOf() throws(ServeError) -> CalendarDate {
        guard let text = form.text("asOf") else { return .today }
        guard let date = CalendarDate(iso: text) else {
            throw ServeError(.badDate, catalog: catalog, ["option": "asOf", "value": text])
        }
        return date
    }

    /// Whether `asOf` was given (a bulletin workbook then keeps its date rather than following today).
    var hasAsOf: Bool { form.text("asOf") != nil }

    /// `year` and `sheet`, as `--year` and `--sheet` give them.
    func readOptions() throws(ServeError) -> LedgerReadOptions {
        var year: Int?
        if let text = form.text("year") {
            guard let value = Int(text), (1949...2200).contains(value) else {
                throw ServeError(.badYear, catalog: catalog, ["value": text])
            }
            year = value
        }
        return LedgerReadOptions(year: year, sheet: form.text("sheet"))
    }

    /// A whole number field within `range`.
    func number(_ field: String, default value: Int, in range: ClosedRange<Int>) throws(ServeError) -> Int {
        guard let text = form.text(field) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw ServeError(
                .badField, status: 400, catalog: catalog,
                [
                    "field": field, "value": text, "allowed": "\(range.lowerBound)–\(range.upperBound)",
                ])
        }
        return number
    }

    /// A path for an output inside the request's folder.
    func outputPath(_ name: String) -> String {
        (folder.path as NSString).appendingPathComponent(name)
    }

    /// A new output subfolder.
    func outputFolder(_ name: String) throws(ServeError) -> String {
        do throws(UploadFolder.Failure) {
            return try folder.subfolder(name)
        } catch {
            throw ServeError(.serverFailed, status: 500, catalog: catalog, ["reason": error.reason])
        }
    }

    /// A file the action wrote, read back to send.
    func download(_ path: String, as name: String, type: String) throws(ServeError) -> Download {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServeError(.serverFailed, status: 500, catalog: catalog, ["reason": "output missing"])
        }
        return Download(bytes: data, fileName: name, contentType: type)
    }

    /// A folder the action wrote, as one zip to send.
    func downloadZip(of folder: String, as name: String) throws(ServeError) -> Download {
        let archive = outputPath("download.zip")
        do throws(UploadFolder.Failure) {
            try ZipFolder.pack(folder, into: archive)
        } catch {
            throw ServeError(.serverFailed, status: 500, catalog: catalog, ["reason": error.reason])
        }
        return try download(archive, as: name, type: "application/zip")
    }
}

/// A file for the browser to save.
struct Download: Sendable {
    var bytes: Data
    /// The name the browser offers, never a path.
    var fileName: String
    var contentType: String

    /// The stem of an upload's name ("台账" of "台账.xlsx"), for naming what is made from it.
    static func stem(of name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// A title made fit to be a file name: no path separator, no character Windows forbids, at
    /// most 80 characters; "台账" when nothing is left.
    static func safeName(_ title: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let kept = title.filter { character in
            !forbidden.contains(character) && !character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }
        let name = String(kept.strippingBlanks().prefix(80))
        return name.isEmpty || name.hasPrefix(".") ? "台账" : name
    }

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}
