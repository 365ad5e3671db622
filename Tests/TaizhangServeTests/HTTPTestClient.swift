// SPDX-License-Identifier: Apache-2.0
// A plain HTTP/1.1 client over a socket, so tests send exactly the bytes they mean (and stop half-way).

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP response as read off the socket.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The `error.code` of a JSON error body.
    var errorCode: String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let error = object["error"] as? [String: Any]
        else { return nil }
        return error["code"] as? String
    }

    var errorMessage: String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let error = object["error"] as? [String: Any]
        else { return nil }
        return error["message"] as? String
    }
}

/// One connection to the server under test.
final class HTTPConnection: @unchecked Sendable {
    private let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(reason: "connect: \(errno)") }
    }

    deinit { close(socket) }

    struct Failure: Error { let reason: String }

    /// Sends bytes; `false` when the server has closed the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Reads one response, off the cooperative threads.
    func receive() async throws -> HTTPAnswer {
        try await offPool { try self.receiveBlocking() }
    }

    /// Reads one response (by Content-Length, else to the end of the connection).
    func receiveBlocking() throws -> HTTPAnswer {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        var expected: Int?
        while true {
            if let end = headerEnd, let length = expected, data.count >= end + length { break }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[..<count]
            if headerEnd == nil, let range = find(data, Array("\r\n\r\n".utf8)) {
                headerEnd = range + 4
                let head = String(decoding: data[..<range], as: UTF8.self)
                expected = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
            }
        }
        guard let end = headerEnd else { throw Failure(reason: "no response head (\(data.count) bytes)") }
        let lines = String(decoding: data[..<(end - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return HTTPAnswer(status: status, headers: headers, body: Array(data[end...]))
    }

    private func find(_ data: [UInt8], _ needle: [UInt8]) -> Int? {
        guard data.count >= needle.count else { return nil }
        for index in 0...(data.count - needle.count) where data[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// A multipart/form-data body.
struct MultipartBody {
    static let boundary = "----taizhang-test-7MA4YWxkTrZu0gW"
    var bytes: [UInt8] = []

    mutating func field(_ name: String, _ value: String) {
        bytes += Array(
            "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, fileName: String, _ content: [UInt8]) {
        bytes += Array(
            "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        bytes += content
        bytes += Array("\r\n".utf8)
    }

    mutating func file(_ name: String, path: String, as fileName: String? = nil) throws {
        let content = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        file(name, fileName: fileName ?? (path as NSString).lastPathComponent, content)
    }

    var finished: [UInt8] { bytes + Array("--\(Self.boundary)--\r\n".utf8) }
}

/// Runs blocking socket work on a thread of its own: the server answers on Swift's cooperative
/// threads, which a test blocked in `recv` would otherwise starve.
func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}

/// Sends a request and reads its answer, on a connection of its own.
func request(
    _ method: String, _ path: String, port: Int, body: [UInt8] = [], contentType: String? = nil,
    headers: [String: String] = [:]
) async throws -> HTTPAnswer {
    try await offPool {
        try requestBlocking(method, path, port: port, body: body, contentType: contentType, headers: headers)
    }
}

private func requestBlocking(
    _ method: String, _ path: String, port: Int, body: [UInt8], contentType: String?, headers: [String: String]
) throws -> HTTPAnswer {
    let connection = try HTTPConnection(port: port)
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    if let contentType { head += "Content-Type: \(contentType)\r\n" }
    if method == "POST" { head += "Content-Length: \(body.count)\r\n" }
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    connection.send(Array((head + "\r\n").utf8) + body)
    return try connection.receiveBlocking()
}

/// Posts a multipart form.
func post(_ path: String, port: Int, _ form: MultipartBody, headers: [String: String] = [:]) async throws -> HTTPAnswer
{
    try await request(
        "POST", path, port: port, body: form.finished,
        contentType: "multipart/form-data; boundary=\(MultipartBody.boundary)", headers: headers)
}
