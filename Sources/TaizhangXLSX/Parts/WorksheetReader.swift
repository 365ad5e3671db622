// SPDX-License-Identifier: Apache-2.0
// Streaming a worksheet part: rows handed on as they are parsed, merged ranges collected.

import Foundation
import TaizhangModel
import TaizhangSheet

/// Reads `<row>`, `<c>` and `<mergeCell>` of a worksheet, handing each row on as it ends.
///
/// Memory holds one row at a time. Rows and cells without an `r` attribute follow the one
/// before; references may be lower case ("a1"). Empty rows are not handed on.
final class WorksheetReader: XMLPartHandler {
    private enum Capture {
        case none
        case value
        case inlineText
    }

    private let part: String
    private let file: String
    private let sharedStrings: SharedStringTable
    private let dateStyles: Set<Int>
    private let formatter: CellValueFormatter
    private let limits: ReadLimits
    private let onRow: (SheetRow) throws(LedgerReadError) -> Void

    private(set) var merges: [CellRange] = []
    private var rowNumber = 0
    private var cells: [String] = []
    private var uncachedFormulas: [Int] = []
    private var sawFormula = false
    private var column = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var capture = Capture.none
    private var inInlineString = false
    private var phoneticDepth = 0
    private var value = TextCollector()
    private var inline = TextCollector()

    init(
        part: String, file: String, sharedStrings: SharedStringTable, dateStyles: Set<Int>, date1904: Bool,
        limits: ReadLimits, onRow: @escaping (SheetRow) throws(LedgerReadError) -> Void
    ) {
        self.part = part
        self.file = file
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.formatter = CellValueFormatter(date1904: date1904)
        self.limits = limits
        self.onRow = onRow
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        if name.is("c") {
            if let reference = attributes.value("r") {
                let (parsedColumn, _) = try CellReference.parse(reference, part: part, file: file)
                column = parsedColumn
            } else {
                column += 1
            }
            cellType = attributes.value("t").map(CellType.init) ?? .number
            cellStyle = attributes.value("s").flatMap(WorksheetReader.decimal) ?? 0
            value.reset()
            inline.reset()
            sawFormula = false
        } else if name.is("f") {
            sawFormula = true
        } else if name.is("v") {
            capture = .value
        } else if name.is("is") {
            inInlineString = true
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inInlineString, phoneticDepth == 0 {
            capture = .inlineText
        } else if name.is("row") {
            if let reference = attributes.value("r") {
                guard let number = Int(String(cString: reference)), (1...CellReference.maxRow).contains(number) else {
                    throw CellReference.error(String(cString: reference), part: part, file: file)
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            cells.removeAll(keepingCapacity: true)
            uncachedFormulas.removeAll(keepingCapacity: true)
            column = 0
        } else if name.is("mergeCell"), let reference = attributes.value("ref") {
            if let range = try CellReference.parseRange(reference, part: part, file: file) { merges.append(range) }
        }
    }

    func end(_ name: XMLName) throws(LedgerReadError) {
        if name.is("c") {
            if sawFormula, value.isEmpty, inline.isEmpty { uncachedFormulas.append(column - 1) }
            let text = try cellText()
            if !text.isEmpty {
                while cells.count < column - 1 { cells.append("") }
                if cells.count == column - 1 { cells.append(text) } else { cells[column - 1] = text }
            }
        } else if name.is("v") || name.is("t") {
            capture = .none
        } else if name.is("is") {
            inInlineString = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("row") {
            if !cells.isEmpty || !uncachedFormulas.isEmpty {
                try onRow(SheetRow(number: rowNumber, cells: cells, uncachedFormulas: uncachedFormulas))
            }
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {
        switch capture {
        case .none: return
        case .value: value.append(bytes)
        case .inlineText: inline.append(bytes)
        }
        if value.bytes.count + inline.bytes.count > limits.maxCellCharacters * 4 {
            throw LedgerReadError(
                .limitExceeded, at: SourceLocation(file: file, row: rowNumber, column: column),
                arguments: [
                    "quantity": "cell-length",
                    "limit": String(limits.maxCellCharacters), "part": part,
                ])
        }
    }

    private func cellText() throws(LedgerReadError) -> String {
        switch cellType {
        case .shared:
            // `<c t="s"/>` with no value is an empty cell, as several writers emit for blank styled cells.
            if value.isEmpty { return "" }
            guard let index = WorksheetReader.decimal(value.bytes), let string = try sharedStrings.string(at: index)
            else {
                throw LedgerReadError(
                    .badSharedString, at: SourceLocation(file: file, row: rowNumber, column: column),
                    arguments: [
                        "index": String(decoding: value.bytes, as: UTF8.self),
                        "count": String(sharedStrings.count), "part": part,
                    ])
            }
            return string
        case .inline:
            return inline.isEmpty ? value.string : inline.string
        case .formulaString, .error:
            return value.string
        case .boolean:
            return value.isEmpty ? "" : formatter.boolean(String(decoding: value.bytes, as: UTF8.self))
        case .date:
            return formatter.isoDate(String(decoding: value.bytes, as: UTF8.self))
        case .number:
            guard !value.isEmpty else { return inline.string }
            let isDate = dateStyles.contains(cellStyle)
            // A plain integer such as a sequence number is already the text a clerk sees.
            if !isDate, value.bytes.count < 16, value.bytes.first != 0x30 || value.bytes.count == 1,
                value.bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            {
                return String(decoding: value.bytes, as: UTF8.self)
            }
            return formatter.number(String(decoding: value.bytes, as: UTF8.self), isDate: isDate)
        }
    }
}

/// Collects a worksheet's `<mergeCell ref>` ranges and nothing else.
final class MergesReader: XMLPartHandler {
    private let part: String
    private let file: String
    private(set) var merges: [CellRange] = []

    init(part: String, file: String) {
        self.part = part
        self.file = file
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        guard name.is("mergeCell"), let reference = attributes.value("ref"),
            let range = try CellReference.parseRange(reference, part: part, file: file)
        else { return }
        merges.append(range)
    }

    func end(_ name: XMLName) throws(LedgerReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {}
}

/// The `t` attribute of a cell.
enum CellType {
    case number, shared, inline, formulaString, boolean, error, date

    init(_ pointer: UnsafePointer<CChar>) {
        switch (UInt8(bitPattern: pointer[0]), pointer[0] == 0 ? 0 : UInt8(bitPattern: pointer[1])) {
        case (0x73, 0): self = .shared  // "s"
        case (0x73, 0x74): self = .formulaString  // "str"
        case (0x69, _): self = .inline  // "inlineStr"
        case (0x62, _): self = .boolean  // "b"
        case (0x65, _): self = .error  // "e"
        case (0x64, _): self = .date  // "d"
        default: self = .number  // "n", or anything unknown
        }
    }
}

extension WorksheetReader {
    /// A non-negative decimal number from a NUL-terminated attribute value.
    static func decimal(_ pointer: UnsafePointer<CChar>) -> Int? {
        pointer.withMemoryRebound(to: UInt8.self, capacity: strlen(pointer)) {
            decimal(UnsafeBufferPointer(start: $0, count: strlen(pointer)))
        }
    }

    /// A non-negative decimal number of at most 12 digits, spaces around it allowed; `nil` for anything else.
    static func decimal(_ bytes: some Sequence<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                guard digits < 12 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            case 0x20, 0x09, 0x0A, 0x0D:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }
}

/// A1 references: "C36", lower case allowed, within Excel's grid of XFD1048576.
enum CellReference {
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    /// The 1-based column and row of a reference.
    static func parse(_ pointer: UnsafePointer<CChar>, part: String, file: String) throws(LedgerReadError) -> (Int, Int)
    {
        guard let coordinates = coordinates(pointer) else {
            throw error(String(cString: pointer), part: part, file: file)
        }
        return coordinates
    }

    /// The column and row of a NUL-terminated reference ("C36", "c36", "$C$36"), or `nil`.
    static func coordinates(_ pointer: UnsafePointer<CChar>) -> (Int, Int)? {
        var index = 0
        if pointer[index] == 0x24 { index += 1 }
        var column = 0
        var letters = 0
        while letters <= 3 {
            let upper = UInt8(bitPattern: pointer[index]) & 0xDF
            guard upper >= 0x41, upper <= 0x5A else { break }
            column = column * 26 + Int(upper - 0x40)
            letters += 1
            index += 1
        }
        if pointer[index] == 0x24 { index += 1 }
        var row = 0
        var digits = 0
        while pointer[index] != 0 {
            let byte = UInt8(bitPattern: pointer[index])
            guard byte >= 0x30, byte <= 0x39, digits < 8 else { return nil }
            row = row * 10 + Int(byte - 0x30)
            digits += 1
            index += 1
        }
        guard letters >= 1, letters <= 3, column <= maxColumn, row <= maxRow else { return nil }
        return (column, row)
    }

    /// A merged range "A1:E1"; `nil` for a single cell.
    static func parseRange(_ pointer: UnsafePointer<CChar>, part: String, file: String) throws(LedgerReadError)
        -> CellRange?
    {
        let text = String(cString: pointer)
        let ends = text.split(separator: ":").map(String.init)
        guard ends.count == 2 else { return nil }
        guard let first = ends[0].withCString(coordinates), let last = ends[1].withCString(coordinates),
            first.1 >= 1, last.1 >= 1
        else { throw error(text, part: part, file: file) }
        return CellRange(firstRow: first.1, firstColumn: first.0, lastRow: last.1, lastColumn: last.0)
    }

    static func error(_ reference: String, part: String, file: String) -> LedgerReadError {
        LedgerReadError(
            .badCellReference, at: SourceLocation(file: file),
            arguments: ["reference": String(reference.prefix(40)), "part": part])
    }
}
