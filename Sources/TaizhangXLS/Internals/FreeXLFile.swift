// SPDX-License-Identifier: Apache-2.0
// A thin layer over FreeXL: one Swift call per C call, no C type beyond this file.

import CTaizhangFreeXL

/// A cell as FreeXL reports it.
enum FreeXLCell: Equatable {
    /// No value.
    case empty
    /// A whole number.
    case integer(Int)
    /// A number with a fraction (or a large whole number).
    case double(Double)
    /// Text, already UTF-8.
    case text(String)
    /// A date, date and time, or time of day, as FreeXL writes it ("2021-10-31", "2021-10-31 08:30:00", "08:30:00").
    case dateText(String)
}

/// An .xls file opened with FreeXL; closed when released.
final class FreeXLFile {
    private var handle: UnsafeRawPointer?

    /// Opens a file; on failure, the FreeXL error code.
    init(path: String) throws(FreeXLFailure) {
        var opened: UnsafeRawPointer?
        let code = freexl_open(path, &opened)
        handle = opened
        guard code == FREEXL_OK, handle != nil else { throw FreeXLFailure(code: code) }
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    /// A workbook fact (`FREEXL_BIFF_*`), or `nil` when FreeXL has none.
    func info(_ what: Int32) -> UInt32? {
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK ? value : nil
    }

    /// How many worksheets the workbook has.
    var worksheetCount: Int { Int(info(FREEXL_BIFF_SHEET_COUNT) ?? 0) }

    /// The name of a worksheet (0-based), or `nil` when FreeXL gives none.
    func worksheetName(_ index: Int) -> String? {
        var name: UnsafePointer<CChar>?
        guard freexl_get_worksheet_name(handle, UInt16(index), &name) == FREEXL_OK, let name else { return nil }
        return String(cString: name)
    }

    /// Makes a worksheet (0-based) the one cells are read from.
    func selectWorksheet(_ index: Int) throws(FreeXLFailure) {
        let code = freexl_select_active_worksheet(handle, UInt16(index))
        guard code == FREEXL_OK else { throw FreeXLFailure(code: code) }
    }

    /// The selected worksheet's size: its row and column counts.
    func dimensions() throws(FreeXLFailure) -> (rows: Int, columns: Int) {
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        let code = freexl_worksheet_dimensions(handle, &rows, &columns)
        guard code == FREEXL_OK else { throw FreeXLFailure(code: code) }
        return (Int(rows), Int(columns))
    }

    /// The value of a cell of the selected worksheet (0-based).
    func cell(row: Int, column: Int) throws(FreeXLFailure) -> FreeXLCell {
        var value = FreeXL_CellValue()
        let code = freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value)
        guard code == FREEXL_OK else { throw FreeXLFailure(code: code) }
        switch Int32(value.type) {
        case FREEXL_CELL_INT: return .integer(Int(value.value.int_value))
        case FREEXL_CELL_DOUBLE: return .double(value.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            return value.value.text_value.map { .text(String(cString: $0)) } ?? .empty
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            return value.value.text_value.map { .dateText(String(cString: $0)) } ?? .empty
        default: return .empty
        }
    }
}

/// A FreeXL call failed.
struct FreeXLFailure: Error {
    /// FreeXL's (negative) error code.
    let code: Int32

    /// Whether the code says the file is not a readable BIFF workbook at all (rather than damaged).
    var isNotWorkbook: Bool {
        code == FREEXL_BIFF_WORKBOOK_NOT_FOUND || code == FREEXL_CFBF_INVALID_SIGNATURE
    }

    /// The reason, as a key of the message catalogue (worded there in either language).
    var reason: String {
        switch code {
        case FREEXL_FILE_NOT_FOUND: "file-not-found"
        case FREEXL_INSUFFICIENT_MEMORY: "out-of-memory"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            "invalid-compound-file-header"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR: "file-cut-short"
        case FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_INVALID_MINI_STREAM,
            FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            "broken-sector-chain"
        case FREEXL_BIFF_INVALID_BOF: "invalid-biff-record"
        case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX: "invalid-shared-strings"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND: "no-workbook-stream"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET: "unsupported-code-page"
        case FREEXL_CRAFTED_FILE: "crafted-file"
        default: "FreeXL error \(code)"
        }
    }
}
