// SPDX-License-Identifier: Apache-2.0
// Where FreeXL 1.0.6 finds a workbook's stream, next to where this reader finds it: checks run on
// the BIFF records guard FreeXL only when the bytes they read are the bytes FreeXL parses.

extension CompoundFile {
    /// Why FreeXL 1.0.6 would parse other bytes than `bytes`, the stream `entry` as read here, or
    /// `nil` when it parses these (or fails before parsing any).
    ///
    /// FreeXL locates the stream its own way:
    /// - it looks only in the directory's first sector, takes the first entry named exactly
    ///   "Workbook" or "Book" whatever its kind, and the last entry named "Root Entry" before it
    ///   for the mini stream;
    /// - its allocation table is every sector the header lists that is not marked free, then the
    ///   sectors of as many DIFAT sectors as the header counts;
    /// - a stream no longer than the cutoff, in a file with a mini FAT, it parses from the start of
    ///   the mini stream, whatever the entry's first sector and the mini FAT say;
    /// - another it follows sector by sector until the chain ends, past the stream's size if the
    ///   chain goes on, and needs each sector whole.
    ///
    /// Excel, WPS and LibreOffice write files where both readings agree.
    package func freeXLDisagreement(entry: Stream, bytes: [UInt8]) -> String? {
        guard let scan = freeXLDirectoryScan() else {
            return "entry-name-overrun"
        }
        guard let chosen = scan.workbook else {
            return "workbook-entry-not-first"
        }
        guard chosen == entry.index else { return "other-workbook-entry" }
        guard freeXLTableAgrees() else { return "other-allocation-table" }
        let freeXLCutoff = header.u32(0x40) > 0 ? miniCutoff : 0
        let freeXLMini = entry.size <= freeXLCutoff
        guard freeXLMini == (entry.size < miniCutoff) else {
            return "other-sector-kind"
        }
        if freeXLMini {
            guard let root = scan.root, root.start == rootStart, root.size == rootSize else {
                return "other-root-entry"
            }
            guard entry.size <= rootSize, let mini = readChain(Int(rootStart), limit: rootSize),
                mini.prefix(entry.size).elementsEqual(bytes)
            else { return "workbook-not-at-mini-stream-start" }
            return nil
        }
        return chainIsExactAndWhole(entry) ? nil : "chain-past-stream-end"
    }

    /// The positions in the first directory sector of the entries FreeXL picks, scanning in order
    /// and stopping at the workbook; `nil` when a name's length runs past its 64-byte field.
    private func freeXLDirectoryScan() -> (workbook: Int?, root: (start: UInt32, size: Int)?)? {
        let start = Int(header.u32(0x30))
        guard let sector = source.read((start + 1) * sectorSize, sectorSize), sector.count == sectorSize else {
            return (nil, nil)
        }
        var root: (start: UInt32, size: Int)?
        for index in 0..<sectorSize / 128 {
            let offset = index * 128
            let nameLength = Int(sector.u16(offset + 0x40))
            guard nameLength <= 64 else { return nil }
            // FreeXL converts the name to a C string: it ends at the first NUL.
            let units = stride(from: 0, to: nameLength - 1, by: 2).map { sector.u16(offset + $0) }.prefix { $0 != 0 }
            let name = String(decoding: units, as: UTF16.self)
            if name == "Root Entry" { root = (sector.u32(offset + 0x74), Int(sector.u32(offset + 0x78))) }
            if name == "Workbook" || name == "Book" { return (index, root) }
        }
        return (nil, root)
    }

    /// Whether FreeXL's allocation table begins with this reader's whole table, and its DIFAT walk
    /// ends after the number of sectors the header gives.
    private func freeXLTableAgrees() -> Bool {
        var locations: [Int] = []
        func add(_ location: UInt32) {
            guard location != CompoundFile.freeSector, locations.count < fatLocations.count else { return }
            locations.append(Int(location))
        }
        for index in 0..<109 { add(header.u32(0x4C + 4 * index)) }
        let difatSectors = Int(header.u32(0x48))
        if difatSectors > 0 {
            guard difatSectors <= sectorCount else { return false }
            var next = Int(header.u32(0x44))
            var blocks = 0
            walk: while true {
                guard let block = source.read((next + 1) * sectorSize, sectorSize), block.count == sectorSize else {
                    return false
                }
                blocks += 1
                for index in 0..<sectorSize / 4 {
                    let value = block.u32(4 * index)
                    if value == CompoundFile.endOfChain { break walk }
                    if index == sectorSize / 4 - 1 { next = Int(value) } else { add(value) }
                }
                if blocks == difatSectors { break }
            }
            guard blocks == difatSectors else { return false }
        }
        return locations == fatLocations
    }

    /// Whether a stream's chain ends right after the sectors its size needs, each whole in the file.
    private func chainIsExactAndWhole(_ entry: Stream) -> Bool {
        var sector = Int(entry.start)
        for _ in 0..<(entry.size + sectorSize - 1) / sectorSize {
            guard sector >= 0, sector < fat.count, (sector + 2) * sectorSize <= source.size else { return false }
            sector = Int(fat[sector])
        }
        return sector == Int(CompoundFile.endOfChain)
    }
}
