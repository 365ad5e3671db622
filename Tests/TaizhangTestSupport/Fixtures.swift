// SPDX-License-Identifier: Apache-2.0
// Finding fixtures, examples and the shared material from any test, without bundle resources.

import Foundation
import TaizhangModel

/// Paths the tests read from, found relative to this source file.
public enum Fixtures {
    /// The package root.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`.
    public static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// `Examples/<name>`.
    public static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// `../shared/<name>` beside the project (the domain material: corpus, notices).
    public static func shared(_ name: String) -> String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(name).path
    }

    /// Whether the tests that read `../shared/` run: when it is there, and always under CI
    /// (`CI=true`), where a missing folder must fail loudly rather than skip quietly.
    public static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared("LEDGER-SPEC.md"))
            || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// The built `taizhang` binary, beside the test bundle.
    public static var taizhangBinary: String { builtExecutable("taizhang") }

    /// A built executable of the package (a product the test target depends on), beside the test bundle.
    public static func builtExecutable(_ name: String) -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // The runner may sit inside the .xctest bundle folder on some platforms.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent(name).path
    }
}

/// A fresh folder under the system's temporary folder, removed by ``remove()``.
public struct TemporaryFolder {
    /// The folder's path.
    public let path: String

    /// Creates the folder.
    public init() throws {
        path = NSTemporaryDirectory() + "taizhang-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes bytes to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// The names of the files in the folder, hidden ones included, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension Ledger {
    /// The ledger with every source location removed, for comparing ledgers read from different files.
    public var withoutSources: Ledger {
        var copy = self
        copy.body = copy.body.withoutSources
        return copy
    }

    /// The ledger as a clerk retyped it: no task identifiers (CSV keeps none).
    public var withoutIdentifiers: Ledger {
        var copy = self
        copy.body = copy.body.mapTasks { $0.id = nil }
        return copy
    }
}

extension LedgerSection {
    /// The section with `change` applied to every task, in sheet order.
    public func mapTasks(_ change: (inout LedgerTask) -> Void) -> LedgerSection {
        var copy = self
        for index in copy.tasks.indices { change(&copy.tasks[index]) }
        copy.subsections = subsections.map { $0.mapTasks(change) }
        return copy
    }
}

extension LedgerSection {
    fileprivate var withoutSources: LedgerSection {
        var copy = self
        copy.heading?.source = nil
        copy.tasks = tasks.map { task in
            var task = task
            task.source = nil
            return task
        }
        copy.subsections = subsections.map(\.withoutSources)
        return copy
    }
}
