// SPDX-License-Identifier: Apache-2.0
// Splitting HTML into the few things a table reader needs: tags with their rowspan/colspan, and text.

/// One piece of an HTML document, as the table reader sees it.
enum HTMLToken: Equatable {
    /// An opening tag (lowercased name) and the spans it declares.
    case open(String, rowspan: Int, colspan: Int)
    /// A closing tag (lowercased name).
    case close(String)
    /// Text between tags, entities decoded, white space not yet collapsed.
    case text(String)
}

/// A forgiving HTML tokenizer over UTF-8 bytes: comments, declarations, `<script>` and `<style>`
/// are skipped; a tag left open at the end of the file is dropped.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position = 0

    /// Tokenizes decoded (UTF-8) HTML.
    init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, or `nil` at the end.
    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                position = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                return .text(HTMLEntities.decode(bytes[start..<position]))
            }
            if starts(with: "<!--") {
                position = find("-->", from: position + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if starts(with: "<!") || starts(with: "<?") {
                position = find(">", from: position).map { $0 + 1 } ?? bytes.count
                continue
            }
            guard let token = tag() else { continue }
            if case .open(let name, _, _) = token, name == "script" || name == "style" {
                position = find("</\(name)", from: position, ignoringCase: true) ?? bytes.count
                continue
            }
            return token
        }
        return nil
    }

    /// Reads the tag at `position` (a `<`), leaving `position` after it; `nil` for a lone "<".
    private mutating func tag() -> HTMLToken? {
        var cursor = position + 1
        let closing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
        if closing { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else {
            // "<" not starting a tag is text, as browsers read it.
            position += 1
            return .text("<")
        }
        let name = String(decoding: bytes[nameStart..<cursor].map(lowercased), as: UTF8.self)
        var rowspan = 1
        var colspan = 1
        // Attributes, to the closing ">" outside quotes.
        var quote: UInt8?
        let attributesStart = cursor
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            cursor += 1
        }
        let attributes = bytes[attributesStart..<min(cursor, bytes.count)]
        position = min(cursor + 1, bytes.count)
        if closing { return .close(name) }
        if name == "td" || name == "th" {
            rowspan = HTMLTokenizer.span("rowspan", in: attributes) ?? 1
            colspan = HTMLTokenizer.span("colspan", in: attributes) ?? 1
        }
        return .open(name, rowspan: rowspan, colspan: colspan)
    }

    /// The whole-number value of a span attribute, read as browsers do (leading digits).
    static func span(_ attribute: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let lowered = bytes.map(lowercased)
        let key = Array(attribute.utf8)
        var index = 0
        while index + key.count <= lowered.count {
            if lowered[index..<index + key.count].elementsEqual(key),
                index == 0 || !isNameByte(lowered[index - 1])
            {
                var cursor = index + key.count
                while cursor < lowered.count, lowered[cursor] == 0x20 { cursor += 1 }
                guard cursor < lowered.count, lowered[cursor] == UInt8(ascii: "=") else { return nil }
                cursor += 1
                while cursor < lowered.count, [0x20, 0x22, 0x27].contains(lowered[cursor]) { cursor += 1 }
                var value = 0
                var digits = 0
                while cursor < lowered.count, lowered[cursor] >= 0x30, lowered[cursor] <= 0x39, digits < 6 {
                    value = value * 10 + Int(lowered[cursor] - 0x30)
                    cursor += 1
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            index += 1
        }
        return nil
    }

    private func starts(with text: String) -> Bool {
        bytes[position...].starts(with: text.utf8)
    }

    private func find(_ text: String, from start: Int, ignoringCase: Bool = false) -> Int? {
        let needle = Array(text.utf8)
        guard let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let found = bytes[index...].firstIndex(where: { ($0 == first) }) else { return nil }
            if found + needle.count > bytes.count { return nil }
            let candidate = bytes[found..<found + needle.count]
            if ignoringCase ? candidate.map(lowercased).elementsEqual(needle) : candidate.elementsEqual(needle) {
                return found
            }
            index = found + 1
        }
        return nil
    }
}

private func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}

private func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
}
