// SPDX-License-Identifier: Apache-2.0
// The document properties a written workbook carries (File > Properties in Excel and WPS).

/// Title, subject, author and company of a written workbook.
public struct DocumentProperties: Sendable, Equatable {
    /// The title: the ledger's title.
    public var title: String?
    /// The subject: the notice's document number (文号) or what the file is.
    public var subject: String?
    /// The author: the office that keeps the ledger.
    public var author: String?
    /// The company: the issuing body.
    public var company: String?
    /// Keywords.
    public var keywords: String?
    /// A comment naming the program.
    public var comments: String?
    /// The creation time in seconds since 1970; `nil` for now. Fixed in golden tests.
    public var created: Int?

    /// Creates properties.
    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        keywords: String? = nil, comments: String? = "taizhang", created: Int? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}
