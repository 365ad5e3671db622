// SPDX-License-Identifier: Apache-2.0
// A progress bar on the terminal's standard error while files are checked; nothing when piped.

import Foundation

/// "校验 12/1000 [=====     ]" redrawn in place on standard error.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let label: String
    private let lock = NSLock()
    private var shown = -1

    /// - Parameter label: what is being done, from the catalogue (``MessageCatalog/CommandMessage``).
    init(total: Int, enabled: Bool, label: String) {
        self.total = total
        self.label = label
        self.enabled = enabled && total > 1
    }

    /// Shows `done` of the total, at most once per percent.
    func show(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = done * 100 / max(total, 1)
        guard percent != shown else { return }
        shown = percent
        let width = 30
        let filled = done * width / max(total, 1)
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) [\(bar)] \(percent)%".utf8))
    }

    /// Removes the bar.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
