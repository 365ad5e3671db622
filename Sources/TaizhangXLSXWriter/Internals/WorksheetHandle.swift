// SPDX-License-Identifier: Apache-2.0
// One Swift call per libxlsxwriter worksheet call; positions are 0-based here, as in C.

internal import CTaizhangXLSXWriter
import TaizhangModel

/// A worksheet of a ``WorkbookHandle``; it lives as long as its workbook.
struct WorksheetHandle {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let path: String

    /// `worksheet_write_string`.
    func writeString(row: Int, column: Int, _ text: String, format: FormatHandle?) throws(LedgerWriteError) {
        try text.withCString { text in
            Result { () throws(LedgerWriteError) in try writeString(row: row, column: column, text, format: format) }
        }.get()
    }

    /// `worksheet_write_string` of a C string.
    func writeString(row: Int, column: Int, _ text: UnsafePointer<CChar>, format: FormatHandle?)
        throws(LedgerWriteError)
    {
        let result = worksheet_write_string(sheet, lxwRow(row), lxwColumn(column), text, format?.pointer)
        try checkResult(result, "worksheet_write_string", path: path)
    }

    /// `worksheet_write_number`.
    func writeNumber(row: Int, column: Int, _ number: Double, format: FormatHandle?) throws(LedgerWriteError) {
        let result = worksheet_write_number(sheet, lxwRow(row), lxwColumn(column), number, format?.pointer)
        try checkResult(result, "worksheet_write_number", path: path)
    }

    /// `worksheet_write_datetime`; the date is checked by the caller (month 1…12, day valid).
    func writeDate(row: Int, column: Int, _ date: CalendarDate, format: FormatHandle?) throws(LedgerWriteError) {
        var value = lxw_datetime(
            year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
        let result = worksheet_write_datetime(sheet, lxwRow(row), lxwColumn(column), &value, format?.pointer)
        try checkResult(result, "worksheet_write_datetime", path: path)
    }

    /// `worksheet_write_formula_str`: a formula with the text shown until it is calculated
    /// (readers that never calculate, and previews, show that text).
    func writeFormula(row: Int, column: Int, _ formula: String, result: String, format: FormatHandle?)
        throws(LedgerWriteError)
    {
        let code = formula.withCString { cFormula in
            result.withCString { cResult in
                worksheet_write_formula_str(sheet, lxwRow(row), lxwColumn(column), cFormula, format?.pointer, cResult)
            }
        }
        try checkResult(code, "worksheet_write_formula_str", path: path)
    }

    /// `worksheet_write_formula_num`: a formula with the number shown until it is calculated.
    func writeFormula(row: Int, column: Int, _ formula: String, result: Double, format: FormatHandle?)
        throws(LedgerWriteError)
    {
        let code = formula.withCString {
            worksheet_write_formula_num(sheet, lxwRow(row), lxwColumn(column), $0, format?.pointer, result)
        }
        try checkResult(code, "worksheet_write_formula_num", path: path)
    }

    /// `worksheet_write_comment_opt`: a note on a cell, shown when the pointer rests on it
    /// (workbooks written in memory only; libxlsxwriter has no comments in constant-memory mode).
    func writeComment(row: Int, column: Int, _ text: String, author: String) throws(LedgerWriteError) {
        let result = text.withCString { cText in
            author.withCString { cAuthor in
                var options = lxw_comment_options()
                options.author = UnsafeMutablePointer(mutating: cAuthor)
                options.width = 320
                options.height = 140
                return worksheet_write_comment_opt(sheet, lxwRow(row), lxwColumn(column), cText, &options)
            }
        }
        try checkResult(result, "worksheet_write_comment_opt", path: path)
    }

    /// `worksheet_write_blank`: an empty cell that still carries its format (borders).
    func writeBlank(row: Int, column: Int, format: FormatHandle?) throws(LedgerWriteError) {
        let result = worksheet_write_blank(sheet, lxwRow(row), lxwColumn(column), format?.pointer)
        try checkResult(result, "worksheet_write_blank", path: path)
    }

    /// `worksheet_merge_range`.
    func mergeRange(row: Int, firstColumn: Int, lastColumn: Int, _ text: String, format: FormatHandle?)
        throws(LedgerWriteError)
    {
        try text.withCString { text in
            Result { () throws(LedgerWriteError) in
                try mergeRange(row: row, firstColumn: firstColumn, lastColumn: lastColumn, text, format: format)
            }
        }.get()
    }

    /// `worksheet_merge_range` of a C string.
    func mergeRange(row: Int, firstColumn: Int, lastColumn: Int, _ text: UnsafePointer<CChar>, format: FormatHandle?)
        throws(LedgerWriteError)
    {
        let result = worksheet_merge_range(
            sheet, lxwRow(row), lxwColumn(firstColumn), lxwRow(row), lxwColumn(lastColumn), text, format?.pointer)
        try checkResult(result, "worksheet_merge_range", path: path)
    }

    /// `worksheet_set_row` (height in points).
    func setRow(_ row: Int, height: Double, format: FormatHandle? = nil) throws(LedgerWriteError) {
        try checkResult(worksheet_set_row(sheet, lxwRow(row), height, format?.pointer), "worksheet_set_row", path: path)
    }

    /// `worksheet_set_column_opt` (width in character units).
    func setColumns(_ first: Int, _ last: Int, width: Double, format: FormatHandle? = nil, hidden: Bool = false)
        throws(LedgerWriteError)
    {
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let result = worksheet_set_column_opt(
            sheet, lxwColumn(first), lxwColumn(last), width, format?.pointer, &options)
        try checkResult(result, "worksheet_set_column_opt", path: path)
    }

    /// `worksheet_freeze_panes`: rows above `row` stay in view.
    func freezeRows(above row: Int) {
        worksheet_freeze_panes(sheet, lxwRow(row), 0)
    }

    /// `worksheet_autofilter`.
    func autofilter(firstRow: Int, lastRow: Int, lastColumn: Int) throws(LedgerWriteError) {
        let result = worksheet_autofilter(sheet, lxwRow(firstRow), 0, lxwRow(lastRow), lxwColumn(lastColumn))
        try checkResult(result, "worksheet_autofilter", path: path)
    }

    /// `worksheet_print_area` from A1: the printed part of the sheet.
    func printArea(lastRow: Int, lastColumn: Int) throws(LedgerWriteError) {
        let result = worksheet_print_area(sheet, 0, 0, lxwRow(lastRow), lxwColumn(lastColumn))
        try checkResult(result, "worksheet_print_area", path: path)
    }

    /// `worksheet_set_landscape`, `worksheet_set_paper`, `worksheet_center_horizontally`,
    /// `worksheet_set_margins`, `worksheet_fit_to_pages`, `worksheet_repeat_rows`, `worksheet_set_footer`.
    func setPrintLayout(_ layout: PrintLayout) throws(LedgerWriteError) {
        if layout.landscape { worksheet_set_landscape(sheet) }
        worksheet_set_paper(sheet, layout.paper.rawValue)
        if layout.centerHorizontally { worksheet_center_horizontally(sheet) }
        let margins = layout.margins
        worksheet_set_margins(sheet, margins.left, margins.right, margins.top, margins.bottom)
        worksheet_fit_to_pages(sheet, layout.pagesWide, layout.pagesTall)
        if let rows = layout.repeatedRows {
            try checkResult(
                worksheet_repeat_rows(sheet, lxwRow(rows.lowerBound), lxwRow(rows.upperBound)), "worksheet_repeat_rows",
                path: path)
        }
        if let footer = layout.footer {
            try checkResult(worksheet_set_footer(sheet, footer), "worksheet_set_footer", path: path)
        }
    }

    /// `worksheet_data_validation_range` with a list taken from a range (never an inline list:
    /// libxlsxwriter 1.1.4 overflows a buffer on inline lists past 255 bytes, upstream issue 394).
    func listValidation(_ validation: ListValidation) throws(LedgerWriteError) {
        let strings = CStrings()
        var c = lxw_data_validation()
        c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        c.value_formula = strings.copy(validation.source)
        c.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        c.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
        c.show_input = UInt8((validation.inputMessage == nil ? LXW_VALIDATION_OFF : LXW_VALIDATION_ON).rawValue)
        c.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        c.error_type = UInt8(
            (validation.stops ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        c.input_title = strings.copy(validation.inputTitle)
        c.input_message = strings.copy(validation.inputMessage)
        c.error_title = strings.copy(validation.errorTitle)
        c.error_message = strings.copy(validation.errorMessage)
        let result = withExtendedLifetime(strings) { validate(validation.range, &c) }
        try checkResult(result, "worksheet_data_validation_range", path: path)
    }

    /// `worksheet_data_validation_range` with no rule, only an input message (for free-text columns).
    func inputMessage(_ range: CellBlock, title: String, message: String) throws(LedgerWriteError) {
        let strings = CStrings()
        var c = lxw_data_validation()
        c.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        c.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        c.input_title = strings.copy(title)
        c.input_message = strings.copy(message)
        let result = withExtendedLifetime(strings) { validate(range, &c) }
        try checkResult(result, "worksheet_data_validation_range", path: path)
    }

    private func validate(_ range: CellBlock, _ validation: inout lxw_data_validation) -> lxw_error {
        worksheet_data_validation_range(
            sheet, lxwRow(range.firstRow), lxwColumn(range.firstColumn),
            lxwRow(range.lastRow), lxwColumn(range.lastColumn), &validation
        )
    }

    /// `worksheet_conditional_format_range` with a formula rule.
    func formulaHighlight(_ range: CellBlock, formula: String, format: FormatHandle) throws(LedgerWriteError) {
        let result = formula.withCString { cFormula in
            var c = lxw_conditional_format()
            c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            c.value_string = UnsafeMutablePointer(mutating: cFormula)
            c.format = format.pointer
            return worksheet_conditional_format_range(
                sheet, lxwRow(range.firstRow), lxwColumn(range.firstColumn),
                lxwRow(range.lastRow), lxwColumn(range.lastColumn), &c
            )
        }
        try checkResult(result, "worksheet_conditional_format_range", path: path)
    }

    /// `worksheet_protect` without a password: locked cells cannot be edited, rows can be
    /// inserted, deleted, resized, sorted and filtered.
    func protect() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        options.insert_rows = 1
        options.delete_rows = 1
        options.sort = 1
        options.autofilter = 1
        worksheet_protect(sheet, nil, &options)
    }

    /// `worksheet_hide`.
    func hide() { worksheet_hide(sheet) }

    /// `worksheet_activate`.
    func activate() { worksheet_activate(sheet) }

    private func lxwRow(_ row: Int) -> lxw_row_t { lxw_row_t(row) }
    private func lxwColumn(_ column: Int) -> lxw_col_t { lxw_col_t(column) }
}

/// A rectangle of cells, 0-based and inclusive.
struct CellBlock: Equatable {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int
}

/// A drop-down list on a block of cells, its choices taken from a range.
struct ListValidation {
    /// The cells.
    var range: CellBlock
    /// The source formula, e.g. "=Departments" or "='名录'!$A$2:$A$40".
    var source: String
    /// Whether a value off the list is refused (stop) or only warned about.
    var stops: Bool
    /// The input message's title (at most 32 characters).
    var inputTitle: String?
    /// The input message (at most 255 characters).
    var inputMessage: String?
    /// The error box's title.
    var errorTitle: String?
    /// The error box's message.
    var errorMessage: String?
}
