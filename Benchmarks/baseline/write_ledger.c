/* SPDX-License-Identifier: Apache-2.0
 * The baseline for `taizhang-bench write`: the same formatted ledger written with libxlsxwriter
 * directly from C, in constant-memory mode. Same cells, formats, row heights (same estimate),
 * widths, merges, print settings and properties as taizhang's LedgerWorkbookWriter, so the ratio
 * of the two times is taizhang's own cost.
 *
 *   cc -O2 -o write_ledger write_ledger.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./write_ledger ROWS OUTPUT.xlsx
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ledger_recipe.h"

/* The width in points of a column `width` character units wide, less the cell padding. */
static double column_points(double width) {
    double pixels = floor(width * 7.0 + 5.0);
    double usable = pixels - 6.0;
    return (usable < 1.0 ? 1.0 : usable) * 0.75;
}

/* Decodes one UTF-8 code point; returns its length in bytes. */
static int next_scalar(const unsigned char *s, unsigned *scalar) {
    if (s[0] < 0x80) { *scalar = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { *scalar = ((s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if ((s[0] & 0xF0) == 0xE0) { *scalar = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3; }
    *scalar = ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

static double advance(unsigned scalar) {
    if (scalar == 0x20) return 0.3;
    if (scalar >= 0x21 && scalar <= 0x7E) return 0.55;
    if (scalar >= 0xA0 && scalar <= 0x2012) return 0.6;
    return 1.0;
}

static int closing(unsigned c) {
    return c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == 0xFF1F || c == 0xFF01
        || c == 0xFF09 || c == 0x300B || c == 0x300D || c == 0x300F || c == 0x201D || c == 0x2019 || c == 0x3011
        || c == 0xFF05 || c == 0x2026;
}

/* Lines of wrapped CJK text (the recipe has no Latin words). */
static int line_count(const char *text, double width, double size) {
    double limit = width / size, used = 0, previous = 0;
    int lines = 1;
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        unsigned c;
        s += next_scalar(s, &c);
        if (c == '\n') { lines++; used = 0; previous = 0; continue; }
        double a = advance(c);
        if (closing(c) && used + a > limit && used > 0) { lines++; used = previous + a; previous = a; continue; }
        if (used + a > limit && used > 0) { lines++; used = 0; }
        used += a;
        previous = a;
    }
    return lines;
}

static double row_height(int lines, double size) {
    double height = ceil(lines * size * 1.4 + 4);
    return height > 409 ? 409 : height;
}

static lxw_format *style(lxw_workbook *wb, const char *font, double size, int bold, int centered, int fill, int borders) {
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, font);
    format_set_font_size(f, size);
    if (bold) format_set_bold(f);
    format_set_align(f, centered ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    if (fill) { format_set_pattern(f, LXW_PATTERN_SOLID); format_set_bg_color(f, 0xD9D9D9); }
    if (borders) format_set_border(f, LXW_BORDER_THIN);
    return f;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s ROWS OUTPUT.xlsx\n", argv[0]); return 2; }
    long rows = atol(argv[1]);
    lxw_workbook_options options = {.constant_memory = 1, .tmpdir = NULL, .use_zip64 = rows > 400000};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    if (!wb) { fprintf(stderr, "cannot create %s\n", argv[2]); return 1; }
    lxw_format *title = style(wb, "方正小标宋简体", 20, 0, 1, 0, 0);
    lxw_format *header = style(wb, "黑体", 12, 0, 1, 1, 1);
    lxw_format *section = style(wb, "仿宋", 12, 1, 0, 0, 1);
    lxw_format *numeral = style(wb, "仿宋", 12, 1, 1, 0, 1);
    lxw_format *left = style(wb, "仿宋", 12, 0, 0, 0, 1);
    lxw_format *center = style(wb, "仿宋", 12, 0, 1, 0, 1);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");

    lxw_doc_properties properties = {.title = RECIPE_TITLE, .subject = "重点任务台账", .keywords = "台账",
                                     .comments = "taizhang"};
    workbook_set_properties(wb, &properties);
    const double widths[5] = {6, 60, 20, 24, 14};
    const char *titles[5] = {"序号", "重点任务", "责任单位", "配合单位", "完成时限"};
    const int centered[5] = {1, 0, 0, 0, 1};
    double points[5], table = 0, rest = 0;
    for (int c = 0; c < 5; c++) {
        worksheet_set_column(ws, c, c, widths[c], NULL);
        points[c] = column_points(widths[c]);
        table += widths[c];
        if (c > 0) rest += widths[c];
    }
    double table_points = column_points(table), section_points = column_points(rest);

    worksheet_set_row(ws, 0, row_height(line_count(RECIPE_TITLE, table_points, 20), 20) + 8, NULL);
    worksheet_merge_range(ws, 0, 0, 0, 4, RECIPE_TITLE, title);
    int header_lines = 1;
    for (int c = 0; c < 5; c++) {
        int n = line_count(titles[c], points[c], 12);
        if (n > header_lines) header_lines = n;
    }
    worksheet_set_row(ws, 1, row_height(header_lines, 12), NULL);
    for (int c = 0; c < 5; c++) worksheet_write_string(ws, 1, c, titles[c], header);
    worksheet_freeze_panes(ws, 2, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_center_horizontally(ws);
    worksheet_set_margins(ws, 0.7, 0.7, 0.8, 0.8);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 1);
    worksheet_set_footer(ws, "&C第 &P 页，共 &N 页");

    lxw_row_t row = 2;
    struct recipe_task task;
    char heading_numeral[32], heading_title[64];
    for (long i = 0; i < rows; i++) {
        if (recipe_section(i, heading_numeral, heading_title)) {
            int n = line_count(heading_title, section_points, 12);
            int m = line_count(heading_numeral, points[0], 12);
            worksheet_set_row(ws, row, row_height(n > m ? n : m, 12), NULL);
            worksheet_write_string(ws, row, 0, heading_numeral, numeral);
            worksheet_merge_range(ws, row, 1, row, 4, heading_title, section);
            row++;
        }
        recipe_task(i, &task);
        const char *cells[5] = {NULL, task.text, task.lead, task.cooperating, task.deadline};
        int lines = 1;
        for (int c = 1; c < 5; c++) {
            if (!cells[c][0]) continue;
            int n = line_count(cells[c], points[c], 12);
            if (n > lines) lines = n;
        }
        worksheet_set_row(ws, row, row_height(lines, 12), NULL);
        worksheet_write_number(ws, row, 0, (double)(i + 1), centered[0] ? center : left);
        for (int c = 1; c < 5; c++) {
            lxw_format *f = centered[c] ? center : left;
            if (cells[c][0]) worksheet_write_string(ws, row, c, cells[c], f);
            else worksheet_write_blank(ws, row, c, f);
        }
        row++;
    }
    worksheet_autofilter(ws, 1, 0, row - 1, 4);
    worksheet_print_area(ws, 0, 0, row - 1, 4);
    lxw_error error = workbook_close(wb);
    if (error != LXW_NO_ERROR) { fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(error)); return 1; }
    printf("wrote %s: %ld task rows\n", argv[2], rows);
    return 0;
}
