// SPDX-License-Identifier: Apache-2.0
// The finding codes of LEDGER-SPEC §5 with their severities, as the spec's table lists them.

import TaizhangModel

/// LEDGER-SPEC §5, copied by hand: the contract the catalogue is checked against.
public enum SpecCodes {
    /// Every code with its default severity.
    public static let all: [(code: String, severity: Severity)] = [
        ("header-not-found", .error), ("missing-column", .error), ("duplicate-column", .error),
        ("unknown-column", .info), ("blank-row", .warning), ("missing-sequence", .error), ("missing-task", .error),
        ("missing-lead", .error), ("missing-deadline", .warning), ("duplicate-sequence", .error),
        ("sequence-gap", .warning), ("sequence-order", .warning), ("malformed-sequence", .warning),
        ("unknown-department", .warning), ("department-alias", .info), ("lead-is-cooperating", .warning),
        ("duplicate-department", .warning), ("unparsed-deadline", .warning), ("deadline-out-of-year", .warning),
        ("overdue", .warning), ("bad-status", .error), ("duplicate-task", .warning), ("markup-in-cell", .warning),
        ("whitespace", .info), ("cell-too-long", .error),
    ]
}
