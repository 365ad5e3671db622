// SPDX-License-Identifier: Apache-2.0
// A thin layer over expat: bytes in, element and text events out, DOCTYPE refused, depth bounded.

import CTaizhangExpat
import TaizhangModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local name of an element or attribute: what follows any namespace prefix ("x:c" → "c").
///
/// OOXML readers must accept any prefix (`<x:c>`, `ns:id`) and both the transitional and strict
/// namespaces, so parts are matched by local name alone.
struct XMLName {
    let pointer: UnsafePointer<CChar>

    init(_ qualified: UnsafePointer<CChar>) {
        if let colon = strrchr(qualified, 0x3A) {
            pointer = UnsafePointer(colon + 1)
        } else {
            pointer = qualified
        }
    }

    /// A name already without its prefix.
    init(local: UnsafePointer<CChar>) {
        pointer = local
    }

    /// Whether the local name is `name`.
    func `is`(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { expected in
            var index = 0
            while index < expected.count {
                if UInt8(bitPattern: pointer[index]) != expected[index] { return false }
                index += 1
            }
            return pointer[index] == 0
        }
    }
}

/// The attributes of a start tag, looked up by local name.
struct XMLAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<CChar>?>?
    /// Whether the keys are local names already (the scanner's), rather than qualified (expat's).
    var localKeys = false

    /// The value of the attribute whose local name is `name` ("r:id" answers to "id").
    func value(_ name: StaticString) -> UnsafePointer<CChar>? {
        guard var cursor = pairs else { return nil }
        while let key = cursor.pointee {
            let value = cursor.advanced(by: 1).pointee
            if (localKeys ? XMLName(local: key) : XMLName(key)).is(name) { return value }
            cursor = cursor.advanced(by: 2)
        }
        return nil
    }

    /// The value as a string.
    func string(_ name: StaticString) -> String? {
        value(name).map { String(cString: $0) }
    }
}

/// What a part reader does with the events of its part.
protocol XMLPartHandler: AnyObject {
    /// An element opens.
    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError)
    /// An element closes.
    func end(_ name: XMLName) throws(LedgerReadError)
    /// Text inside an element, in UTF-8; one run of text may come in several pieces.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError)
}

/// Feeds a part's bytes to expat and passes its events to a handler.
///
/// The callbacks cannot throw into C, so a handler's error is kept, the parser is stopped, and the
/// error is thrown once `XML_Parse` returns (the shape of swift-nio's HTTP decoder over llhttp).
final class XMLStreamParser {
    private let parser: XML_Parser
    private let handler: any XMLPartHandler
    private let part: String
    private let file: String
    private let maxDepth: Int
    private var depth = 0
    private var failure: LedgerReadError?

    init(part: String, file: String, limits: ReadLimits, handler: any XMLPartHandler) {
        // expat always succeeds here but for lack of memory, which Swift treats as fatal anyway.
        guard let parser = XML_ParserCreate(nil) else { fatalError("expat could not allocate a parser") }
        self.parser = parser
        self.handler = handler
        self.part = part
        self.file = file
        self.maxDepth = limits.maxXMLDepth
        XML_SetUserData(parser, Unmanaged.passUnretained(self).toOpaque())
        XML_SetElementHandler(
            parser,
            { context, name, attributes in
                guard let context, let name else { return }
                Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue().started(name, attributes)
            },
            { context, name in
                guard let context, let name else { return }
                Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue().ended(name)
            })
        XML_SetCharacterDataHandler(parser) { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue().received(text, Int(length))
        }
        XML_SetStartDoctypeDeclHandler(parser) { context, _, _, _, _ in
            guard let context else { return }
            Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue().refuseDoctype()
        }
    }

    deinit {
        XML_ParserFree(parser)
    }

    /// Parses the next bytes of the part.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(LedgerReadError) {
        let status = XML_Parse(parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        try check(status)
    }

    /// Ends the part; unclosed elements are an error.
    func finish() throws(LedgerReadError) {
        try check(XML_Parse(parser, nil, 0, 1))
    }

    private func check(_ status: XML_Status) throws(LedgerReadError) {
        if let failure { throw failure }
        guard status == XML_STATUS_ERROR else { return }
        let reason = XML_ErrorString(XML_GetErrorCode(parser)).map { String(cString: $0) } ?? "XML error"
        throw LedgerReadError(
            .malformedXML, at: SourceLocation(file: file),
            arguments: [
                "part": part, "xmlLine": String(XML_GetCurrentLineNumber(parser)),
                "reason": reason,
            ])
    }

    // MARK: - Callbacks

    private func stop(_ error: LedgerReadError) {
        guard failure == nil else { return }
        failure = error
        XML_StopParser(parser, 0)
    }

    private func started(_ name: UnsafePointer<CChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<CChar>?>?) {
        guard failure == nil else { return }
        depth += 1
        if depth > maxDepth {
            stop(
                LedgerReadError(
                    .limitExceeded, at: SourceLocation(file: file),
                    arguments: [
                        "quantity": "xml-depth",
                        "limit": String(maxDepth), "part": part,
                    ]))
            return
        }
        do throws(LedgerReadError) {
            try handler.start(XMLName(name), XMLAttributes(pairs: attributes))
        } catch {
            stop(error)
        }
    }

    private func ended(_ name: UnsafePointer<CChar>) {
        guard failure == nil else { return }
        depth -= 1
        do throws(LedgerReadError) {
            try handler.end(XMLName(name))
        } catch {
            stop(error)
        }
    }

    private func received(_ text: UnsafePointer<CChar>, _ length: Int) {
        guard failure == nil else { return }
        do throws(LedgerReadError) {
            try text.withMemoryRebound(to: UInt8.self, capacity: length) { bytes throws(LedgerReadError) in
                try handler.text(UnsafeBufferPointer(start: bytes, count: length))
            }
        } catch {
            stop(error)
        }
    }

    private func refuseDoctype() {
        stop(LedgerReadError(.unsafeXML, at: SourceLocation(file: file), arguments: ["part": part]))
    }
}
