// SPDX-License-Identifier: Apache-2.0
// The OLE compound file (CFB) that .xls, .doc, .et and encrypted Office files are stored in:
// its directory, and one stream at a time, read with every chain and size bounded.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A compound file opened over a byte source, read lazily and never trusted.
///
/// Only what taizhang needs: the names of the directory's streams (to tell an .xls from a .doc or
/// an encrypted workbook) and the bytes of one stream (the BIFF `Workbook`, for sheet states and
/// merged cells that FreeXL does not report). Every chain is followed at most as many steps as
/// the file has sectors, and a stream is read only up to ``maxStreamBytes``.
package struct CompoundFile {
    /// A directory entry that is a stream.
    package struct Stream: Equatable {
        /// The name, e.g. "Workbook".
        package var name: String
        /// Its first sector (in the mini stream when ``size`` is below the cutoff).
        var start: UInt32
        /// Its size in bytes.
        package var size: Int
        /// Its position in the directory, from 0 (four entries to a 512-byte sector).
        var index: Int
    }

    /// The largest stream read, in bytes.
    package static let maxStreamBytes = 256 << 20

    /// The streams of the directory, in directory order.
    package private(set) var streams: [Stream] = []

    let source: ByteSource
    /// The 512-byte header.
    let header: [UInt8]
    let sectorSize: Int
    private let miniSectorSize: Int
    let miniCutoff: Int
    let sectorCount: Int
    private(set) var fat: [UInt32] = []
    /// The sectors holding ``fat``, in order, as the header and its DIFAT sectors list them.
    private(set) var fatLocations: [Int] = []
    private var miniFAT: [UInt32] = []
    private(set) var rootStart: UInt32 = CompoundFile.endOfChain
    private(set) var rootSize = 0

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF
    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether bytes begin with the compound-file signature.
    package static func hasSignature(_ head: some Collection<UInt8>) -> Bool {
        head.starts(with: signature)
    }

    /// Opens a compound file; `nil` when its header, allocation table or directory is unusable.
    package init?(source: ByteSource) {
        self.source = source
        guard let header = source.read(0, 512), header.count == 512, CompoundFile.hasSignature(header) else {
            return nil
        }
        self.header = header
        let shift = Int(header.u16(0x1E))
        let miniShift = Int(header.u16(0x20))
        guard shift == 9 || shift == 12, miniShift > 0, miniShift < shift else { return nil }
        sectorSize = 1 << shift
        miniSectorSize = 1 << miniShift
        miniCutoff = Int(header.u32(0x38))
        sectorCount = max(0, (source.size - 1) / sectorSize)
        guard readAllocationTable(header), let directory = readChain(Int(header.u32(0x30)), limit: nil)
        else { return nil }
        readDirectory(directory)
        if Int(header.u32(0x40)) > 0, let miniBytes = readChain(Int(header.u32(0x3C)), limit: nil) {
            miniFAT = stride(from: 0, to: miniBytes.count - 3, by: 4).map { miniBytes.u32($0) }
        }
    }

    /// The bytes of the first stream with a name (compared without regard to case).
    package func stream(named name: String) -> [UInt8]? {
        entry(named: name).flatMap(read)
    }

    /// The first stream with a name (compared without regard to case).
    package func entry(named name: String) -> Stream? {
        streams.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Whether the directory holds a stream with a name (without regard to case).
    package func contains(_ name: String) -> Bool {
        streams.contains { $0.name.lowercased() == name.lowercased() }
    }

    /// The bytes of a stream of the directory; `nil` when its chain breaks or it is too large.
    package func read(_ entry: Stream) -> [UInt8]? {
        guard entry.size <= CompoundFile.maxStreamBytes else { return nil }
        if entry.size < miniCutoff {
            guard let mini = readChain(Int(rootStart), limit: rootSize) else { return nil }
            return readMiniChain(Int(entry.start), size: entry.size, in: mini)
        }
        return readChain(Int(entry.start), limit: entry.size)
    }

    // MARK: - Structure

    private mutating func readAllocationTable(_ header: [UInt8]) -> Bool {
        let fatSectors = Int(header.u32(0x2C))
        guard fatSectors <= sectorCount else { return false }
        var locations: [Int] = (0..<min(fatSectors, 109)).map { Int(header.u32(0x4C + 4 * $0)) }
        var difat = Int(header.u32(0x44))
        var steps = 0
        let perSector = sectorSize / 4
        while locations.count < fatSectors, difat < sectorCount, steps < sectorCount {
            guard let sector = source.read((difat + 1) * sectorSize, sectorSize), sector.count == sectorSize else {
                return false
            }
            for index in 0..<(perSector - 1) where locations.count < fatSectors {
                locations.append(Int(sector.u32(4 * index)))
            }
            difat = Int(sector.u32(sectorSize - 4))
            steps += 1
        }
        fatLocations = locations
        fat.reserveCapacity(locations.count * perSector)
        for location in locations {
            guard location < sectorCount, let sector = source.read((location + 1) * sectorSize, sectorSize),
                sector.count == sectorSize
            else { return false }
            for index in 0..<perSector { fat.append(sector.u32(4 * index)) }
        }
        return true
    }

    private mutating func readDirectory(_ bytes: [UInt8]) {
        for offset in stride(from: 0, to: bytes.count - 127, by: 128) {
            let nameLength = min(Int(bytes.u16(offset + 0x40)), 64)
            let type = bytes[offset + 0x42]
            var units: [UInt16] = []
            for index in stride(from: 0, to: max(nameLength - 2, 0), by: 2) { units.append(bytes.u16(offset + index)) }
            let name = String(decoding: units, as: UTF16.self)
            let start = bytes.u32(offset + 0x74)
            let size = Int(bytes.u32(offset + 0x78))
            if type == 5 {
                rootStart = start
                rootSize = size
            } else if type == 2 {
                streams.append(Stream(name: name, start: start, size: size, index: offset / 128))
            }
        }
    }

    /// The sectors of a chain, concatenated and cut to `limit` bytes; `nil` when the chain breaks.
    func readChain(_ start: Int, limit: Int?) -> [UInt8]? {
        var bytes: [UInt8] = []
        var sector = start
        var steps = 0
        let wanted = min(limit ?? CompoundFile.maxStreamBytes, CompoundFile.maxStreamBytes)
        while sector != Int(CompoundFile.endOfChain), bytes.count < wanted {
            guard sector >= 0, sector < sectorCount, sector < fat.count, steps <= sectorCount,
                let chunk = source.read((sector + 1) * sectorSize, sectorSize)
            else { return nil }
            bytes += chunk
            sector = Int(fat[sector])
            steps += 1
        }
        if let limit {
            guard bytes.count >= limit else { return nil }
            bytes.removeLast(bytes.count - limit)
        }
        return bytes
    }

    private func readMiniChain(_ start: Int, size: Int, in mini: [UInt8]) -> [UInt8]? {
        var bytes: [UInt8] = []
        var sector = start
        var steps = 0
        while bytes.count < size {
            let offset = sector * miniSectorSize
            guard sector >= 0, sector < miniFAT.count, offset + miniSectorSize <= mini.count, steps <= miniFAT.count
            else { return nil }
            bytes += mini[offset..<offset + miniSectorSize]
            sector = Int(miniFAT[sector])
            steps += 1
        }
        bytes.removeLast(bytes.count - size)
        return bytes
    }
}

extension ByteSource {
    /// Runs `body` with a source over the file at `path`; `nil` when it is no regular file (a
    /// folder, a FIFO that would block) or cannot be opened.
    package static func withFile<Result>(path: String, _ body: (ByteSource) -> Result) -> Result? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let stream = fopen(path, "rb") else {
            return nil
        }
        defer { fclose(stream) }
        guard fseeko(stream, 0, SEEK_END) == 0 else { return nil }
        let size = Int(ftello(stream))
        let source = ByteSource(size: max(size, 0)) { offset, count in
            guard fseeko(stream, off_t(offset), SEEK_SET) == 0 else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            let read = fread(&bytes, 1, count, stream)
            return Array(bytes.prefix(read))
        }
        return body(source)
    }
}

/// Random access to the bytes of a file or a buffer.
package struct ByteSource {
    /// The total size.
    package let size: Int
    private let reader: (Int, Int) -> [UInt8]?

    /// A source over a reading function: `read(offset, count)` gives at most `count` bytes.
    package init(size: Int, read: @escaping (Int, Int) -> [UInt8]?) {
        self.size = size
        reader = read
    }

    /// A source over bytes in memory.
    package init(bytes: [UInt8]) {
        self.init(size: bytes.count) { offset, count in
            guard offset >= 0, offset <= bytes.count else { return nil }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
    }

    /// Up to `count` bytes from `offset`; `nil` past the end.
    package func read(_ offset: Int, _ count: Int) -> [UInt8]? {
        guard offset >= 0, offset < size || count == 0 else { return nil }
        return reader(offset, count)
    }
}

extension Array where Element == UInt8 {
    /// The little-endian 16-bit value at an offset, or 0 past the end.
    package func u16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 1 < count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at an offset, or 0 past the end.
    package func u32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 3 < count else { return 0 }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
