// SPDX-License-Identifier: Apache-2.0
// `/api/split`: one workbook per department and the distribution list, as one zip.

import Taizhang

/// 分解下发 of an uploaded master (field `file`, optional `roster`), as `taizhang split` writes it.
enum SplitAction {
    static func run(_ request: ActionRequest) throws(ServeError) -> Download {
        let upload = try request.requiredFile("file")
        let master = try MasterLedger.read(upload, request)
        let folder = try request.outputFolder("split")
        let options = SplitOptions(roster: try request.roster())
        do throws(LedgerWriteError) {
            _ = try LedgerSplitter.split(master, into: folder, options: options)
        } catch {
            throw ServeError(error, catalog: request.catalog)
        }
        return try request.downloadZip(of: folder, as: Download.stem(of: upload.name) + "-分解下发.zip")
    }
}

/// Reading a master ledger, which must have a ledger header (else its `header-not-found` finding is the answer).
enum MasterLedger {
    static func read(_ upload: UploadedFile, _ request: ActionRequest) throws(ServeError) -> Ledger {
        let read: LedgerReadResult
        let options = try request.readOptions()
        do throws(LedgerReadError) {
            read = try LedgerFile(upload.path, name: upload.name, options: options).read()
        } catch {
            throw ServeError(error, catalog: request.catalog)
        }
        if let missing = read.findings.first(where: { $0.code == .headerNotFound }) {
            throw ServeError(missing, catalog: request.catalog)
        }
        return read.ledger
    }
}
