// SPDX-License-Identifier: Apache-2.0
// The thin layer over libxlsxwriter: one Swift call per C call, C errors turned into LedgerWriteError.
//
// Every value is checked by the callers before it gets here (libxlsxwriter 1.1.4 crashes on some
// out-of-range values: upstream issues 487 and 491); this layer only converts types and errors.

internal import CTaizhangXLSXWriter
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TaizhangModel

/// A workbook being written by libxlsxwriter; the file appears when ``close()`` succeeds.
final class WorkbookHandle {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    /// The output as the user named it, for errors (the file written may be a temporary one).
    let path: String

    /// Creates the workbook (`workbook_new_opt`).
    init(
        file: String, reportedAs path: String, constantMemory: Bool, temporaryDirectory: String?, zip64: Bool
    ) throws(LedgerWriteError) {
        self.path = path
        let strings = CStrings()
        var options = lxw_workbook_options(
            constant_memory: constantMemory ? 1 : 0, tmpdir: strings.copy(temporaryDirectory), use_zip64: zip64 ? 1 : 0
        )
        let created = withExtendedLifetime(strings) { workbook_new_opt(file, &options) }
        guard let created else {
            throw LedgerWriteError(.writerFailed, path: path, arguments: ["reason": "workbook_new_opt returned NULL"])
        }
        workbook = created
    }

    deinit {
        // An abandoned workbook is freed without writing anything (`lxw_workbook_free`).
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Writes the file and frees the workbook (`workbook_close`).
    ///
    /// A disk that is full, read-only or refused is named as such (`write-failed`), as for every
    /// other output, rather than by libxlsxwriter's zip error.
    func close() throws(LedgerWriteError) {
        guard let workbook else { return }
        self.workbook = nil
        errno = 0
        let result = workbook_close(workbook)
        let code = errno
        if result != LXW_NO_ERROR, [ENOSPC, EDQUOT, EFBIG, EIO, EROFS, EACCES].contains(code) {
            throw LedgerWriteError(.writeFailed, path: path, arguments: ["reason": SystemReason.of(code)])
        }
        try check(result, "workbook_close")
    }

    /// Adds a worksheet (`workbook_add_worksheet`); the name is checked by the caller.
    func addWorksheet(named name: String) throws(LedgerWriteError) -> WorksheetHandle {
        guard let workbook, let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw LedgerWriteError(.writerFailed, path: path, arguments: ["reason": "workbook_add_worksheet(\(name))"])
        }
        return WorksheetHandle(sheet: sheet, path: path)
    }

    /// Adds a format (`workbook_add_format`) and sets it up.
    func addFormat(_ style: CellStyle) -> FormatHandle? {
        guard let workbook, let format = workbook_add_format(workbook) else { return nil }
        style.apply(to: format)
        return FormatHandle(pointer: format)
    }

    /// Adds a chart (`workbook_add_chart`); it appears where a worksheet inserts it.
    func addChart(_ kind: ChartHandle.Kind) throws(LedgerWriteError) -> ChartHandle {
        guard let workbook, let chart = workbook_add_chart(workbook, kind.type) else {
            throw LedgerWriteError(.writerFailed, path: path, arguments: ["reason": "workbook_add_chart"])
        }
        return ChartHandle(chart: chart, kind: kind, path: path)
    }

    /// Defines a workbook-wide name for a range (`workbook_define_name`).
    func defineName(_ name: String, formula: String) throws(LedgerWriteError) {
        guard let workbook else { return }
        try check(workbook_define_name(workbook, name, formula), "workbook_define_name")
    }

    /// Sets the document properties (`workbook_set_properties`).
    func setProperties(_ properties: DocumentProperties) throws(LedgerWriteError) {
        guard let workbook else { return }
        let strings = CStrings()
        // Control characters would make docProps/core.xml invalid XML (a title typed with a tab is fine).
        var c = lxw_doc_properties()
        c.title = strings.copy(properties.title.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.subject = strings.copy(properties.subject.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.author = strings.copy(properties.author.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.company = strings.copy(properties.company.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.keywords = strings.copy(properties.keywords.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.comments = strings.copy(properties.comments.map(CellTextSanitizer.clean(_:)).map(\.text))
        c.created = properties.created.map { time_t($0) } ?? 0
        // libxlsxwriter copies the texts, so they need only outlive the call.
        let result = withExtendedLifetime(strings) { workbook_set_properties(workbook, &c) }
        try check(result, "workbook_set_properties")
    }

    private func check(_ error: lxw_error, _ call: String) throws(LedgerWriteError) {
        try checkResult(error, call, path: path)
    }
}

/// A format registered with a workbook.
struct FormatHandle {
    let pointer: UnsafeMutablePointer<lxw_format>
}

/// Throws when a libxlsxwriter call failed, with its own text.
func checkResult(_ error: lxw_error, _ call: String, path: String) throws(LedgerWriteError) {
    guard error != LXW_NO_ERROR else { return }
    let reason = String(cString: lxw_strerror(error))
    throw LedgerWriteError(.writerFailed, path: path, arguments: ["reason": "\(call): \(reason)"])
}
