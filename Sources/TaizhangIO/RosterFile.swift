// SPDX-License-Identifier: Apache-2.0
// Reading a department roster file: UTF-8 or GB18030 text, one department per line.

import TaizhangCSV
import TaizhangModel
import TaizhangText

/// Loads the roster `--roster` names.
public enum RosterFile {
    /// The roster in a file (UTF-8 with or without BOM, UTF-16, or GB18030, as for CSV).
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read or decoded, and `empty-roster`
    ///   when it names no department.
    public static func load(_ path: String) throws(LedgerReadError) -> DepartmentRoster {
        try load(path, name: path)
    }

    /// The roster in the file at `path`, which messages call `file` (an upload, by its client's name).
    public static func load(_ path: String, name file: String) throws(LedgerReadError) -> DepartmentRoster {
        let bytes = try FileBytes.read(path: path, file: file)
        let text = try TextDecoder.decode(bytes, file: file).utf8
        let roster = DepartmentRoster(text: String(decoding: text, as: UTF8.self))
        if roster.isEmpty { throw LedgerReadError(.emptyRoster, at: SourceLocation(file: file)) }
        return roster
    }
}
