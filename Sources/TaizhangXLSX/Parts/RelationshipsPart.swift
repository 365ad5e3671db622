// SPDX-License-Identifier: Apache-2.0
// Reading a relationships part (_rels/*.rels): which part an id or a type points at.

import TaizhangModel

/// One relationship of a part.
struct Relationship {
    var id: String
    var type: String
    /// The target as a part name in the archive (resolved, no leading slash).
    var target: String
}

/// Reads `<Relationship Id Type Target>` elements, resolving targets against the source part.
final class RelationshipsPart: XMLPartHandler {
    private let base: String
    private(set) var relationships: [Relationship] = []

    /// - Parameter source: the part the relationships belong to ("xl/workbook.xml"; "" for the package).
    init(source: String) {
        var folder = source
        if let slash = folder.lastIndex(of: "/") {
            folder = String(folder[...slash])
        } else {
            folder = ""
        }
        base = folder
    }

    /// The relationships part of a source part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    static func name(for source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return "_rels/\(source).rels" }
        return "\(source[...slash])_rels/\(source[source.index(after: slash)...]).rels"
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(LedgerReadError) {
        guard name.is("Relationship"), attributes.string("TargetMode") != "External",
            let id = attributes.string("Id"), let type = attributes.string("Type"),
            let target = attributes.string("Target")
        else { return }
        relationships.append(Relationship(id: id, type: type, target: resolve(target)))
    }

    func end(_ name: XMLName) throws(LedgerReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(LedgerReadError) {}

    /// The first target whose type ends with `suffix` ("/officeDocument", "/sharedStrings").
    func target(ofType suffix: String) -> String? {
        relationships.first { $0.type.hasSuffix(suffix) }?.target
    }

    private func resolve(_ target: String) -> String {
        let cleaned = String(target.map { $0 == "\\" ? "/" : $0 })
        var parts: [Substring] = []
        let joined = cleaned.hasPrefix("/") ? String(cleaned.dropFirst()) : base + cleaned
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
