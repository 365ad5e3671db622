/* SPDX-License-Identifier: Apache-2.0
 * The generated ledger of the write benchmark, row by row from its index alone, so the C baseline
 * and `taizhang-bench write-ledger` (LedgerRecipe.swift, the same rules) write the same cells.
 */
#include <stdio.h>
#include <string.h>

#define RECIPE_TITLE "某市2026年重点工作任务台账（基准）"

static const char *recipe_phrases[20] = {
    "全面落实", "深化医药卫生体制改革", "推进公立医院高质量发展", "健全现代医院管理制度", "完善医疗保障制度",
    "加强基层医疗卫生服务能力建设", "统筹推进医疗、医保、医药联动改革", "强化公共卫生体系", "落实分级诊疗制度",
    "提升县域医疗服务能力", "推动中医药传承创新发展", "加快卫生健康信息化建设", "做实家庭医生签约服务",
    "完善药品供应保障体系", "强化医疗卫生行业综合监管", "建立健全考核评价机制", "持续优化营商环境",
    "确保各项改革任务落地见效", "加强组织领导", "按季度通报工作进展",
};
static const char *recipe_departments[12] = {
    "市卫生健康局", "市医疗保障局", "市财政局", "市发展和改革局", "市人力资源和社会保障局", "市委编办",
    "市市场监督管理局", "市教育局", "市民政局", "市农牧和科技局", "市人民医院", "市疾控中心",
};
static const char *recipe_deadlines[8] = {
    "12月底", "10月底前出台文件", "长期", "年底前", "第三季度", "上半年", "12月底前完成阶段性目标", "2021年6月30日",
};

struct recipe_task {
    char text[1024];
    char lead[128];
    char cooperating[128];
    const char *deadline;
};

/* Task i: 2–10 phrases joined by "，" and ended by "。"; one or two leads; two cooperating
 * departments except every fourth task, which has none; a time limit from the list. */
static void recipe_task(long i, struct recipe_task *task) {
    int phrases = 2 + (int)(i % 9);
    task->text[0] = 0;
    for (int k = 0; k < phrases; k++) {
        strcat(task->text, recipe_phrases[(i + 3 * k) % 20]);
        strcat(task->text, k + 1 < phrases ? "，" : "。");
    }
    if (i % 3 == 0)
        snprintf(task->lead, sizeof task->lead, "%s、%s", recipe_departments[i % 12], recipe_departments[(i + 5) % 12]);
    else
        snprintf(task->lead, sizeof task->lead, "%s", recipe_departments[i % 12]);
    if (i % 4 == 0)
        task->cooperating[0] = 0;
    else
        snprintf(task->cooperating, sizeof task->cooperating, "%s、%s", recipe_departments[(i + 1) % 12],
                 recipe_departments[(i + 7) % 12]);
    task->deadline = recipe_deadlines[i % 8];
}

/* A section row stands before every hundredth task: "（k）" and "第k部分重点工作". */
static int recipe_section(long i, char *numeral, char *title) {
    if (i % 100 != 0) return 0;
    sprintf(numeral, "（%ld）", i / 100 + 1);
    sprintf(title, "第%ld部分重点工作", i / 100 + 1);
    return 1;
}
