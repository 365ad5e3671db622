// SPDX-License-Identifier: Apache-2.0
// A ledger schema: the columns of a kind of ledger, how they print, and what values they allow.

/// The shape of one kind of ledger: its columns, their header text, widths and allowed values, and
/// the fonts it prints in.
///
/// One schema drives writing a ledger, writing a blank template for it, and checking a returned
/// one. The schemas taizhang ships live in the package's `Templates/` folder, one JSON file each;
/// a clerk's own schema is a file in the same format (see `Templates/README.md`).
public struct LedgerSchema: Sendable, Equatable, Decodable {
    /// The short name used on the command line, e.g. "standard".
    public var name: String
    /// What the schema is for, in a few words (shown by `taizhang template --list`).
    public var summary: String
    /// The columns in print order.
    public var columns: [SchemaColumn]
    /// The fonts of the title, the header and the body.
    public var fonts: SchemaFonts
    /// The header's fill colour as `#RRGGBB`.
    public var headerFill: String
    /// The width, in Excel's character units, of a column the schema does not name.
    public var extraColumnWidth: Double

    /// Creates a schema.
    public init(
        name: String, summary: String, columns: [SchemaColumn], fonts: SchemaFonts = SchemaFonts(),
        headerFill: String = "#D9D9D9", extraColumnWidth: Double = 16
    ) {
        self.name = name
        self.summary = summary
        self.columns = columns
        self.fonts = fonts
        self.headerFill = headerFill
        self.extraColumnWidth = extraColumnWidth
    }

    /// The column of a field, if the schema has one.
    public func column(for field: LedgerField) -> SchemaColumn? {
        columns.first { $0.field == field }
    }

    /// The columns a ledger is printed with: those always shown, those in use, and the ledger's
    /// extra columns after them.
    ///
    /// - Parameter fieldsInUse: the optional fields the ledger has values or columns for.
    public func printedColumns(fieldsInUse: Set<LedgerField>) -> [SchemaColumn] {
        columns.filter { $0.presence == .always || fieldsInUse.contains($0.field) }
    }

    /// The problems that make the schema unusable, in words for the person who wrote it; empty
    /// when the schema is sound.
    public var problems: [String] {
        var problems: [String] = []
        if name.isEmpty { problems.append("name is empty") }
        var seen: Set<LedgerField> = []
        for column in columns {
            if !seen.insert(column.field).inserted { problems.append("field \(column.field.rawValue) appears twice") }
            if column.header.isEmpty { problems.append("column \(column.field.rawValue) has an empty header") }
            if !(1...255).contains(column.width) {
                problems.append("column \(column.field.rawValue): width \(column.width) is outside 1…255")
            }
            if let values = column.values, values.isEmpty || values.contains(where: \.isEmpty) {
                problems.append("column \(column.field.rawValue): values must be a list of non-empty texts")
            }
        }
        for field in [LedgerField.sequence, .task] where !seen.contains(field) {
            problems.append("the \(field.rawValue) column is missing")
        }
        if !(1...255).contains(extraColumnWidth) { problems.append("extraColumnWidth is outside 1…255") }
        for (role, font) in [("title", fonts.title), ("header", fonts.header), ("body", fonts.body)] {
            if font.name.isEmpty { problems.append("the \(role) font has no name") }
            if !(6...72).contains(font.size) { problems.append("the \(role) font size \(font.size) is outside 6…72") }
        }
        if RGBColor(hex: headerFill) == nil { problems.append("headerFill \"\(headerFill)\" is not #RRGGBB") }
        return problems
    }
}

/// One column of a ``LedgerSchema``.
public struct SchemaColumn: Sendable, Equatable, Decodable {
    /// When a column is printed.
    public enum Presence: String, Sendable, Codable {
        /// Always, even when every cell is empty.
        case always
        /// Only when the ledger has the field (a column or a value).
        case whenUsed = "when-used"
    }

    /// How the column's body text is aligned.
    public enum Alignment: String, Sendable, Codable {
        /// Left, for running text.
        case left
        /// Centred, for numbers, dates and short codes.
        case center
    }

    /// Where a drop-down list takes its choices from.
    public enum ListSource: String, Sendable, Codable {
        /// The department roster (名录) given with `--roster`.
        case departments
    }

    /// The field the column holds.
    public var field: LedgerField
    /// The header text printed.
    public var header: String
    /// The width in Excel's character units (a CJK character takes about two).
    public var width: Double
    /// How body text is aligned.
    public var alignment: Alignment
    /// Whether a ledger of this kind must have the column.
    public var required: Bool
    /// When the column is printed.
    public var presence: Presence
    /// The allowed values, for a closed list such as 完成情况; `nil` for free text.
    public var values: [String]?
    /// Other spellings clerks use, each mapped to its allowed value (完成 → 已完成).
    public var synonyms: [String: String]?
    /// Where a template's drop-down list for this column comes from, besides ``values``.
    public var list: ListSource?
    /// What to write in the column, for the 填表说明 sheet and the input message of a template.
    public var help: String

    /// Creates a column.
    public init(
        field: LedgerField, header: String, width: Double, alignment: Alignment = .left, required: Bool = false,
        presence: Presence = .always, values: [String]? = nil, synonyms: [String: String]? = nil,
        list: ListSource? = nil, help: String = ""
    ) {
        self.field = field
        self.header = header
        self.width = width
        self.alignment = alignment
        self.required = required
        self.presence = presence
        self.values = values
        self.synonyms = synonyms
        self.list = list
        self.help = help
    }

    /// The allowed value a cell's text stands for: itself, or the value its synonym maps to;
    /// `nil` when the column has a closed list and the text is on neither.
    public func allowedValue(for text: String) -> String? {
        guard let values else { return text }
        if values.contains(text) { return text }
        return synonyms?[text]
    }
}

/// The fonts a ledger prints in (LEDGER-SPEC §6).
public struct SchemaFonts: Sendable, Equatable, Codable {
    /// The title's font: 方正小标宋简体, 二号 (22 pt) or a little smaller.
    public var title: FontSpec
    /// The header's font: 黑体 12 pt.
    public var header: FontSpec
    /// The body's font: 仿宋 小四 (12 pt).
    public var body: FontSpec

    /// Creates fonts; the defaults are those of LEDGER-SPEC §6.
    public init(
        title: FontSpec = FontSpec(name: "方正小标宋简体", size: 20),
        header: FontSpec = FontSpec(name: "黑体", size: 12),
        body: FontSpec = FontSpec(name: "仿宋", size: 12)
    ) {
        self.title = title
        self.header = header
        self.body = body
    }
}

/// A font name and size in points.
public struct FontSpec: Sendable, Equatable, Codable {
    /// The font's name as the office's computers know it.
    public var name: String
    /// The size in points.
    public var size: Double

    /// Creates a font.
    public init(name: String, size: Double) {
        self.name = name
        self.size = size
    }
}

/// A colour given as `#RRGGBB`.
public struct RGBColor: Sendable, Equatable {
    /// The colour as 0xRRGGBB.
    public var value: UInt32

    /// Parses `#RRGGBB` (the `#` optional); `nil` for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.value = value
    }
}
