// SPDX-License-Identifier: Apache-2.0
// A problem noted on a cell of an annotated copy: its severity colours the cell, its text is the comment.

import TaizhangModel

/// A note on one cell: the cell is filled in its severity's colour and carries the text as a comment.
public struct CellNote: Sendable, Equatable {
    /// The most severe finding's severity.
    public var severity: Severity
    /// The comment: every finding's message and suggestion, one per line.
    public var text: String

    /// Creates a note.
    public init(severity: Severity, text: String) {
        self.severity = severity
        self.text = text
    }
}
