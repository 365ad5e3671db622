// SPDX-License-Identifier: Apache-2.0
// How a ledger sheet prints (LEDGER-SPEC §6): A4 landscape, one page wide, title and header on every page.

/// Page settings of a printed ledger: how taizhang's writers set up a sheet's page, not an option.
struct PrintLayout: Sendable, Equatable {
    /// The paper sizes taizhang prints on, by the number Excel gives them.
    enum Paper: UInt8, Sendable {
        /// ISO A4, 210 × 297 mm.
        case a4 = 9
    }

    /// Page margins in inches.
    struct Margins: Sendable, Equatable {
        /// Left, right, top and bottom margins.
        var left, right, top, bottom: Double

        /// Creates margins.
        init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    /// Landscape rather than portrait.
    var landscape = true
    /// The paper.
    var paper = Paper.a4
    /// Whether the table is centred between the side margins.
    var centerHorizontally = true
    /// The margins: about 1.8 cm at the sides, 2 cm top and bottom.
    var margins = Margins(left: 0.7, right: 0.7, top: 0.8, bottom: 0.8)
    /// Pages across (1: fit to one page wide).
    var pagesWide: UInt16 = 1
    /// Pages down (0: as many as needed).
    var pagesTall: UInt16 = 0
    /// The rows printed at the top of every page (0-based, inclusive): title and header.
    var repeatedRows: ClosedRange<Int>?
    /// The page footer in Excel's header/footer codes: "第 &P 页，共 &N 页", centred.
    var footer: String? = "&C第 &P 页，共 &N 页"

    /// The office layout of LEDGER-SPEC §6, repeating the given rows.
    init(repeatedRows: ClosedRange<Int>? = nil) {
        self.repeatedRows = repeatedRows
    }
}
