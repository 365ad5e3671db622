// SPDX-License-Identifier: Apache-2.0
// Finding the ledger schema a command names: a shipped one by name, or a JSON file by path.

import TaizhangCSV
import TaizhangModel
import TaizhangTemplates

/// Loads the schema `--schema` names.
public enum SchemaFile {
    /// The schema a name or path stands for: a shipped schema (`standard`, `progress`) by name,
    /// otherwise a JSON file.
    ///
    /// - Throws: ``LedgerReadError`` `unknown-schema` for a name that is neither, `invalid-schema`
    ///   for a file that is not a usable schema.
    public static func load(_ nameOrPath: String) throws(LedgerReadError) -> LedgerSchema {
        if let schema = LedgerSchema.builtIn(named: nameOrPath) { return schema }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
        guard looksLikePath else {
            throw LedgerReadError(
                .unknownSchema, at: SourceLocation(file: nameOrPath),
                arguments: ["name": nameOrPath, "available": LedgerSchema.builtInNames.joined(separator: ", ")]
            )
        }
        let bytes = try FileBytes.read(path: nameOrPath, file: nameOrPath)
        return try LedgerSchema.decode(bytes, file: nameOrPath)
    }
}
