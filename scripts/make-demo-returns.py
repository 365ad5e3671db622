#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Plays the departments for scripts/demo: fills in the workbooks `taizhang split` wrote, as clerks do,
# and leaves the returns in a folder for `taizhang merge`. Needs openpyxl.
#   scripts/make-demo-returns.py SPLIT_DIR RETURNS_DIR
# Habits shown: 市财政局 saves its return as CSV, 市医疗保障局 rewords a task (a locked cell),
# 市发展和改革局 adds a row of new work, 市人力资源和社会保障局 pastes its rows into a new workbook
# (no identifiers, named 人社局报送.xlsx), 市民政局 sends nothing.
import csv
import os
import sys

import openpyxl

split, returns = sys.argv[1:3]
os.makedirs(returns, exist_ok=True)


def header(ws):
    for row in ws.iter_rows():
        titles = [c.value for c in row]
        if "进展情况" in titles:
            return row[0].row, {t: i + 1 for i, t in enumerate(titles) if t}
    raise SystemExit("no header in " + ws.title)


def fill(ws, department):
    top, cols = header(ws)
    for r in range(top + 1, ws.max_row + 1):
        text = ws.cell(r, cols["重点任务"]).value
        if not ws.cell(r, cols["任务标识（系统生成）"]).value or not text:
            continue
        lead = ws.cell(r, cols["本单位角色"]).value == "牵头"
        first = text.split("，")[0].split("。")[0]
        if lead:
            progress = "已制定工作方案，明确分管领导和责任科室。围绕“%s”，已召开专题推进会2次，完成阶段性任务。" % first
            status = "已完成" if r % 3 == 0 else "推进中"
        else:
            progress = "按牵头单位要求提供资料，配合开展“%s”相关工作。" % first
            status = "已完成" if r % 4 == 0 else "推进中"
        ws.cell(r, cols["进展情况"]).value = progress
        ws.cell(r, cols["完成情况"]).value = status
    return top, cols


for name in sorted(os.listdir(split)):
    department = name[:-5]
    if not name.endswith(".xlsx") or name == "分发清单.xlsx" or department == "市民政局":
        continue
    wb = openpyxl.load_workbook(os.path.join(split, name))
    ws = wb["台账"]
    top, cols = fill(ws, department)
    if department == "市财政局":
        with open(os.path.join(returns, "市财政局.csv"), "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            for row in ws.iter_rows(min_row=1, values_only=True):
                writer.writerow(["" if v is None else v for v in row])
        continue
    if department == "市人力资源和社会保障局":
        new = openpyxl.Workbook()
        out = new.active
        for r in range(top, ws.max_row + 1):
            for c in range(1, cols["备注"] + 1):
                out.cell(r - top + 1, c).value = ws.cell(r, c).value
        new.save(os.path.join(returns, "人社局报送.xlsx"))
        continue
    if department == "市医疗保障局":
        cell = ws.cell(top + 2, cols["重点任务"])
        cell.value = cell.value.replace("完善", "健全", 1) + "（已按省局新要求调整表述）"
    if department == "市发展和改革局":
        r = ws.max_row + 1
        ws.cell(r, cols["序号"]).value = 99
        ws.cell(r, cols["重点任务"]).value = "新增：开展医疗服务价格专项调研，形成调研报告。"
        ws.cell(r, cols["责任单位"]).value = "市发展和改革局"
        ws.cell(r, cols["完成时限"]).value = "12月底"
        ws.cell(r, cols["进展情况"]).value = "已完成调研，报告正在征求意见。"
        ws.cell(r, cols["完成情况"]).value = "推进中"
    wb.save(os.path.join(returns, name))
print("demo returns: " + ", ".join(sorted(os.listdir(returns))))
