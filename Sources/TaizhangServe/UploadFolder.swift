// SPDX-License-Identifier: Apache-2.0
// The private folders uploads are kept in while a request is answered, and the names they get there.

import Foundation
import Synchronization
import TaizhangModel

#if canImport(Glibc)
    import Glibc
#endif

/// The folders made and not yet removed.
private let live = Mutex<Set<String>>([])

/// A folder only this process's user can open (mode 0700), made fresh with `mkdtemp`, and removed
/// with everything in it by ``remove()``. The server keeps one for its lifetime and one inside it
/// per request; a file in it is named by the server, never by the client.
public struct UploadFolder: Sendable {
    /// A folder that could not be made.
    public struct Failure: Error, Sendable {
        /// The system's reason.
        public let reason: String
    }

    /// The folder's absolute path.
    public let path: String

    /// Makes a new private folder inside `parent` (default: `$TMPDIR` or /tmp).
    ///
    /// - Throws: ``Failure`` when the folder cannot be made.
    public static func make(in parent: String? = nil, prefix: String = "taizhang-serve-") throws(Failure)
        -> UploadFolder
    {
        let base = parent ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base as NSString).appendingPathComponent(prefix + "XXXXXX").utf8CString)
        // mkdtemp makes the folder with mode 0700, atomically, under a name nobody could guess.
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
            throw Failure(reason: SystemReason.of(errno))
        }
        let folder = UploadFolder(path: String(cString: made))
        _ = live.withLock { $0.insert(folder.path) }
        return folder
    }

    /// A new file path inside the folder for an upload the client called `clientName`: the
    /// `index`-th upload, keeping only the name's extension (lowercased, letters and digits), so no
    /// client name ever reaches the file system.
    public func slot(_ index: Int, clientName: String) -> String {
        let fileExtension = Self.safeExtension(of: clientName)
        return (path as NSString).appendingPathComponent(String(format: "upload-%04d", index) + fileExtension)
    }

    /// A subfolder for outputs, made with mode 0700.
    public func subfolder(_ name: String) throws(Failure) -> String {
        let folder = (path as NSString).appendingPathComponent(name)
        guard mkdir(folder, 0o700) == 0 else { throw Failure(reason: SystemReason.of(errno)) }
        return folder
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
        _ = live.withLock { $0.remove(path) }
    }

    /// Removes every folder made and not yet removed: what an interrupted server calls on its way out.
    public static func removeAll() {
        let paths = live.withLock { folders in
            defer { folders.removeAll() }
            return folders
        }
        // Inner folders first, so none is left to a parent's removal racing with its own.
        for path in paths.sorted(by: { $0.count > $1.count }) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// ".xlsx" for "台账.XLSX"; "" when the name has no plain extension of at most 8 characters.
    static func safeExtension(of name: String) -> String {
        let base = displayName(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        let candidate = base[base.index(after: dot)...].lowercased()
        guard (1...8).contains(candidate.count), candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else {
            return ""
        }
        return "." + candidate
    }

    /// What reports call an upload: the last component of the client's name (a browser on Windows
    /// may send "C:\\Users\\…\\台账.xlsx"), without control characters, at most 200 characters;
    /// "upload" when nothing is left.
    public static func displayName(_ clientName: String) -> String {
        let last = clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            .strippingBlanks()
        guard !clean.isEmpty, clean != ".", clean != ".." else { return "upload" }
        return String(clean.prefix(200))
    }
}
