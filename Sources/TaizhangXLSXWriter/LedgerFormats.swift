// SPDX-License-Identifier: Apache-2.0
// The cell formats of a printed ledger (LEDGER-SPEC §6), made once per workbook.

import TaizhangModel

/// The formats every ledger row uses, made from a schema's fonts.
struct LedgerFormats {
    let title: FormatHandle
    let subtitle: FormatHandle
    let header: FormatHandle
    let section: FormatHandle
    let sectionNumeral: FormatHandle
    let bodyLeft: FormatHandle
    let bodyCentered: FormatHandle
    /// Body cells a department fills in on a protected sheet (进展情况, 完成情况, 备注 of a split workbook).
    let unlockedLeft: FormatHandle
    let unlockedCentered: FormatHandle
    let dueDate: FormatHandle
    let overdue: FormatHandle
    let sheetText: FormatHandle
    /// Marked cells of annotated copies, by severity and alignment.
    private let markedFormats: [Severity: [SchemaColumn.Alignment: FormatHandle]]

    /// Makes the formats; template bodies are unlocked so clerks can fill them in a protected sheet.
    init(workbook: WorkbookHandle, schema: LedgerSchema, unlockedBody: Bool) throws(LedgerWriteError) {
        let fonts = schema.fonts
        let fill = RGBColor(hex: schema.headerFill)?.value ?? 0xD9D9D9
        func make(_ style: CellStyle) throws(LedgerWriteError) -> FormatHandle {
            guard let format = workbook.addFormat(style) else {
                throw LedgerWriteError(.writerFailed, path: workbook.path, arguments: ["reason": "workbook_add_format"])
            }
            return format
        }
        title = try make(CellStyle(font: fonts.title, centered: true, borders: false))
        subtitle = try make(CellStyle(font: fonts.body, centered: true, borders: false))
        header = try make(CellStyle(font: fonts.header, centered: true, fill: fill))
        section = try make(CellStyle(font: fonts.body, bold: true, unlocked: unlockedBody))
        sectionNumeral = try make(CellStyle(font: fonts.body, bold: true, centered: true, unlocked: unlockedBody))
        bodyLeft = try make(CellStyle(font: fonts.body, unlocked: unlockedBody))
        bodyCentered = try make(CellStyle(font: fonts.body, centered: true, unlocked: unlockedBody))
        unlockedLeft = try make(CellStyle(font: fonts.body, unlocked: true))
        unlockedCentered = try make(CellStyle(font: fonts.body, centered: true, unlocked: true))
        dueDate = try make(CellStyle(font: fonts.body, centered: true, borders: false, numberFormat: "yyyy-mm-dd"))
        overdue = try make(CellStyle(font: fonts.body, fontColor: 0x9C0006, fill: 0xFFC7CE))
        sheetText = try make(CellStyle(font: fonts.body, borders: false))
        var marked: [Severity: [SchemaColumn.Alignment: FormatHandle]] = [:]
        let fills: [(Severity, UInt32)] = [(.error, 0xFFC7CE), (.warning, 0xFFEB9C), (.info, 0xDDEBF7)]
        for (severity, fill) in fills {
            marked[severity] = [
                .left: try make(CellStyle(font: fonts.body, fill: fill)),
                .center: try make(CellStyle(font: fonts.body, centered: true, fill: fill)),
            ]
        }
        markedFormats = marked
    }

    /// The format of a marked cell: its severity's fill, its column's alignment.
    func marked(_ severity: Severity, _ alignment: SchemaColumn.Alignment) -> FormatHandle {
        markedFormats[severity]?[alignment] ?? body(alignment)
    }

    /// The body format of a column's alignment, unlocked for a column clerks fill in on a protected sheet.
    func body(_ alignment: SchemaColumn.Alignment, unlocked: Bool = false) -> FormatHandle {
        if unlocked { return alignment == .center ? unlockedCentered : unlockedLeft }
        return alignment == .center ? bodyCentered : bodyLeft
    }
}
