// SPDX-License-Identifier: Apache-2.0
// The server started in the test process on a free port, and stopped again.

import Foundation
import TaizhangServe

/// A ``TaizhangServer`` listening on an ephemeral loopback port.
final class RunningServer: Sendable {
    let server: TaizhangServer
    let port: Int
    private let task: Task<Void, any Error>

    private init(server: TaizhangServer, port: Int, task: Task<Void, any Error>) {
        self.server = server
        self.port = port
        self.task = task
    }

    static func start(_ limits: ServeLimits = ServeLimits()) async throws -> RunningServer {
        let server = try TaizhangServer(configuration: ServeConfiguration(host: "127.0.0.1", port: 0, limits: limits))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            throw HTTPConnection.Failure(reason: "server did not start")
        }
        return RunningServer(server: server, port: port, task: task)
    }

    /// What the upload folder holds now.
    var uploadsContents: [String] { (try? FileManager.default.contentsOfDirectory(atPath: server.uploads.path)) ?? [] }

    /// Stops serving and removes the upload folder at once (the server's own removal comes when
    /// its task ends, which a test process may not wait for).
    func stop() {
        task.cancel()
        server.uploads.remove()
    }
}
