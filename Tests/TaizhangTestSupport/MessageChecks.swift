// SPDX-License-Identifier: Apache-2.0
// What an English or Chinese message must not contain: Chinese left in English, holes left unfilled.

import Foundation
import TaizhangModel

/// Checks of rendered messages, shared by the catalogue tests of each module.
public enum MessageChecks {
    /// The `{name}` holes of a template.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// ASCII sample values for the names, one distinct value each.
    public static func samples(for names: Set<String>) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, "S-\($0)") })
    }

    /// The Chinese characters and full-width punctuation of an English message, once the terms the
    /// ledger itself uses (``MessageCatalog/documentTerms``) are taken out: should be empty.
    public static func chineseIn(english message: String) -> String {
        var rest = message
        for term in MessageCatalog.documentTerms.sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: term, with: "")
        }
        return String(rest.unicodeScalars.filter(isChinese).map(Character.init))
    }

    /// The unfilled `{name}` holes of a message: should be empty.
    public static func holes(in message: String) -> Set<String> {
        placeholders(in: message).filter { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF:
            true
        default: false
        }
    }
}
