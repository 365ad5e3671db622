// SPDX-License-Identifier: Apache-2.0
// Options choosing the ledger schema and the document properties of written workbooks.

import ArgumentParser
import Taizhang

/// `--schema`, `--author`, `--company`.
struct SchemaOptions: ParsableArguments {
    @Option(name: .long, help: "台账模式 ledger schema: standard | progress | a schema .json file.")
    var schema: String = "standard"

    @Option(name: .long, help: "文档作者 the workbook's author (default: the issuing body).")
    var author: String?

    @Option(name: .long, help: "文档单位 the workbook's company (default: the issuing body).")
    var company: String?

    /// The workbook settings these options give.
    ///
    /// - Throws: ``LedgerReadError`` when the schema cannot be found or read.
    func writeOptions() throws(LedgerReadError) -> XLSXWriteOptions {
        XLSXWriteOptions(schema: try SchemaFile.load(schema), author: author, company: company)
    }
}
