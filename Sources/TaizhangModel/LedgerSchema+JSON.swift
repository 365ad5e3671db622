// SPDX-License-Identifier: Apache-2.0
// Reading a ledger schema from its JSON file; keys a schema leaves out take their defaults.

import Foundation

extension LedgerSchema {
    private enum CodingKeys: String, CodingKey {
        case name, summary, columns, fonts, headerFill, extraColumnWidth
    }

    /// Decodes a schema; `fonts`, `headerFill` and `extraColumnWidth` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
            columns: try container.decode([SchemaColumn].self, forKey: .columns),
            fonts: try container.decodeIfPresent(SchemaFonts.self, forKey: .fonts) ?? SchemaFonts(),
            headerFill: try container.decodeIfPresent(String.self, forKey: .headerFill) ?? "#D9D9D9",
            extraColumnWidth: try container.decodeIfPresent(Double.self, forKey: .extraColumnWidth) ?? 16
        )
    }

    /// Reads a schema from the bytes of its JSON file and checks it.
    ///
    /// - Parameters:
    ///   - bytes: the file's content (UTF-8).
    ///   - file: the file's name, for the error.
    /// - Throws: ``LedgerReadError`` `invalid-schema` naming what is wrong.
    public static func decode(_ bytes: [UInt8], file: String) throws(LedgerReadError) -> LedgerSchema {
        let schema: LedgerSchema
        do {
            schema = try JSONDecoder().decode(LedgerSchema.self, from: Data(bytes))
        } catch {
            throw LedgerReadError(
                .invalidSchema, at: SourceLocation(file: file), arguments: ["reason": describe(error)])
        }
        let problems = schema.problems
        if !problems.isEmpty {
            throw LedgerReadError(
                .invalidSchema, at: SourceLocation(file: file),
                arguments: ["reason": problems.joined(separator: "; ")])
        }
        return schema
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "key \"\(path(context.codingPath + [key]))\" is missing"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "\"\(path(context.codingPath))\": \(context.debugDescription)"
        case .dataCorrupted(let context)?:
            let place = context.codingPath.isEmpty ? "" : "\"\(path(context.codingPath))\": "
            let cause = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
            return place + cause
        default:
            return String(describing: error)
        }
    }

    /// "columns[0].width".
    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }
}

extension SchemaColumn {
    private enum CodingKeys: String, CodingKey {
        case field, header, width, alignment, required, presence, values, synonyms, list, help
    }

    /// Decodes a column; everything but `field`, `header` and `width` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            field: try container.decode(LedgerField.self, forKey: .field),
            header: try container.decode(String.self, forKey: .header),
            width: try container.decode(Double.self, forKey: .width),
            alignment: try container.decodeIfPresent(Alignment.self, forKey: .alignment) ?? .left,
            required: try container.decodeIfPresent(Bool.self, forKey: .required) ?? false,
            presence: try container.decodeIfPresent(Presence.self, forKey: .presence) ?? .always,
            values: try container.decodeIfPresent([String].self, forKey: .values),
            synonyms: try container.decodeIfPresent([String: String].self, forKey: .synonyms),
            list: try container.decodeIfPresent(ListSource.self, forKey: .list),
            help: try container.decodeIfPresent(String.self, forKey: .help) ?? ""
        )
    }
}
