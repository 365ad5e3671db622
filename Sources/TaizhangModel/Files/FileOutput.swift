// SPDX-License-Identifier: Apache-2.0
// Bytes written out through a buffer, to a new file or to standard output, every failure reported.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer of bytes to a file descriptor; a failed write (a full disk) is an error, never
/// silence.
public final class FileOutput {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20

    /// Creates `path`, which must not exist yet (it is a temporary file of ``AtomicFile``).
    ///
    /// - Parameter reportedPath: the name errors give the output.
    public init(creating path: String, reportedAs reportedPath: String) throws(LedgerWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileOutput.failure(reportedPath, errno) }
        self.descriptor = descriptor
        ownsDescriptor = true
        self.path = reportedPath
        buffer.reserveCapacity(capacity)
    }

    /// Writes to standard output.
    public static func standardOutput() -> FileOutput { FileOutput(descriptor: 1, path: "-") }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        ownsDescriptor = false
        self.path = path
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends bytes, writing the buffer out when it is full.
    public func write(_ bytes: some Collection<UInt8>) throws(LedgerWriteError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out what is buffered.
    public func flush() throws(LedgerWriteError) {
        var written = 0
        let failure: Int32? = buffer.withUnsafeBytes { bytes -> Int32? in
            guard let start = bytes.baseAddress else { return nil }
            while written < bytes.count {
                let result = Glibc.write(descriptor, start + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw FileOutput.failure(path, failure) }
    }

    static func failure(_ path: String, _ code: Int32) -> LedgerWriteError {
        LedgerWriteError(.writeFailed, path: path, arguments: ["reason": SystemReason.of(code)])
    }
}
