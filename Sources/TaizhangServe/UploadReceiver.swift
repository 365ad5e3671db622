// SPDX-License-Identifier: Apache-2.0
// Reading a request body into the request's private folder, its limits enforced as the bytes arrive.

import Foundation
import NIOCore
import TaizhangModel

#if canImport(Glibc)
    import Glibc
#endif

/// Receives a multipart/form-data body: text fields into memory (bounded), files straight to disk
/// under names of the server's choosing. A body over the upload limit is refused when its
/// Content-Length says so, before a byte is read, and otherwise the moment the count passes it;
/// nothing is ever held whole in memory.
struct UploadReceiver {
    let limits: ServeLimits
    let folder: UploadFolder
    let catalog: MessageCatalog

    /// Reads the body.
    ///
    /// - Throws: ``ServeError``: `upload-too-large`, `too-many-files`, `bad-upload`.
    func receive(
        _ body: some AsyncSequence<ByteBuffer, some Error>, contentType: String?, contentLength: Int?
    ) async throws(ServeError) -> UploadForm {
        if let contentLength, contentLength > limits.maximumUploadBytes { throw tooLarge() }
        guard let boundary = contentType.flatMap(MultipartParser.boundary(contentType:)) else {
            throw ServeError(.badUpload, status: 400, catalog: catalog, ["reason": "Content-Type multipart/form-data"])
        }
        var state = Receiving(
            limits: limits, folder: folder, catalog: catalog, parser: MultipartParser(boundary: boundary))
        defer { state.closeFile() }
        var received = 0
        do {
            for try await buffer in body {
                received += buffer.readableBytes
                if received > limits.maximumUploadBytes { throw tooLarge() }
                try state.feed(buffer.readableBytesView)
            }
            try state.parser.finish()
        } catch let error as ServeError {
            throw error
        } catch let malformed as MultipartParser.Malformed {
            throw ServeError(.badUpload, status: 400, catalog: catalog, ["reason": malformed.reason])
        } catch {
            throw ServeError(.badUpload, status: 400, catalog: catalog, ["reason": String(describing: error)])
        }
        return state.form
    }

    private func tooLarge() -> ServeError {
        ServeError(.uploadTooLarge, status: 413, catalog: catalog, ["limit": String(limits.maximumUploadBytes >> 20)])
    }

    /// The form as it is being received, and the file being written.
    private struct Receiving {
        /// The part being read.
        enum Part {
            /// A file, written to its slot as it arrives.
            case file(UploadedFile)
            /// A text field, kept in memory.
            case text(name: String, bytes: [UInt8])
            /// A file input left empty (no file name): its part is passed over.
            case skipped
        }

        let limits: ServeLimits
        let folder: UploadFolder
        let catalog: MessageCatalog
        var parser: MultipartParser
        var form = UploadForm()
        var part: Part?
        var descriptor: Int32 = -1
        var fileCount = 0

        mutating func feed(_ bytes: some Collection<UInt8>) throws {
            var parser = self.parser
            defer { self.parser = parser }
            try parser.feed(bytes) { event in try self.handle(event) }
        }

        mutating func handle(_ event: MultipartParser.Event) throws {
            switch event {
            case .begin(let name, let clientName?) where !clientName.isEmpty:
                fileCount += 1
                if fileCount > limits.maximumFiles {
                    throw ServeError(
                        .tooManyFiles, status: 413, catalog: catalog, ["limit": String(limits.maximumFiles)])
                }
                let file = UploadedFile(
                    field: name, name: UploadFolder.displayName(clientName),
                    path: folder.slot(fileCount, clientName: clientName))
                // O_EXCL: the slot is new; O_NOFOLLOW: never through a link.
                descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard descriptor >= 0 else { throw failure() }
                part = .file(file)
            case .begin(_, .some):
                part = .skipped
            case .begin(let name, nil):
                if form.fields.count >= limits.maximumFields {
                    throw ServeError(.badUpload, status: 400, catalog: catalog, ["reason": "too many fields"])
                }
                part = .text(name: name, bytes: [])
            case .data(let bytes):
                switch part {
                case .file: try write(bytes)
                case .text(let name, var text):
                    if text.count + bytes.count > limits.maximumFieldBytes {
                        throw ServeError(
                            .badUpload, status: 400, catalog: catalog, ["reason": "field \(name) too long"])
                    }
                    text += bytes
                    part = .text(name: name, bytes: text)
                case .skipped, nil: break
                }
            case .end:
                switch part {
                case .file(let file):
                    closeFile()
                    form.files.append(file)
                case .text(let name, let text) where form.fields[name] == nil:
                    form.fields[name] = String(decoding: text, as: UTF8.self)
                default: break
                }
                part = nil
            }
        }

        private func write(_ bytes: ArraySlice<UInt8>) throws {
            try bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                    if written < 0, errno == EINTR { continue }
                    guard written > 0 else { throw failure() }
                    offset += written
                }
            }
        }

        private func failure() -> ServeError {
            ServeError(.serverFailed, status: 500, catalog: catalog, ["reason": SystemReason.of(errno)])
        }

        mutating func closeFile() {
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }
}
