// SPDX-License-Identifier: Apache-2.0
// The bulletin as JSON, exactly as LEDGER-SPEC §10 sets its keys and their order.

public import TaizhangModel

extension ProgressReport {
    /// The report as LEDGER-SPEC §10's JSON: title, asOf, totals, departments (ranked), tasks.
    public var json: JSONValue {
        .object([
            ("title", .string(title)),
            ("asOf", .text(rules.asOf.iso)),
            ("totals", .object(ProgressReport.fields(of: totals))),
            (
                "departments",
                .array(
                    departments.map { line in
                        .object(
                            [("department", .text(line.department))] + ProgressReport.fields(of: line.counts)
                                + [("rank", .number(line.rank))])
                    })
            ),
            (
                "tasks",
                .array(
                    tasks.map { line in
                        .object([
                            ("id", .string(line.id)),
                            ("sequence", .text(line.task.sequence.raw)),
                            ("section", .array(line.section.map(JSONValue.text))),
                            ("lead", .array(line.task.lead.map(JSONValue.text))),
                            ("due", .string(line.task.deadline.due?.iso)),
                            ("standing", .text(line.standing.rawValue)),
                            ("light", .text(line.standing.light.rawValue)),
                        ])
                    })
            ),
        ])
    }

    /// The report as JSON text, UTF-8, with a final line break.
    public var jsonText: String { json.jsonText }

    private static func fields(of counts: StandingCounts) -> [(String, JSONValue)] {
        [
            ("tasks", .number(counts.tasks)), ("done", .number(counts.done)),
            ("inProgress", .number(counts.inProgress)),
            ("dueSoon", .number(counts.dueSoon)), ("overdue", .number(counts.overdue)),
            ("notReported", .number(counts.notReported)), ("completionRate", .decimal(counts.completionRate)),
        ]
    }
}
