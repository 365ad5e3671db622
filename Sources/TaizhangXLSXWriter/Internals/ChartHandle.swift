// SPDX-License-Identifier: Apache-2.0
// One Swift call per libxlsxwriter chart call: a native Excel chart, its series, axes and legend.

internal import CTaizhangXLSXWriter
import TaizhangModel

/// A chart of a ``WorkbookHandle``; it lives as long as its workbook and appears where a
/// worksheet inserts it (``WorksheetHandle/insertChart(_:row:column:scale:)``).
struct ChartHandle {
    /// The kinds of chart the writers use.
    enum Kind {
        /// Horizontal bars, one series stacked on the next (`LXW_CHART_BAR_STACKED`).
        case stackedBar

        var type: UInt8 {
            switch self {
            case .stackedBar: UInt8(LXW_CHART_BAR_STACKED.rawValue)
            }
        }
    }

    /// A cell range on a sheet, 0-based and inclusive, as a chart's data refers to it.
    struct DataRange {
        var sheet: String
        var firstRow: Int
        var firstColumn: Int
        var lastRow: Int
        var lastColumn: Int
    }

    let chart: UnsafeMutablePointer<lxw_chart>
    let kind: Kind
    let path: String

    /// The axis of the categories: libxlsxwriter names the axes by position, so a bar chart's
    /// categories are on its vertical (y) axis and its values on the horizontal (x) one.
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis> {
        switch kind {
        case .stackedBar: chart.pointee.y_axis
        }
    }

    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis> {
        switch kind {
        case .stackedBar: chart.pointee.x_axis
        }
    }

    /// `chart_add_series`, `chart_series_set_name`, `chart_series_set_fill`, and for numbers on
    /// the bars `chart_series_set_labels`, `chart_series_set_labels_position`,
    /// `chart_series_set_labels_num_format` and `chart_series_set_labels_font`.
    func addSeries(
        name: String, categories: DataRange, values: DataRange, color: UInt32, labels: Bool, font: FontSpec
    ) throws(LedgerWriteError) {
        guard let series = chart_add_series(chart, nil, nil) else {
            throw LedgerWriteError(.writerFailed, path: path, arguments: ["reason": "chart_add_series(\(name))"])
        }
        chart_series_set_categories(
            series, categories.sheet, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
            lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        chart_series_set_values(
            series, values.sheet, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn), lxw_row_t(values.lastRow),
            lxw_col_t(values.lastColumn))
        chart_series_set_name(series, name)
        var fill = lxw_chart_fill(color: color, none: 0, transparency: 0)
        chart_series_set_fill(series, &fill)
        if labels {
            chart_series_set_labels(series)
            chart_series_set_labels_position(series, UInt8(LXW_CHART_LABEL_POSITION_CENTER.rawValue))
            // Zero shows no label: a stack of empty parts would print "0 0 0" over its neighbours.
            chart_series_set_labels_num_format(series, "0;-0;;@")
            withFont(font) { chart_series_set_labels_font(series, $0) }
        }
    }

    /// `chart_title_set_name` and `chart_title_set_name_font`.
    func setTitle(_ title: String, font: FontSpec) {
        chart_title_set_name(chart, title)
        withFont(font) { chart_title_set_name_font(chart, $0) }
    }

    /// `chart_legend_set_position` (top) and `chart_legend_set_font`.
    func setLegendOnTop(font: FontSpec) {
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_TOP.rawValue))
        withFont(font) { chart_legend_set_font(chart, $0) }
    }

    /// The category axis (the vertical one of a bar chart): `chart_axis_set_num_font`,
    /// `chart_axis_set_interval_unit` (every name shown, none skipped for room), and
    /// `chart_axis_set_reverse` with `chart_axis_set_crossing_max` so the first category is at the
    /// top, as in the table above it, and the value axis stays at the bottom.
    func setCategoryAxis(font: FontSpec, firstAtTop: Bool) {
        withFont(font) { chart_axis_set_num_font(categoryAxis, $0) }
        chart_axis_set_interval_unit(categoryAxis, 1)
        if firstAtTop {
            chart_axis_set_reverse(categoryAxis)
            // Reversed, the value axis would cross at the top; keep its numbers under the bars.
            chart_axis_set_crossing_max(categoryAxis)
        }
    }

    /// The value axis: `chart_axis_set_name`, `chart_axis_set_name_font`, `chart_axis_set_num_font`,
    /// `chart_axis_set_major_unit`.
    func setValueAxis(name: String, font: FontSpec, majorUnit: Double?) {
        let axis = valueAxis
        chart_axis_set_name(axis, name)
        withFont(font) {
            chart_axis_set_name_font(axis, $0)
            chart_axis_set_num_font(axis, $0)
        }
        if let majorUnit { chart_axis_set_major_unit(axis, majorUnit) }
    }

    /// `chart_set_series_gap`: the gap between bars as a percentage of a bar's width.
    func setGap(_ percent: UInt16) {
        chart_set_series_gap(chart, percent)
    }

    /// A `lxw_chart_font` for the call; libxlsxwriter copies what it needs.
    private func withFont(_ font: FontSpec, _ body: (UnsafeMutablePointer<lxw_chart_font>) -> Void) {
        let strings = CStrings()
        var c = lxw_chart_font()
        c.name = strings.copy(font.name)
        c.size = font.size
        withExtendedLifetime(strings) { body(&c) }
    }
}

extension WorksheetHandle {
    /// Places a chart with its top left corner in a cell (`worksheet_insert_chart_opt`), scaled
    /// from libxlsxwriter's default 480 × 288 pixels.
    func insertChart(_ chart: ChartHandle, row: Int, column: Int, xScale: Double, yScale: Double)
        throws(LedgerWriteError)
    {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        options.x_offset = 4
        options.y_offset = 6
        let result = worksheet_insert_chart_opt(sheet, lxw_row_t(row), lxw_col_t(column), chart.chart, &options)
        try checkResult(result, "worksheet_insert_chart_opt", path: path)
    }
}
