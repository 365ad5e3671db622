// SPDX-License-Identifier: Apache-2.0
// Golden files: compare a produced text with the committed one, or re-record it (RECORD_SNAPSHOTS=1).

import Foundation

/// The committed expected outputs of format tests.
public enum Golden {
    /// Whether this run records golden files instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// The committed text at `path`, after writing `actual` there first when recording.
    ///
    /// Returns `nil` when recording, so the caller's comparison is skipped and the run reports
    /// that it recorded instead of passing.
    public static func expected(_ actual: String, at path: String) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
