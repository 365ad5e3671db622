// SPDX-License-Identifier: Apache-2.0
// Character references in HTML text: the named ones web exports use, and numeric ones.

/// Decodes character references (`&amp;`, `&nbsp;`, `&#20013;`, `&#x4E2D;`) in HTML text.
enum HTMLEntities {
    /// The named references web systems' exports use; others are left as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "mdash": "—", "ndash": "–", "hellip": "…",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "middot": "·", "times": "×",
        "yen": "¥", "copy": "©", "reg": "®", "deg": "°", "plusmn": "±",
    ]

    /// The references browsers also read without a semicolon.
    static let legacyNames = ["nbsp", "amp", "quot", "lt", "gt"]

    /// The text of `bytes` (UTF-8) with its references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"),
                let value = reference(String(after[..<semicolon]))
            {
                result += value
                rest = after[after.index(after: semicolon)...]
            } else if let legacy = legacyNames.first(where: { after.hasPrefix($0) }), let value = named[legacy] {
                // Browsers read these few without their semicolon ("&amp b", "&nbsp中").
                result += value
                rest = after.dropFirst(legacy.count)
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func reference(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(scalar)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(scalar) }
        return named[name] ?? named[name.lowercased()]
    }

    private static func scalar(_ value: UInt32) -> String? {
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }
}
