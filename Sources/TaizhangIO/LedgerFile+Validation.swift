// SPDX-License-Identifier: Apache-2.0
// Validating a ledger file: the file's events streamed through the rule catalogue.

import TaizhangModel
import TaizhangSheet
import TaizhangValidation

extension LedgerFile {
    /// Checks the file against the rule catalogue, exactly as `taizhang validate` does: the rows
    /// stream through every rule once, and a file that cannot be read is an `unreadable-file` finding.
    public func validate(options: ValidationOptions, rules: [any ValidationRule] = RuleCatalogue.rules) -> FileReport {
        var file = self
        if file.options.year == nil { file.options.year = options.year }
        let sink = LedgerValidator(options: options, rules: rules).sink(file: name)
        do {
            // The rules run on a thread of their own while this one reads and decodes the rows.
            try file.stream(into: [ThreadedSink(sink)])
        } catch {
            guard case .read(let error) = error else { preconditionFailure("validation writes nothing") }
            var arguments = error.arguments
            arguments["error"] = error.code.rawValue
            let finding = Finding(
                .unreadableFile, severity: options.severities[.unreadableFile],
                at: error.location, arguments: arguments)
            return FileReport(file: name, findings: [finding])
        }
        return FileReport(file: name, log: sink.log)
    }
}
