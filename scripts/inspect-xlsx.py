#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Reads a workbook taizhang wrote with openpyxl (another program than ours) and prints, as JSON,
# what a check needs: merged ranges, data validations, print settings, protection, sheets, names.
# Used by Tests/TaizhangXLSXWriterTests when openpyxl is installed (pip install openpyxl).
import json
import sys

import openpyxl


def describe(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        setup = ws.page_setup
        props = ws.sheet_properties.pageSetUpPr
        sheets.append({
            "name": ws.title,
            "state": ws.sheet_state,
            "dimensions": ws.dimensions,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "orientation": setup.orientation,
            "paperSize": setup.paperSize,
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "fitToPage": bool(props.fitToPage) if props is not None else False,
            "centered": ws.print_options.horizontalCentered,
            "printTitleRows": ws.print_title_rows,
            "footer": ws.oddFooter.center.text,
            "protected": ws.protection.sheet,
            "validations": [
                {"type": dv.type, "formula": dv.formula1, "ranges": str(dv.sqref), "errorStyle": dv.errorStyle,
                 "promptTitle": dv.promptTitle, "prompt": dv.prompt, "showDropDown": dv.showDropDown}
                for dv in ws.data_validations.dataValidation
            ],
            "conditionalFormats": [
                {"range": str(cf.sqref), "formulas": [f for rule in cf.rules for f in rule.formula]}
                for cf in ws.conditional_formatting
            ],
            "hiddenColumns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
            "rowHeights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height},
        })
    names = {name: book.defined_names[name].attr_text for name in book.defined_names}
    properties = book.properties
    return {
        "sheets": sheets,
        "definedNames": names,
        "properties": {"title": properties.title, "subject": properties.subject,
                       "creator": properties.creator, "keywords": properties.keywords},
    }


if __name__ == "__main__":
    json.dump(describe(sys.argv[1]), sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()
