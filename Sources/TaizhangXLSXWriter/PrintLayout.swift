// SPDX-License-Identifier: Apache-2.0
// How a ledger sheet prints (LEDGER-SPEC §6): A4 landscape, one page wide, title and header on every page.

/// Page settings of a printed ledger.
public struct PrintLayout: Sendable, Equatable {
    /// Page margins in inches.
    public struct Margins: Sendable, Equatable {
        /// Left, right, top and bottom margins.
        public var left, right, top, bottom: Double

        /// Creates margins.
        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    /// Landscape rather than portrait.
    public var landscape = true
    /// The paper as Excel numbers it (9 = A4).
    public var paper: UInt8 = 9
    /// Whether the table is centred between the side margins.
    public var centerHorizontally = true
    /// The margins: about 1.8 cm at the sides, 2 cm top and bottom.
    public var margins = Margins(left: 0.7, right: 0.7, top: 0.8, bottom: 0.8)
    /// Pages across (1: fit to one page wide).
    public var pagesWide: UInt16 = 1
    /// Pages down (0: as many as needed).
    public var pagesTall: UInt16 = 0
    /// The rows printed at the top of every page (0-based, inclusive): title and header.
    public var repeatedRows: ClosedRange<Int>?
    /// The page footer in Excel's header/footer codes: "第 &P 页，共 &N 页", centred.
    public var footer: String? = "&C第 &P 页，共 &N 页"

    /// The office layout of LEDGER-SPEC §6, repeating the given rows.
    public init(repeatedRows: ClosedRange<Int>? = nil) {
        self.repeatedRows = repeatedRows
    }
}
