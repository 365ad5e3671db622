// SPDX-License-Identifier: Apache-2.0
// A multipart/form-data body (RFC 7578) read as it arrives, in memory bounded by the boundary and
// one header block, whatever the size of the files in it.

#if canImport(Glibc)
    import Glibc
#endif

/// Splits a multipart/form-data body into parts as its bytes arrive: the caller feeds chunks
/// and gets each part's headers, its bytes (in pieces) and its end. It holds at most one header
/// block (``maximumHeaderBytes``) and a boundary's length of unsent bytes.
///
/// Written here rather than taken from a package: the server needs only this one direction,
/// with its limits enforced as the bytes go by, and files passed straight on to disk.
struct MultipartParser {
    /// What the parser found.
    enum Event {
        /// A part begins: its form field name and, for a file, the client's file name.
        case begin(name: String, fileName: String?)
        /// Some of the current part's bytes.
        case data(ArraySlice<UInt8>)
        /// The current part ended.
        case end
    }

    /// A body that is not multipart/form-data as declared.
    struct Malformed: Error, Equatable {
        /// What is wrong, in English (the catalogue frames it).
        let reason: String
    }

    /// The most a part's header block may take.
    static let maximumHeaderBytes = 16 << 10

    private enum State {
        case preamble, afterBoundary, headers, body, done
    }

    /// CRLF "--" boundary: what ends a part (the body is fed as if it started with CRLF).
    private let delimiter: [UInt8]
    private var state = State.preamble
    private var pending: [UInt8] = [0x0D, 0x0A]

    /// A parser for the boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// The boundary a Content-Type header names, or `nil` when it is not multipart/form-data with one.
    static func boundary(contentType: String) -> String? {
        let parameters = contentType.split(separator: ";").map { $0.strippingBlanks() }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].strippingBlanks().lowercased() == "boundary" else { continue }
            let value = unquoted(pair[1].strippingBlanks())
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Whether the closing boundary has been read.
    var isComplete: Bool { state == .done }

    /// Takes the next chunk of the body, calling `handle` for what it completes.
    mutating func feed(_ bytes: some Collection<UInt8>, _ handle: (Event) throws -> Void) throws {
        pending.append(contentsOf: bytes)
        var start = 0
        defer { pending.removeFirst(start) }
        while true {
            switch state {
            case .done:
                // The epilogue is ignored.
                start = pending.count
                return
            case .preamble:
                guard let found = find(delimiter, from: start) else {
                    start = max(start, pending.count - delimiter.count + 1)
                    return
                }
                start = found + delimiter.count
                state = .afterBoundary
            case .afterBoundary:
                guard pending.count - start >= 2 else { return }
                let first = pending[start], second = pending[start + 1]
                if first == 0x2D, second == 0x2D {
                    state = .done
                } else if first == 0x0D, second == 0x0A {
                    state = .headers
                } else {
                    throw Malformed(reason: "boundary not followed by CRLF")
                }
                start += 2
            case .headers:
                guard let end = find([0x0D, 0x0A, 0x0D, 0x0A], from: start) else {
                    if pending.count - start > MultipartParser.maximumHeaderBytes {
                        throw Malformed(reason: "part headers too long")
                    }
                    return
                }
                guard end - start <= MultipartParser.maximumHeaderBytes else {
                    throw Malformed(reason: "part headers too long")
                }
                let (name, fileName) = try MultipartParser.disposition(
                    String(decoding: pending[start..<end], as: UTF8.self))
                try handle(.begin(name: name, fileName: fileName))
                start = end + 4
                state = .body
            case .body:
                if let found = find(delimiter, from: start) {
                    if found > start { try handle(.data(pending[start..<found])) }
                    start = found
                    // A boundary is followed by "--" or CRLF; the same bytes followed by anything
                    // else are the part's own (RFC 2046 forbids them there, but a lenient reader loses nothing).
                    let after = found + delimiter.count
                    guard pending.count - after >= 2 else { return }
                    let next = (pending[after], pending[after + 1])
                    if next == (0x2D, 0x2D) || next == (0x0D, 0x0A) {
                        try handle(.end)
                        start = after
                        state = .afterBoundary
                    } else {
                        try handle(.data(pending[found..<after]))
                        start = after
                    }
                } else {
                    // All but what could be the start of a delimiter is the part's.
                    let safe = pending.count - delimiter.count + 1
                    if safe > start {
                        try handle(.data(pending[start..<safe]))
                        start = safe
                    }
                    return
                }
            }
        }
    }

    /// Checks the body ended with the closing boundary.
    func finish() throws {
        guard state == .done else { throw Malformed(reason: "body ends before the closing boundary") }
    }

    /// The first place of `needle` in `pending` at or after `from`.
    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard pending.count - from >= needle.count else { return nil }
        return pending.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
                let first = Int32(needle[0])
                var position = from
                let last = haystack.count - needle.count
                // memchr finds each candidate first byte at memory speed; memcmp checks the rest.
                while position <= last {
                    guard let hit = memchr(base + position, first, last - position + 1) else { return nil }
                    position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, pattern, needle.count) == 0 { return position }
                    position += 1
                }
                return nil
            }
        }
    }

    /// The field name and file name of a part's Content-Disposition header.
    private static func disposition(_ block: String) throws -> (String, String?) {
        for line in block.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].strippingBlanks().lowercased() == "content-disposition"
            else { continue }
            var name: String?
            var fileName: String?
            for parameter in parameters(line[line.index(after: colon)...]) {
                switch parameter.key {
                case "name": name = parameter.value
                case "filename": fileName = parameter.value
                default: continue
                }
            }
            guard let name else { throw Malformed(reason: "part without a field name") }
            return (name, fileName)
        }
        throw Malformed(reason: "part without Content-Disposition")
    }

    /// `key=value` and `key="quoted; value"` pairs after the disposition type, keys lowercased.
    private static func parameters(_ text: Substring) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var index = text.startIndex
        func skip(_ characters: Set<Character>) {
            while index < text.endIndex, characters.contains(text[index]) { index = text.index(after: index) }
        }
        while index < text.endIndex {
            skip([" ", "\t", ";"])
            let keyStart = index
            while index < text.endIndex, text[index] != "=", text[index] != ";" { index = text.index(after: index) }
            let key = text[keyStart..<index].strippingBlanks().lowercased()
            guard index < text.endIndex, text[index] == "=" else { continue }
            index = text.index(after: index)
            var value = ""
            if index < text.endIndex, text[index] == "\"" {
                index = text.index(after: index)
                while index < text.endIndex, text[index] != "\"" {
                    // Browsers send a quote in a file name as %22 and keep backslashes; only \" is an escape.
                    if text[index] == "\\", text.index(after: index) < text.endIndex,
                        text[text.index(after: index)] == "\""
                    {
                        index = text.index(after: index)
                    }
                    value.append(text[index])
                    index = text.index(after: index)
                }
                if index < text.endIndex { index = text.index(after: index) }
            } else {
                let valueStart = index
                while index < text.endIndex, text[index] != ";" { index = text.index(after: index) }
                value = text[valueStart..<index].strippingBlanks()
            }
            result.append((key, value))
        }
        return result
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func strippingBlanks() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
