// SPDX-License-Identifier: Apache-2.0
// Reading Excel 2003's XML Spreadsheet: worksheets, their visibility, rows and cells with their merges.

import TaizhangModel
import TaizhangSheet

/// Reads `<Worksheet ss:Name>`, `<Row ss:Index>`, `<Cell ss:Index ss:MergeAcross ss:MergeDown>`,
/// `<Data ss:Type>` (its text, rich runs included) and `<Visible>SheetHidden</Visible>`.
final class SpreadsheetXMLHandler: XMLPartHandler {
    /// A worksheet as read.
    struct Worksheet {
        var name: String
        var isHidden = false
        var rows: [SheetRow] = []
        var merges: [CellRange] = []
    }

    /// The most cells the sheets may hold, counted as the grids their rows become.
    static let maxCells = 4_000_000

    private(set) var worksheets: [Worksheet] = []
    private let file: String
    private let limits: ReadLimits
    private let formatter = CellValueFormatter(date1904: false)
    private var rowNumber = 0
    private var cells: [String] = []
    /// The last column (1-based) the row has reached, merged columns included.
    private var column = 0
    /// The 0-based column of the cell being read, or -1 outside a cell.
    private var cellStart = -1
    private var gridCells = 0
    private var dataType: String?
    private var data = TextCollector()
    private var inData = false
    private var inVisible = false
    private var visible = TextCollector()

    init(file: String, limits: ReadLimits) {
        self.file = file
        self.limits = limits
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("Worksheet") {
            worksheets.append(Worksheet(name: attributes.string("Name") ?? "Sheet\(worksheets.count + 1)"))
            rowNumber = 0
        } else if name.is("Row"), !worksheets.isEmpty {
            rowNumber = try index(attributes, after: rowNumber, limit: 1_048_576)
            cells = []
            column = 0
            cellStart = -1
        } else if name.is("Cell"), !worksheets.isEmpty, rowNumber > 0 {
            try startCell(attributes)
        } else if name.is("Data") {
            inData = true
            dataType = attributes.string("Type")
            data.reset()
        } else if name.is("Visible") {
            inVisible = true
            visible.reset()
        }
    }

    private func startCell(_ attributes: XMLAttributes) throws(LedgerReadError) {
        let previous = column
        let first = try index(attributes, after: column, limit: 16_384)
        let across = min(max(Int(attributes.string("MergeAcross") ?? "") ?? 0, 0), 16_384 - first)
        let down = min(max(Int(attributes.string("MergeDown") ?? "") ?? 0, 0), 1_048_576 - rowNumber)
        if across > 0 || down > 0 {
            worksheets[worksheets.count - 1].merges.append(
                CellRange(
                    firstRow: rowNumber, firstColumn: first, lastRow: rowNumber + down, lastColumn: first + across))
        }
        cellStart = first - 1
        column = first + across
        // Every column a row passes over counts, written or skipped.
        gridCells += column - previous
        guard gridCells <= SpreadsheetXMLHandler.maxCells else {
            throw LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file),
                arguments: [
                    "quantity": "table-cells",
                    "limit": String(SpreadsheetXMLHandler.maxCells), "part": "Worksheet",
                ])
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {
        if name.is("Data"), inData {
            inData = false
            guard !worksheets.isEmpty, rowNumber > 0, cellStart >= 0 else { return }
            let raw = String(decoding: data.bytes, as: UTF8.self)
            let text =
                switch dataType {
                case "Number": formatter.number(raw, isDate: false)
                case "DateTime": formatter.isoDate(SpreadsheetXMLHandler.withoutZeroFraction(raw))
                case "Boolean": formatter.boolean(raw)
                default: raw
                }
            while cells.count <= cellStart { cells.append("") }
            cells[cellStart] += text
        } else if name.is("Row"), !worksheets.isEmpty {
            while cells.last?.isEmpty == true { cells.removeLast() }
            if !cells.isEmpty {
                worksheets[worksheets.count - 1].rows.append(SheetRow(number: rowNumber, cells: cells))
            }
            cells = []
        } else if name.is("Visible"), inVisible {
            inVisible = false
            if !worksheets.isEmpty, String(decoding: visible.bytes, as: UTF8.self).contains("Hidden") {
                worksheets[worksheets.count - 1].isHidden = true
            }
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        if inData {
            data.append(bytes)
            if data.bytes.count > limits.maxCellCharacters * 4 {
                throw LedgerReadError(
                    .limitExceeded, at: SourceLocation(file: file, sheet: worksheets.last?.name, row: rowNumber),
                    arguments: [
                        "quantity": "string-length",
                        "limit": String(limits.maxCellCharacters), "part": "Worksheet",
                    ])
            }
        } else if inVisible {
            visible.append(bytes)
        }
    }

    /// "2023-06-30T00:00:00.000" as "2023-06-30T00:00:00": Excel 2003 writes a zero fraction on every date.
    static func withoutZeroFraction(_ raw: String) -> String {
        guard let dot = raw.lastIndex(of: "."), raw[raw.index(after: dot)...].allSatisfy({ $0 == "0" }) else {
            return raw
        }
        return String(raw[..<dot])
    }

    /// `ss:Index` when given (1-based, forwards only), else the one after `previous`.
    private func index(_ attributes: XMLAttributes, after previous: Int, limit: Int) throws(LedgerReadError) -> Int {
        guard let given = attributes.string("Index") else {
            guard previous < limit else { throw beyond(String(previous + 1)) }
            return previous + 1
        }
        guard let value = Int(given), value > previous, value <= limit else { throw beyond(given) }
        return value
    }

    private func beyond(_ value: String) -> LedgerReadError {
        LedgerReadError(
            .badCellReference, at: SourceLocation(file: file, sheet: worksheets.last?.name, row: rowNumber),
            arguments: ["reference": "ss:Index=\(value)", "part": "Worksheet"])
    }
}
