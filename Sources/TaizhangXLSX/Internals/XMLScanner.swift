// SPDX-License-Identifier: Apache-2.0
// A tokenizer for the plain XML spreadsheet programs write, feeding the part readers expat feeds.

import TaizhangModel

#if canImport(Glibc)
    import Glibc
#endif

/// Scans the XML of a worksheet or shared-string part and hands its elements and text to the same
/// ``XMLPartHandler`` expat would, faster than a general parser because it reads only plain XML.
///
/// Plain XML is what every spreadsheet program writes: an optional UTF-8 byte order mark and
/// declaration, elements with quoted attributes, text with the five named entities and character
/// references. Anything else — a DOCTYPE, CDATA, a comment or processing instruction, another
/// encoding, a non-ASCII name, invalid UTF-8, a tag longer than ``maxTag``, depth past the limit,
/// a mismatched end tag — makes it throw ``surprise`` before it hands over any event past that
/// point, and the caller reads the part with expat, which is the judge of such files. Every event
/// it does hand over is the one expat would, in the same order; text may come in other pieces.
///
/// Names and attribute values are terminated (and decoded) in place in the caller's buffer, so
/// the handler receives NUL-terminated strings as from expat without a copy.
final class XMLScanner {
    /// Thrown when the part is not plain XML; the caller reads it with expat instead.
    static let surprise = LedgerReadError(
        LedgerReadError.Code(rawValue: "xml-scanner-surprise"),
        at: SourceLocation(file: ""))
    /// The longest tag (or unfinished text) carried from one buffer to the next.
    static let maxTag = 64 << 10
    static let maxAttributes = 64
    private static let maxName = 255

    private let maxDepth: Int
    private var depth = 0
    private var prologDone = false
    private var rootSeen = false
    /// The names of the open elements, back to back; `nameEnds[d]` is where the name at depth d + 1 ends.
    private let names: UnsafeMutablePointer<UInt8>
    private let nameEnds: UnsafeMutablePointer<Int>
    /// The deepest nesting read here; deeper XML (a limit raised past it) goes to expat.
    private let stackDepth: Int
    private let pairs: UnsafeMutablePointer<UnsafePointer<CChar>?>
    private var spans = [AttributeSpan](repeating: AttributeSpan(), count: XMLScanner.maxAttributes)

    private struct AttributeSpan {
        var name = 0, local = 0, nameEnd = 0, value = 0, valueEnd = 0, needsDecoding = false
    }

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
        stackDepth = min(max(maxDepth, 1), 1024)
        pairs = .allocate(capacity: 2 * XMLScanner.maxAttributes + 1)
        names = .allocate(capacity: stackDepth * XMLScanner.maxName)
        nameEnds = .allocate(capacity: stackDepth)
    }

    deinit {
        pairs.deallocate()
        names.deallocate()
        nameEnds.deallocate()
    }

    /// Scans `count` bytes at `base`, handing events to `handler`, and returns how many it used:
    /// the rest begins a token the next bytes finish, to be scanned again in front of them.
    ///
    /// - Throws: ``surprise``, or what the handler throws.
    func scan<Handler: XMLPartHandler>(
        _ base: UnsafeMutablePointer<UInt8>, count: Int, handler: Handler
    ) throws(LedgerReadError) -> Int {
        var index = 0
        if !prologDone {
            guard let after = try prolog(base, count) else { return 0 }
            index = after
            prologDone = true
        }
        while index < count {
            if base[index] == XMLByte.less {
                guard let after = try tag(base, at: index, count: count, handler: handler) else {
                    guard count - index <= XMLScanner.maxTag else { throw XMLScanner.surprise }
                    return index
                }
                index = after
            } else if depth == 0 {
                // Outside the root only white space may stand.
                guard XMLByte.isSpace(base[index]) else { throw XMLScanner.surprise }
                index += 1
            } else {
                index = try XMLText.scan(base, from: index, count: count, handler: handler)
                if index < count, base[index] != XMLByte.less { return index }
            }
        }
        return count
    }

    /// Ends the part, `remaining` bytes being left unscanned.
    func finish(remaining: Int) throws(LedgerReadError) {
        guard remaining == 0, rootSeen, depth == 0 else { throw XMLScanner.surprise }
    }

    // MARK: - Byte order mark and declaration

    /// Where the content starts past a UTF-8 byte order mark and a plain declaration; `nil` to wait for more bytes.
    private func prolog(_ base: UnsafeMutablePointer<UInt8>, _ count: Int) throws(LedgerReadError) -> Int? {
        guard count >= 6 else { return nil }
        var index = 0
        if base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { index = 3 }
        guard base[index] == XMLByte.less else {
            // UTF-16, or anything before the first tag: expat decides.
            throw XMLScanner.surprise
        }
        guard count - index >= 6 else { return nil }
        let isDeclaration =
            base[index + 1] == 0x3F && base[index + 2] == 0x78 && base[index + 3] == 0x6D
            && base[index + 4] == 0x6C && XMLByte.isSpace(base[index + 5])
        guard isDeclaration else { return index }
        var end = index + 5
        while end + 1 < count, !(base[end] == 0x3F && base[end + 1] == XMLByte.greater) {
            end += 1
            if end - index > 512 { throw XMLScanner.surprise }
        }
        guard end + 1 < count else { return nil }
        try XMLDeclaration.check(UnsafeBufferPointer(start: base + index + 5, count: end - index - 5))
        return end + 2
    }

    // MARK: - Tags

    /// Reads the tag at `start` ('<'); returns the index after it, or `nil` when it is unfinished.
    private func tag<Handler: XMLPartHandler>(
        _ base: UnsafeMutablePointer<UInt8>, at start: Int, count: Int, handler: Handler
    ) throws(LedgerReadError) -> Int? {
        guard start + 1 < count else { return nil }
        let second = base[start + 1]
        if second == XMLByte.slash { return try endTag(base, at: start, count: count, handler: handler) }
        // <!-- -->, <![CDATA[, <!DOCTYPE, <?pi?>: expat's to read.
        if second == 0x21 || second == 0x3F { throw XMLScanner.surprise }

        let nameStart = start + 1
        var localStart = nameStart
        guard let nameEnd = try XMLScanner.name(base, from: nameStart, count: count, local: &localStart) else {
            return nil
        }
        var index = nameEnd
        var attributes = 0
        var selfClosing = false
        while true {
            let spaced = index
            while index < count, XMLByte.isSpace(base[index]) { index += 1 }
            guard index < count else { return nil }
            let byte = base[index]
            if byte == XMLByte.greater { break }
            if byte == XMLByte.slash {
                guard index + 1 < count else { return nil }
                guard base[index + 1] == XMLByte.greater else { throw XMLScanner.surprise }
                selfClosing = true
                index += 1
                break
            }
            guard index > spaced, attributes < XMLScanner.maxAttributes else { throw XMLScanner.surprise }
            var attributeLocal = index
            guard let attributeEnd = try XMLScanner.name(base, from: index, count: count, local: &attributeLocal) else {
                return nil
            }
            var cursor = attributeEnd
            while cursor < count, XMLByte.isSpace(base[cursor]) { cursor += 1 }
            guard cursor < count else { return nil }
            guard base[cursor] == XMLByte.equals else { throw XMLScanner.surprise }
            cursor += 1
            while cursor < count, XMLByte.isSpace(base[cursor]) { cursor += 1 }
            guard cursor < count else { return nil }
            let quote = base[cursor]
            guard quote == XMLByte.quote || quote == XMLByte.apostrophe else { throw XMLScanner.surprise }
            let valueStart = cursor + 1
            var valueEnd = valueStart
            var needsDecoding = false
            while valueEnd < count, base[valueEnd] != quote {
                let byte = base[valueEnd]
                if byte == XMLByte.less { throw XMLScanner.surprise }
                if byte == XMLByte.ampersand || byte < 0x20 || byte >= 0x80 { needsDecoding = true }
                valueEnd += 1
            }
            guard valueEnd < count else { return nil }
            spans[attributes] = AttributeSpan(
                name: index, local: attributeLocal, nameEnd: attributeEnd, value: valueStart,
                valueEnd: valueEnd, needsDecoding: needsDecoding)
            attributes += 1
            index = valueEnd + 1
        }
        // The tag is whole: check it, then terminate and decode in place.
        if depth == 0, rootSeen { throw XMLScanner.surprise }
        guard depth < maxDepth, depth < stackDepth else { throw XMLScanner.surprise }
        try checkDistinct(base, attributes)
        push(base, from: nameStart, to: nameEnd)
        for number in 0..<attributes {
            let span = spans[number]
            var end = span.valueEnd
            if span.needsDecoding {
                end = try XMLText.decodeAttribute(base, from: span.value, to: span.valueEnd)
            }
            base[end] = 0
            base[span.nameEnd] = 0
            pairs[2 * number] = UnsafeRawPointer(base + span.local).assumingMemoryBound(to: CChar.self)
            pairs[2 * number + 1] = UnsafeRawPointer(base + span.value).assumingMemoryBound(to: CChar.self)
        }
        pairs[2 * attributes] = nil
        base[nameEnd] = 0
        let name = XMLName(local: UnsafeRawPointer(base + localStart).assumingMemoryBound(to: CChar.self))
        depth += 1
        rootSeen = true
        try handler.start(name, XMLAttributes(pairs: pairs, localKeys: true))
        if selfClosing {
            depth -= 1
            try handler.end(name)
        }
        return index + 1
    }

    private func endTag<Handler: XMLPartHandler>(
        _ base: UnsafeMutablePointer<UInt8>, at start: Int, count: Int, handler: Handler
    ) throws(LedgerReadError) -> Int? {
        let nameStart = start + 2
        var localStart = nameStart
        guard let nameEnd = try XMLScanner.name(base, from: nameStart, count: count, local: &localStart) else {
            return nil
        }
        var index = nameEnd
        while index < count, XMLByte.isSpace(base[index]) { index += 1 }
        guard index < count else { return nil }
        guard base[index] == XMLByte.greater, depth > 0, matchesOpen(base, from: nameStart, to: nameEnd) else {
            throw XMLScanner.surprise
        }
        depth -= 1
        base[nameEnd] = 0
        try handler.end(XMLName(local: UnsafeRawPointer(base + localStart).assumingMemoryBound(to: CChar.self)))
        return index + 1
    }

    /// The end of an ASCII XML name starting at `start`, and where its local part starts (after
    /// the last ':'); `nil` when the bytes end first.
    private static func name(
        _ base: UnsafeMutablePointer<UInt8>, from start: Int, count: Int, local: inout Int
    ) throws(LedgerReadError) -> Int? {
        guard start < count else { return nil }
        guard XMLByte.isNameStart(base[start]) else { throw XMLScanner.surprise }
        var index = start + 1
        local = base[start] == 0x3A ? index : start
        while index < count, XMLByte.isName(base[index]) {
            index += 1
            if base[index - 1] == 0x3A { local = index }
        }
        guard index < count else { return nil }
        guard index - start <= maxName, base[index] < 0x80 else { throw XMLScanner.surprise }
        return index
    }

    private func checkDistinct(_ base: UnsafeMutablePointer<UInt8>, _ attributes: Int) throws(LedgerReadError) {
        guard attributes > 1 else { return }
        for later in 1..<attributes {
            let second = spans[later]
            for earlier in 0..<later {
                let first = spans[earlier]
                let length = first.nameEnd - first.name
                if length == second.nameEnd - second.name, memcmp(base + first.name, base + second.name, length) == 0 {
                    throw XMLScanner.surprise
                }
            }
        }
    }

    // MARK: - Open elements

    private func push(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) {
        let first = depth > 0 ? nameEnds[depth - 1] : 0
        (names + first).update(from: base + start, count: end - start)
        nameEnds[depth] = first + end - start
    }

    private func matchesOpen(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let first = depth > 1 ? nameEnds[depth - 2] : 0
        let last = nameEnds[depth - 1]
        return last - first == end - start && memcmp(names + first, base + start, end - start) == 0
    }
}
