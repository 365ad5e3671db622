// SPDX-License-Identifier: Apache-2.0
// The rules a validation runs, in the order their findings are listed.

import TaizhangModel

/// Every rule of LEDGER-SPEC §5 that looks at a decoded ledger. The header and shape codes
/// (`header-not-found`, `missing-column`, `duplicate-column`, `unknown-column`, `blank-row`,
/// `ragged-row`) come from the reader, which sees the rows as they go by.
public enum RuleCatalogue {
    /// The rules, in the order their findings are listed for a row.
    public static let rules: [any ValidationRule] = [
        RequiredColumnsRule(),
        RequiredCellsRule(),
        SequenceRule(),
        LeadIsCooperatingRule(),
        DuplicateDepartmentRule(),
        RosterRule(),
        DeadlineRule(),
        OverdueRule(),
        StatusRule(),
        DuplicateTaskRule(),
        MarkupRule(),
        WhitespaceRule(),
        CellTooLongRule(),
        ControlCharacterRule(),
    ]

    /// The codes the reader itself reports.
    public static let readerCodes: [Finding.Code] = [
        .headerNotFound, .missingColumn, .duplicateColumn, .unknownColumn, .blankRow, .raggedRow, .noTasks,
        .otherLedgerSheets, .uncachedFormula, .stackedLedgers,
    ]
}
