// SPDX-License-Identifier: Apache-2.0
// Writing a whole ledger held in memory.

import TaizhangModel
import TaizhangSheet

extension LedgerWorkbookWriter {
    /// Writes a ledger to a workbook at `path`.
    ///
    /// `reportedPath` is the name errors give the output when `path` is a temporary file. The columns are the schema's, with the optional ones the ledger uses and its extra columns;
    /// the memory mode follows the number of tasks unless the options fix it. Task identifiers go
    /// into the hidden column when the options ask for them or any task has one.
    ///
    /// - Returns: warnings about the output (control characters removed).
    /// - Throws: ``LedgerWriteError`` for a cell over 32,767 characters, a value a workbook cannot
    ///   hold, or a libxlsxwriter failure.
    /// - Parameter appendix: tables written on sheets after the ledger's (e.g. a merge's 未匹配 rows).
    public static func write(
        _ ledger: Ledger, to path: String, reportedAs reportedPath: String? = nil,
        options: XLSXWriteOptions = XLSXWriteOptions(), appendix: [TableSheet] = []
    ) throws(LedgerWriteError) -> [Finding] {
        var options = options
        // The appendix sheets are written on this thread, so the ledger's rows must not stream on another.
        if !appendix.isEmpty { options.memoryMode = .inMemory }
        // Identifiers a ledger carries (read from a split or merged workbook) are never dropped.
        if ledger.entries.contains(where: { $0.task.id != nil }) { options.writesTaskIdentifiers = true }
        let columns = LedgerGrid.columns(
            schema: options.schema, fieldsInUse: ledger.optionalFieldsInUse, extraColumns: ledger.extraColumns
        )
        let sections = ledger.allSections.count
        let writer = try LedgerWorkbookWriter(
            path: path, reportedAs: reportedPath, heading: ledger, columns: columns, options: options,
            expectedRows: ledger.taskCount + sections, unlockedBody: false
        )
        try writer.append(ledger.body, depth: 0)
        for table in appendix {
            try table.write(into: writer.workbook, formats: writer.formats, fontSize: options.schema.fonts.body.size)
        }
        return try writer.close()
    }

    func append(_ section: LedgerSection, depth: Int) throws(LedgerWriteError) {
        if let heading = section.heading { try append(heading, depth: depth) }
        for task in section.tasks { try append(task) }
        for subsection in section.subsections { try append(subsection, depth: depth + 1) }
    }
}
