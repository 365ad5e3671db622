// SPDX-License-Identifier: Apache-2.0
// Outputs are written whole or not at all, never over an existing file unless asked, never over the input.

import Foundation
import Testing
import TaizhangIO
import TaizhangModel
import TaizhangTestSupport

struct AtomicFileWriterTests {
    @Test func writesANewFileAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFileWriter.write(Array("新内容".utf8), to: folder.file("out.csv"), overwrite: false)
        #expect(try String(contentsOfFile: folder.file("out.csv"), encoding: .utf8) == "新内容")
        #expect(try folder.contents() == ["out.csv"])
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("out.csv", Array("old".utf8))
        #expect(throws: LedgerWriteError(.outputExists, path: folder.file("out.csv"))) {
            try AtomicFileWriter.write(Array("new".utf8), to: folder.file("out.csv"), overwrite: false)
        }
        #expect(try String(contentsOfFile: folder.file("out.csv"), encoding: .utf8) == "old")
        #expect(try folder.contents() == ["out.csv"])
    }

    @Test func overwritesWithForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("out.csv", Array("old".utf8))
        try AtomicFileWriter.write(Array("new".utf8), to: folder.file("out.csv"), overwrite: true)
        #expect(try String(contentsOfFile: folder.file("out.csv"), encoding: .utf8) == "new")
        #expect(try folder.contents() == ["out.csv"])
    }

    @Test func neverWritesOverTheInputEvenWithForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("in.csv", Array("input".utf8))
        let sameFile = folder.path + "/./in.csv"
        #expect(throws: LedgerWriteError(.outputIsInput, path: sameFile)) {
            try AtomicFileWriter.write(Array("x".utf8), to: sameFile, overwrite: true, protecting: [input])
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "input")
    }

    @Test func reportsAFolderThatDoesNotExist() {
        do {
            try AtomicFileWriter.write([1], to: "/no/such/folder/out.csv", overwrite: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .writeFailed)
            #expect(error.arguments["reason"]?.isEmpty == false)
        }
    }

    /// A clerk's file kept private (640) stays private when --force replaces it.
    @Test func replacingAFileKeepsItsPermissions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("台账.csv")
        try AtomicFileWriter.write(Array("旧".utf8), to: path, overwrite: false)
        #expect(chmod(path, 0o640) == 0)
        try AtomicFileWriter.write(Array("新".utf8), to: path, overwrite: true)
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "新")
    }

    /// An output abandoned before it is committed leaves no temporary file behind.
    @Test func anUncommittedOutputLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let file = try AtomicFile(destination: folder.file("out.csv"), overwrite: false)
            let output = try FileOutput(creating: file.temporaryPath, reportedAs: folder.file("out.csv"))
            try output.write(Array("半个文件".utf8))
            try output.flush()
            #expect(FileManager.default.fileExists(atPath: file.temporaryPath))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
