// SPDX-License-Identifier: Apache-2.0
// C copies of Swift strings for the `char *` fields of libxlsxwriter's option structs.

#if canImport(Glibc)
    import Glibc
#endif

/// C copies of Swift strings that live as long as this object, for structs of `char *` fields.
final class CStrings {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    /// A C copy of the text, or NULL for `nil`.
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    deinit { pointers.forEach { free($0) } }
}
