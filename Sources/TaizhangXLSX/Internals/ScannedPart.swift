// SPDX-License-Identifier: Apache-2.0
// A big part read by the scanner while another thread inflates it; expat reads what the scanner will not.

import TaizhangModel

/// Reads a worksheet or the shared strings through ``XMLScanner`` over ``InflateAhead``.
enum ScannedPart {
    /// Parses `part` with `handler`; answers `false` when the scanner met something only expat
    /// reads. The handler may then have received the events of the part's beginning (the same
    /// events expat gives), and the caller reads the part again with expat, leaving out what was
    /// already handed on.
    ///
    /// `chunk` is the size of the inflated buffers (tests make it tiny, to cut every token somewhere).
    ///
    /// - Throws: what inflating throws (`damaged-workbook`, `limit-exceeded`) or the handler throws.
    static func parse<Handler: XMLPartHandler>(
        _ part: String, in archive: ZipArchive, limits: ReadLimits, with handler: Handler, chunk: Int = 256 << 10
    ) throws(LedgerReadError) -> Bool {
        let stream = InflateAhead(part, of: archive, headroom: XMLScanner.maxTag, chunk: chunk)
        defer { stream.close() }
        let scanner = XMLScanner(maxDepth: limits.maxXMLDepth)
        var previous: InflateAhead.Chunk?
        var carried: UnsafeMutablePointer<UInt8>?
        var carriedCount = 0
        defer { if let previous { stream.release(previous) } }
        do throws(LedgerReadError) {
            while let chunk = try stream.next() {
                // The unfinished end of the last buffer goes in front of this one.
                let start = chunk.data - carriedCount
                if let carried, carriedCount > 0 { start.update(from: carried, count: carriedCount) }
                if let previous { stream.release(previous) }
                previous = chunk
                let count = carriedCount + chunk.count
                let used = try scanner.scan(start, count: count, handler: handler)
                carried = start + used
                carriedCount = count - used
            }
            try scanner.finish(remaining: carriedCount)
            return true
        } catch  where error == XMLScanner.surprise {
            return false
        }
    }
}
