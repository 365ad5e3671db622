// SPDX-License-Identifier: Apache-2.0
// How much one request may send and how much work the server takes on at once.

/// The bounds of `taizhang serve`. Every one has a test; the readers' own limits on hostile
/// files (``ReadLimits``) apply to every upload as they do on the command line.
public struct ServeLimits: Sendable {
    /// The most bytes a request body may hold (`--max-upload-mb`); beyond it the answer is 413.
    public var maximumUploadBytes: Int
    /// The most files one request may send; beyond it the answer is 413.
    public var maximumFiles: Int
    /// How many requests are worked on at once; another gets 503 at once rather than a queue.
    public var maximumJobs: Int
    /// The most bytes of one text field.
    public var maximumFieldBytes: Int
    /// The most text fields of one request.
    public var maximumFields: Int
    /// How long a connection may send nothing, mid-request or between requests, before it is
    /// closed: a stalled upload never holds a place at work for long.
    public var idleSeconds: Int

    /// Creates limits; the defaults are the command's.
    public init(
        maximumUploadBytes: Int = 100 << 20, maximumFiles: Int = 200, maximumJobs: Int = 2,
        maximumFieldBytes: Int = 64 << 10, maximumFields: Int = 32, idleSeconds: Int = 30
    ) {
        self.maximumUploadBytes = maximumUploadBytes
        self.maximumFiles = maximumFiles
        self.maximumJobs = maximumJobs
        self.maximumFieldBytes = maximumFieldBytes
        self.maximumFields = maximumFields
        self.idleSeconds = idleSeconds
    }
}
