// SPDX-License-Identifier: Apache-2.0
// Making a string of bytes already known to be UTF-8, without the standard library checking them again.

extension String {
    /// A string of UTF-8 bytes the caller has checked, or cut from valid text at ASCII bytes.
    ///
    /// `String(decoding:as:)` checks every byte again (and, generic, looks up type metadata):
    /// for the cells of a CSV, already scanned, and the messages of a long report, put together
    /// from valid pieces, that second pass cost more than the copy.
    package init(knownValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String(copying: unsafe UTF8Span(unchecked: Span(_unsafeElements: bytes)))
    }
}
