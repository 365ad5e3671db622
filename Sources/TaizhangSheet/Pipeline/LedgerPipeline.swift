// SPDX-License-Identifier: Apache-2.0
// file → rows → ledger events → sinks: the one road every ledger takes, whatever its format.

import TaizhangModel

/// Runs a sheet's rows through the ``LedgerDecoder`` into sinks, streaming.
///
/// ```swift
/// let tree = LedgerTreeBuilder()
/// let decoded = try LedgerPipeline.run(source, file: "ledger.csv", into: [tree])
/// let ledger = tree.ledger(heading: decoded.ledger)
/// ```
///
/// Memory holds the rows in flight and what the sinks keep; the first sink that fails stops the
/// reading.
public enum LedgerPipeline {
    /// Why a run stopped.
    public enum Failure: Error, Sendable {
        /// The input could not be read.
        case read(LedgerReadError)
        /// A sink could not write its output.
        case write(LedgerWriteError)
    }

    /// Decodes every row of `source` and hands the events to `sinks`, in order, then the end.
    ///
    /// - Parameters:
    ///   - source: the sheet.
    ///   - file: the file as the user named it, for locations.
    ///   - options: the ledger year and other choices.
    ///   - sinks: what receives the events.
    /// - Returns: the heading, the reader's findings and the counts.
    @discardableResult
    public static func run(
        _ source: some SheetRowSource, file: String, options: LedgerDecoder.Options = LedgerDecoder.Options(),
        into sinks: [any LedgerSink]
    ) throws(Failure) -> DecodedLedger {
        let group = LedgerSinks(sinks)
        var failure: LedgerWriteError?
        var decoder = LedgerDecoder(file: file, sheetName: source.sheetName, merges: source.merges, options: options) {
            event in
            guard failure == nil else { return }
            do throws(LedgerWriteError) {
                try group.receive(event)
            } catch {
                failure = error
            }
        }
        for finding in source.notes { decoder.report(finding) }
        do throws(LedgerReadError) {
            try source.readRows { row in
                decoder.consume(row)
                return failure == nil
            }
        } catch {
            throw .read(error)
        }
        if let failure { throw .write(failure) }
        let decoded = decoder.finish()
        do throws(LedgerWriteError) {
            try group.finish(decoded)
        } catch {
            throw .write(error)
        }
        return decoded
    }
}
