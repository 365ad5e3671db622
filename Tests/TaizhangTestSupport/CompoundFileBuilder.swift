// SPDX-License-Identifier: Apache-2.0
// Minimal OLE compound files made by the tests: a .doc, an .xls with a password record, broken chains.

/// Writes compound files (version 3, 512-byte sectors) holding a few streams, each stored in
/// regular sectors (padded to at least 4,096 bytes, the mini-stream cutoff).
public enum CompoundFileBuilder {
    static let free: UInt32 = 0xFFFF_FFFF
    static let endOfChain: UInt32 = 0xFFFF_FFFE

    /// The bytes of a compound file with these streams (at most three; about 60 KB in all). Each
    /// stream is declared with its padded length, so a short one ends in zeros.
    ///
    /// - Parameter cyclic: make the first stream's chain loop back on itself and declare twice its
    ///   length (a hostile file).
    public static func build(streams: [(name: String, bytes: [UInt8])], cyclic: Bool = false) -> [UInt8] {
        precondition(streams.count <= 3)
        var fat = [UInt32](repeating: free, count: 128)
        fat[0] = 0xFFFF_FFFD
        fat[1] = endOfChain
        var data: [UInt8] = []
        var starts: [UInt32] = []
        var next = 2
        for stream in streams {
            var bytes = stream.bytes
            if bytes.count < 4096 { bytes += [UInt8](repeating: 0, count: 4096 - bytes.count) }
            bytes += [UInt8](repeating: 0, count: (512 - bytes.count % 512) % 512)
            let sectors = bytes.count / 512
            starts.append(UInt32(next))
            for index in 0..<sectors {
                fat[next + index] = index == sectors - 1 ? endOfChain : UInt32(next + index + 1)
            }
            if cyclic, starts.count == 1 { fat[next + sectors - 1] = UInt32(next) }
            next += sectors
            data += bytes
        }
        precondition(next <= 128)
        var header = [UInt8](repeating: 0, count: 512)
        header.replace(at: 0, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        header.put16(0x18, 0x003E)
        header.put16(0x1A, 3)
        header.put16(0x1C, 0xFFFE)
        header.put16(0x1E, 9)
        header.put16(0x20, 6)
        header.put32(0x2C, 1)
        header.put32(0x30, 1)
        header.put32(0x38, 4096)
        header.put32(0x3C, endOfChain)
        header.put32(0x44, endOfChain)
        header.put32(0x4C, 0)
        for index in 1..<109 { header.put32(0x4C + 4 * index, free) }

        var fatSector = [UInt8](repeating: 0, count: 512)
        for (index, entry) in fat.enumerated() { fatSector.put32(4 * index, entry) }
        var directory = [UInt8](repeating: 0, count: 512)
        directory.replace(
            at: 0,
            with: entry(
                name: "Root Entry", type: 5, start: endOfChain, size: 0,
                child: streams.isEmpty ? free : 1, right: free))
        for (index, stream) in streams.enumerated() {
            let right = index + 1 < streams.count ? UInt32(index + 2) : free
            directory.replace(
                at: 128 * (index + 1),
                with: entry(
                    name: stream.name, type: 2, start: starts[index],
                    size: UInt32(max(stream.bytes.count, 4096) * (cyclic && index == 0 ? 2 : 1)),
                    child: free, right: right))
        }
        return header + fatSector + directory + data
    }

    private static func entry(name: String, type: UInt8, start: UInt32, size: UInt32, child: UInt32, right: UInt32)
        -> [UInt8]
    {
        var bytes = [UInt8](repeating: 0, count: 128)
        let units = Array(name.utf16)
        for (index, unit) in units.enumerated() { bytes.put16(2 * index, unit) }
        bytes.put16(0x40, UInt16((units.count + 1) * 2))
        bytes[0x42] = type
        bytes[0x43] = 1
        bytes.put32(0x44, free)
        bytes.put32(0x48, right)
        bytes.put32(0x4C, child)
        bytes.put32(0x74, start)
        bytes.put32(0x78, size)
        return bytes
    }

    /// A BIFF8 record: type, length, body.
    public static func record(_ type: UInt16, _ body: [UInt8] = []) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 4)
        bytes.put16(0, type)
        bytes.put16(2, UInt16(body.count))
        return bytes + body
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func put16(_ offset: Int, _ value: UInt16) {
        self[offset] = UInt8(value & 0xFF)
        self[offset + 1] = UInt8(value >> 8)
    }

    fileprivate mutating func put32(_ offset: Int, _ value: UInt32) {
        for index in 0..<4 { self[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
    }

    fileprivate mutating func replace(at offset: Int, with bytes: [UInt8]) {
        replaceSubrange(offset..<offset + bytes.count, with: bytes)
    }
}
