// SPDX-License-Identifier: Apache-2.0
// The one place split and merge read a ledger file, so a change of the reading pipeline touches one line.

import TaizhangIO
import TaizhangModel

/// Reads the ledgers split and merge work on: masters and returned sheets.
public enum LedgerInput {
    /// Reads a whole ledger from a file of any supported format.
    ///
    /// - Throws: ``LedgerReadError`` when the file cannot be read at all.
    public static func read(_ path: String) throws(LedgerReadError) -> LedgerReadResult {
        try LedgerFileReader.read(path: path)
    }
}
