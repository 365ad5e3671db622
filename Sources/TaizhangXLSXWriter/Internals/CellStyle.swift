// SPDX-License-Identifier: Apache-2.0
// The look of a cell, described in Swift and applied to a libxlsxwriter format once.

internal import CTaizhangXLSXWriter
import TaizhangModel

/// What a cell looks like: font, alignment, fill, borders, protection, number format; text always wraps.
struct CellStyle {
    var font: FontSpec
    var bold = false
    var fontColor: UInt32?
    var centered = false
    var fill: UInt32?
    var borders = true
    var unlocked = false
    var numberFormat: String?

    /// Sets a libxlsxwriter format up to look like this style (`format_set_*`).
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        font.name.withCString { format_set_font_name(format, $0) }
        format_set_font_size(format, font.size)
        if bold { format_set_bold(format) }
        if let fontColor { format_set_font_color(format, fontColor) }
        format_set_align(format, UInt8((centered ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT).rawValue))
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        // Every ledger cell wraps: rows are sized for their whole text.
        format_set_text_wrap(format)
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if borders { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if unlocked { format_set_unlocked(format) }
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
    }
}
