// SPDX-License-Identifier: Apache-2.0
// Why the system refused a file operation, as a reason the message catalogue words.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `reason` argument of an error for a failed system call: a catalogue key for the faults a
/// clerk meets (a full disk, no permission, a read-only drive), worded in the run's language;
/// the system's own English text for any other.
public enum SystemReason {
    /// The reason for `errno` value `code`.
    public static func of(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "no-space"
        case EDQUOT: "quota-exceeded"
        case EACCES, EPERM: "permission-denied"
        case EROFS: "read-only-file-system"
        case ENOENT: "no-such-file-or-folder"
        case ENOTDIR: "not-a-folder"
        case EISDIR: "is-a-folder"
        case EFBIG: "file-too-large"
        case EIO: "input-output-error"
        case EMFILE, ENFILE: "too-many-open-files"
        default: String(cString: strerror(code))
        }
    }
}
