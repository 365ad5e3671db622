// SPDX-License-Identifier: Apache-2.0
// File names made from department names: safe on Linux, Windows and macOS, never an option or a hidden file.

/// Turns a department name into a file name that any system and any shell accepts.
enum SafeFileName {
    /// The most UTF-8 bytes of a name's stem (file systems allow 255 bytes per name).
    static let maximumStemBytes = 180

    /// A stem for `name`: path separators, characters Windows forbids and control characters become
    /// "_", a leading "." or "-" (hidden file, command-line option) is prefixed with "_", Windows'
    /// reserved device names are prefixed too, and an over-long name is cut on a character boundary.
    static func stem(for name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var stem = String(
            name.map { character -> Character in
                if forbidden.contains(character) { return "_" }
                if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "_" }
                return character
            })
        stem = String(stem.drop { $0 == " " || $0 == "\u{3000}" })
        while stem.last == " " || stem.last == "." || stem.last == "\u{3000}" { stem.removeLast() }
        if stem.isEmpty { return "未命名单位" }
        if stem.first == "." || stem.first == "-" { stem = "_" + stem }
        let device = stem.split(separator: ".").first.map { $0.uppercased() } ?? ""
        if reservedDevices.contains(device) { stem = "_" + stem }
        while stem.utf8.count > maximumStemBytes { stem.removeLast() }
        return stem
    }

    /// File names for `names`, in order, each with `extension`: unique, none equal to a name in
    /// `taken`, a clash resolved with "（2）", "（3）", ….
    static func unique(_ names: [String], extension fileExtension: String, taken: Set<String>) -> [String] {
        var used = Set(taken.map { $0.lowercased() })
        return names.map { name in
            let stem = stem(for: name)
            var candidate = "\(stem).\(fileExtension)"
            var number = 2
            while used.contains(candidate.lowercased()) {
                candidate = "\(stem)（\(number)）.\(fileExtension)"
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    private static let reservedDevices: Set<String> = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ]
}
