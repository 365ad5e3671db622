// SPDX-License-Identifier: Apache-2.0
// A received form: its text fields, and its files as kept in the request's private folder.

/// A file a request sent.
public struct UploadedFile: Sendable {
    /// The form field it came in.
    public var field: String
    /// The client's base name, for reports and messages only (``UploadFolder/displayName(_:)``).
    public var name: String
    /// Where the server keeps it, a name of the server's choosing.
    public var path: String
}

/// The fields and files of one request.
public struct UploadForm: Sendable {
    /// Text fields, the first value of each name.
    public var fields: [String: String] = [:]
    /// Files, in the order they were sent.
    public var files: [UploadedFile] = []

    /// The files of a field, in order.
    public func files(_ field: String) -> [UploadedFile] { files.filter { $0.field == field } }

    /// The first file of a field.
    public func file(_ field: String) -> UploadedFile? { files.first { $0.field == field } }

    /// A text field, `nil` when absent or blank.
    public func text(_ field: String) -> String? {
        guard let value = fields[field]?.strippingBlanks(), !value.isEmpty else { return nil }
        return value
    }
}
