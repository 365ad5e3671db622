// SPDX-License-Identifier: Apache-2.0
// The catalogue of finding codes (LEDGER-SPEC §5): each stable code with its default severity.

extension Finding {
    /// A stable finding code: a kebab-case string that never changes once published.
    ///
    /// Codes are values rather than enum cases so the catalogue can grow without breaking clients.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The kebab-case code.
        public let rawValue: String
        /// The severity a finding with this code has unless configured otherwise.
        public let defaultSeverity: Severity

        /// Looks a code up in the catalogue by its text.
        public init?(rawValue: String) {
            guard let known = Code.catalogue.first(where: { $0.rawValue == rawValue }) else { return nil }
            self = known
        }

        /// A code of a rule of your own (a client ``ValidationRule``), e.g.
        /// `Finding.Code("acme-budget-missing", defaultSeverity: .warning)`.
        ///
        /// Give it a prefix of your own so it never meets a code the catalogue adds later. The
        /// catalogue has no wording for it: its message is the code with the finding's arguments.
        /// ``init(rawValue:)``, and so decoding, knows the catalogue's codes only.
        public init(_ rawValue: String, defaultSeverity: Severity) {
            self.init(rawValue, defaultSeverity)
        }

        private init(_ rawValue: String, _ severity: Severity) {
            self.rawValue = rawValue
            self.defaultSeverity = severity
        }

        /// The code's text.
        public var description: String { rawValue }

        public static func == (lhs: Code, rhs: Code) -> Bool { lhs.rawValue == rhs.rawValue }
        public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let code = Code(rawValue: text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "unknown finding code \(text)"))
            }
            self = code
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        // MARK: - The sheet's shape

        /// No row looks like a ledger header. Error. The stable code is `header-not-found`.
        public static let headerNotFound = Code("header-not-found", .error)
        /// A required field has no column. Error. The stable code is `missing-column`.
        public static let missingColumn = Code("missing-column", .error)
        /// Two columns map to the same field. Error. The stable code is `duplicate-column`.
        public static let duplicateColumn = Code("duplicate-column", .error)
        /// A column maps to no field; its values are kept. Info. The stable code is `unknown-column`.
        public static let unknownColumn = Code("unknown-column", .info)
        /// An empty row inside the table. Warning. The stable code is `blank-row`.
        public static let blankRow = Code("blank-row", .warning)
        /// A row has non-empty cells beyond the header's last column; they are kept as extra
        /// values named by column letter. Warning. The stable code is `ragged-row`.
        public static let raggedRow = Code("ragged-row", .warning)
        /// The table has a header but no task under it (a return sent back empty). Warning. The
        /// stable code is `no-tasks`.
        public static let noTasks = Code("no-tasks", .warning)
        /// Other sheets of the workbook hold a ledger header too; one was read. Info. The stable
        /// code is `other-ledger-sheets`.
        public static let otherLedgerSheets = Code("other-ledger-sheets", .info)
        /// A cell is a formula the workbook saved without its result; it reads as empty. Warning.
        /// The stable code is `uncached-formula`.
        public static let uncachedFormula = Code("uncached-formula", .warning)
        /// A heading row with the header printed again under it: a second ledger seems to start
        /// in the same sheet; it is read as a section of the first. Warning. The stable code is
        /// `stacked-ledgers`.
        public static let stackedLedgers = Code("stacked-ledgers", .warning)

        // MARK: - Required cells

        /// The sequence cell is empty. Error. The stable code is `missing-sequence`.
        public static let missingSequence = Code("missing-sequence", .error)
        /// The key-task cell is empty. Error. The stable code is `missing-task`.
        public static let missingTask = Code("missing-task", .error)
        /// The lead cell is empty or a placeholder. Error. The stable code is `missing-lead`.
        public static let missingLead = Code("missing-lead", .error)
        /// The time-limit cell is empty. Warning. The stable code is `missing-deadline`.
        public static let missingDeadline = Code("missing-deadline", .warning)

        // MARK: - Sequence numbers

        /// The same sequence twice in one section. Error. The stable code is `duplicate-sequence`.
        public static let duplicateSequence = Code("duplicate-sequence", .error)
        /// A number is skipped: 1, 2, 4. Warning. The stable code is `sequence-gap`.
        public static let sequenceGap = Code("sequence-gap", .warning)
        /// Numbers go backwards. Warning. The stable code is `sequence-order`.
        public static let sequenceOrder = Code("sequence-order", .warning)
        /// Not a recognisable sequence ("3O"). Warning. The stable code is `malformed-sequence`.
        public static let malformedSequence = Code("malformed-sequence", .warning)

        // MARK: - Departments

        /// A department not in the roster. Warning. The stable code is `unknown-department`.
        public static let unknownDepartment = Code("unknown-department", .warning)
        /// A short form of a roster name. Info. The stable code is `department-alias`.
        public static let departmentAlias = Code("department-alias", .info)
        /// A department both leads and cooperates. Warning. The stable code is `lead-is-cooperating`.
        public static let leadIsCooperating = Code("lead-is-cooperating", .warning)
        /// A department listed twice in one cell. Warning. The stable code is `duplicate-department`.
        public static let duplicateDepartment = Code("duplicate-department", .warning)

        // MARK: - Time limits and status

        /// Time-limit text with no recognisable meaning. Warning. The stable code is `unparsed-deadline`.
        public static let unparsedDeadline = Code("unparsed-deadline", .warning)
        /// A due date outside the ledger's year. Warning. The stable code is `deadline-out-of-year`.
        public static let deadlineOutOfYear = Code("deadline-out-of-year", .warning)
        /// Due before the as-of date and not done. Warning. The stable code is `overdue`.
        public static let overdue = Code("overdue", .warning)
        /// A status not among the allowed values. Error. The stable code is `bad-status`.
        public static let badStatus = Code("bad-status", .error)

        // MARK: - Cell content

        /// The same task text twice. Warning. The stable code is `duplicate-task`.
        public static let duplicateTask = Code("duplicate-task", .warning)
        /// HTML or XML remnants (`<p>`, `&nbsp;`). Warning. The stable code is `markup-in-cell`.
        public static let markupInCell = Code("markup-in-cell", .warning)
        /// Leading, trailing or doubled spaces, line breaks in a name. Info. The stable code is `whitespace`.
        public static let whitespace = Code("whitespace", .info)
        /// A cell over Excel's 32,767 characters. Error. The stable code is `cell-too-long`.
        public static let cellTooLong = Code("cell-too-long", .error)
        /// A submitted file that could not be read at all (damaged, not a ledger format, encrypted);
        /// its message is the reader's. Error. The stable code is `unreadable-file`.
        public static let unreadableFile = Code("unreadable-file", .error)
        /// A task extracted from a notice whose departments, numbering or place were guessed; the
        /// clerk should check it. Warning. The stable code is `uncertain-extraction`.
        public static let uncertainExtraction = Code("uncertain-extraction", .warning)
        /// Control characters a workbook cannot hold, removed when writing one. Warning. The stable
        /// code is `control-character`.
        public static let controlCharacter = Code("control-character", .warning)

        // MARK: - Merging returned sheets (LEDGER-SPEC §9)

        /// A returned row matches no task of the master; it is kept on the 未匹配 sheet. Warning.
        /// The stable code is `unmatched-row`.
        public static let unmatchedRow = Code("unmatched-row", .warning)
        /// A return changed a locked field (重点任务, a department, 完成时限); the master's value is
        /// kept. Warning. The stable code is `locked-field-changed`.
        public static let lockedFieldChanged = Code("locked-field-changed", .warning)
        /// A cooperating department says 已完成 where the lead does not. Warning. The stable code is
        /// `status-disagrees`.
        public static let statusDisagrees = Code("status-disagrees", .warning)
        /// A second return from one department; it is not combined with the first, its rows are kept
        /// on the 未匹配 sheet. Error. The stable code is `duplicate-return`.
        public static let duplicateReturn = Code("duplicate-return", .error)
        /// A return from a department the master does not name. Warning. The stable code is `unknown-return`.
        public static let unknownReturn = Code("unknown-return", .warning)
        /// A department with tasks sent no return. Warning. The stable code is `missing-return`.
        public static let missingReturn = Code("missing-return", .warning)
        /// The lead returned a task with nothing in 进展情况 or 完成情况. Warning. The stable code is `no-progress`.
        public static let noProgress = Code("no-progress", .warning)
        /// The master carries no task identifiers; they were derived from each task's place and
        /// text, and rows without one are matched by section, 序号 and text. Info. The stable code
        /// is `master-without-ids`.
        public static let masterWithoutIDs = Code("master-without-ids", .info)

        /// Every code, in catalogue order.
        public static let catalogue: [Code] = [
            headerNotFound, missingColumn, duplicateColumn, unknownColumn, blankRow, raggedRow, noTasks,
            otherLedgerSheets, uncachedFormula, stackedLedgers, missingSequence, missingTask, missingLead,
            missingDeadline,
            duplicateSequence, sequenceGap, sequenceOrder, malformedSequence,
            unknownDepartment, departmentAlias, leadIsCooperating, duplicateDepartment,
            unparsedDeadline, deadlineOutOfYear, overdue, badStatus,
            duplicateTask, markupInCell, whitespace, cellTooLong, controlCharacter, unreadableFile, uncertainExtraction,
            unmatchedRow, lockedFieldChanged, statusDisagrees, duplicateReturn, unknownReturn, missingReturn,
            noProgress,
            masterWithoutIDs,
        ]
    }
}
