// SPDX-License-Identifier: Apache-2.0
// Running python3 helpers (openpyxl) from tests, to check our files with another program.

import Foundation

/// The system's python3, for checks made with other programs' readers.
public enum Python {
    /// Whether the openpyxl checks run: when openpyxl imports, and always under CI (`CI=true`),
    /// where scripts/test installs it and a missing module must fail rather than skip.
    public static let hasOpenpyxl: Bool = {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return (try? run(["-c", "import openpyxl"])) != nil
    }()

    /// Runs `python3 arguments…` and returns its standard output.
    ///
    /// - Throws: when python3 cannot start or exits with a failure.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WorkbookBuilder.BuildError(message: "python3 \(arguments) exited \(process.terminationStatus)")
        }
        return data
    }
}
