// SPDX-License-Identifier: Apache-2.0
// The limits that keep a hostile workbook from costing unbounded time or memory.

/// Bounds on what reading one workbook may cost; exceeding one is a `limit-exceeded` error
/// naming the limit, the file and the part.
///
/// The defaults admit any workbook Excel can save (1,048,576 rows × 16,384 columns, parts of
/// several hundred megabytes) and refuse zip bombs within the first megabytes they inflate.
public struct ReadLimits: Sendable, Equatable {
    /// Entries in the zip archive. Default 10,000.
    public var maxEntries: Int
    /// Bytes one part may inflate to. Default 4 GiB.
    public var maxPartBytes: Int
    /// Bytes all parts read may inflate to together. Default 8 GiB.
    public var maxTotalBytes: Int
    /// Inflated bytes per compressed byte, checked once a part has inflated ``ratioThreshold``
    /// bytes. Real worksheets compress 5–60 times; a bomb of zeros near 1,000. Default 250.
    public var maxCompressionRatio: Int
    /// Inflated bytes of a part before the ratio is checked. Default 16 MiB.
    public var ratioThreshold: Int
    /// Shared strings in a workbook. Default 10,000,000.
    public var maxSharedStrings: Int
    /// Nesting depth of XML elements. Default 256.
    public var maxXMLDepth: Int
    /// Characters in one cell or shared string (Excel's own limit is 32,767). Default 1,000,000.
    public var maxCellCharacters: Int
    /// Bytes of worksheet XML up to which a first pass reads the sheet's merged ranges (listed after
    /// its rows), so vertical merges are applied; a larger sheet skips that pass and its vertical
    /// merges are not applied. Either way rows stream in bounded memory. Default 64 MiB (about
    /// 100,000 rows of a five-column ledger).
    public var maxMergePassBytes: Int

    /// The defaults described on each limit.
    public init(
        maxEntries: Int = 10_000,
        maxPartBytes: Int = 4 << 30,
        maxTotalBytes: Int = 8 << 30,
        maxCompressionRatio: Int = 250,
        ratioThreshold: Int = 16 << 20,
        maxSharedStrings: Int = 10_000_000,
        maxXMLDepth: Int = 256,
        maxCellCharacters: Int = 1_000_000,
        maxMergePassBytes: Int = 64 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxSharedStrings = maxSharedStrings
        self.maxXMLDepth = maxXMLDepth
        self.maxCellCharacters = maxCellCharacters
        self.maxMergePassBytes = maxMergePassBytes
    }
}
