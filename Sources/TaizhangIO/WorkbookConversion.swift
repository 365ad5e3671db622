// SPDX-License-Identifier: Apache-2.0
// Converting a large ledger to a formatted workbook without holding it: read twice, write as it streams.

import Foundation
import TaizhangModel
import TaizhangSheet
import TaizhangXLSXWriter

/// Converts any readable ledger to a formatted .xlsx in bounded memory.
///
/// A first streaming pass learns what the writer must know before its first row (the title, the
/// extra columns, which optional fields have values, how many rows come); a second streaming pass
/// writes each task as it is decoded, opening its sections on the way. Memory stays that of one
/// row plus the shared strings, whatever the length; the price is reading the input twice. Sections
/// without any task are not written in this mode.
public enum WorkbookConversion {
    /// What a conversion read and wrote.
    public struct Outcome: Sendable {
        /// The reader's result of the first pass: heading facts, findings; its ledger has no tasks.
        public var result: LedgerReadResult
        /// The tasks written.
        public var taskCount: Int
        /// The writer's warnings (control characters removed).
        public var written: [Finding]
    }

    /// Why a conversion stopped.
    public enum Failure: Error, Sendable {
        /// The input could not be read.
        case read(LedgerReadError)
        /// The output could not be written; nothing at the destination changed.
        case write(LedgerWriteError)
    }

    /// Converts `input` to a workbook at `output`; writes nothing when the input has no ledger header.
    public static func run(
        input: String, name: String? = nil, readOptions: LedgerReadOptions = LedgerReadOptions(), output: String,
        options: LedgerWriteOptions = LedgerWriteOptions()
    ) throws(Failure) -> Outcome {
        let survey = Survey()
        let first: LedgerReadResult
        do {
            first = try LedgerFileReader.stream(path: input, name: name, options: readOptions) { survey.note($0.task) }
        } catch {
            throw .read(error)
        }
        guard first.foundHeader else { return Outcome(result: first, taskCount: 0, written: []) }
        let columns = LedgerGrid.columns(
            schema: options.xlsx.schema, fieldsInUse: survey.fieldsInUse, extraColumns: first.ledger.extraColumns)
        var written: [Finding] = []
        do throws(LedgerWriteError) {
            try AtomicFileWriter.write(to: output, overwrite: options.overwrite, protecting: options.inputs) {
                temporary throws(LedgerWriteError) in
                let writer = try LedgerWorkbookWriter(
                    path: temporary, reportedAs: output, heading: first.ledger, columns: columns, options: options.xlsx,
                    expectedRows: survey.count + first.ledger.allSections.count)
                let sink = Sink(writer: writer)
                // The input was read whole a moment ago; failing now means it changed in between.
                do throws(LedgerReadError) {
                    _ = try LedgerFileReader.stream(path: input, name: name, options: readOptions) { sink.write($0) }
                } catch {
                    throw LedgerWriteError(.writeFailed, path: output,
                                           arguments: ["reason": MessageCatalog().render(error)])
                }
                if let failure = sink.failure { throw failure }
                written = try writer.close()
            }
        } catch {
            throw .write(error)
        }
        return Outcome(result: first, taskCount: survey.count, written: written)
    }

    /// The first pass's tally: tasks, and the optional fields that have values.
    private final class Survey {
        var count = 0
        var fieldsInUse: Set<LedgerField> = []

        func note(_ task: LedgerTask) {
            count += 1
            if task.progress != nil { fieldsInUse.insert(.progress) }
            if task.status != nil { fieldsInUse.insert(.status) }
            if task.remarks != nil { fieldsInUse.insert(.remarks) }
        }
    }

    /// The second pass: section rows when the path changes, then the task; the first error stops it.
    private final class Sink {
        let writer: LedgerWorkbookWriter
        var openPath: [SectionHeading] = []
        var failure: LedgerWriteError?

        init(writer: LedgerWorkbookWriter) { self.writer = writer }

        func write(_ entry: TaskEntry) {
            guard failure == nil else { return }
            do throws(LedgerWriteError) {
                let shared = zip(openPath, entry.sectionPath).prefix { $0 == $1 }.count
                for (depth, heading) in entry.sectionPath.enumerated().dropFirst(shared) {
                    try writer.append(heading, depth: depth + 1)
                }
                openPath = entry.sectionPath
                try writer.append(entry.task)
            } catch {
                failure = error
            }
        }
    }
}
