// SPDX-License-Identifier: Apache-2.0
// Reading one returned sheet: its tasks, its columns, and the department that sent it.

import Foundation
import TaizhangIO
import TaizhangModel
import TaizhangSheet
import TaizhangXLSX
import TaizhangXLSXWriter

/// A department's returned sheet, as read for merging.
struct ReturnedSheet {
    /// Where the department's name came from.
    enum DepartmentSource: String {
        /// The hidden 分发信息 sheet `split` wrote.
        case workbook
        /// The title's "（department）".
        case title
        /// The file's name.
        case fileName
    }

    /// The file as the user named it.
    var file: String
    /// The sheet read, for workbooks.
    var sheet: String?
    /// The department, canonical.
    var department: String
    /// Where ``department`` came from.
    var departmentSource: DepartmentSource
    /// The returned tasks, in sheet order, each with its source row.
    var entries: [TaskEntry]
    /// Which column held which field.
    var columns: ColumnMap?

    /// Reads a return, or gives the finding that says why it cannot be merged (`unreadable-file`
    /// for a damaged, encrypted or unsupported file, `header-not-found` for a file that is no ledger).
    ///
    /// - Parameters:
    ///   - path: where the file is read from.
    ///   - file: the file as the user named it (its path, unless the server keeps an upload elsewhere).
    ///   - known: the master's departments, canonical, to recognise one in a title or file name.
    static func read(_ path: String, as file: String, known: [String], names: DepartmentNames) -> Result<
        ReturnedSheet, FindingFailure
    > {
        let result: LedgerReadResult
        do {
            result = try LedgerFile(path, name: file).read()
        } catch {
            var arguments = error.arguments
            arguments["error"] = error.code.rawValue
            return .failure(FindingFailure(Finding(.unreadableFile, at: error.location, arguments: arguments)))
        }
        if let finding = result.findings.first(where: { $0.code == .headerNotFound }) {
            return .failure(FindingFailure(finding))
        }
        var department = result.format == .xlsx ? departmentOnInfoSheet(of: path).map(names.canonical) : nil
        var source = DepartmentSource.workbook
        if department == nil, let title = result.ledger.title,
            let named = departmentInTitle(title, known: known, names: names)
        {
            department = named
            source = .title
        }
        if department == nil {
            department = departmentInFileName(file, known: known, names: names)
            source = .fileName
        }
        return .success(
            ReturnedSheet(
                file: file, sheet: result.sheetName, department: department ?? "", departmentSource: source,
                entries: result.ledger.entries, columns: result.columns
            ))
    }

    /// The department named on the hidden sheet `split` writes, when the workbook has it.
    private static func departmentOnInfoSheet(of file: String) -> String? {
        guard let workbook = try? XLSXWorkbook(path: file),
            let sheet = try? workbook.sheet(named: DistributionWorkbookWriter.infoSheetName),
            let rows = try? workbook.readSheet(sheet).rows,
            let row = rows.first(where: { $0[0] == DistributionWorkbookWriter.departmentLabel })
        else { return nil }
        let name = row[1].trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }

    /// A known department in a title's trailing "（…）", as `split` titles a department's workbook.
    private static func departmentInTitle(_ title: String, known: [String], names: DepartmentNames) -> String? {
        guard title.hasSuffix("）"), let open = title.lastIndex(of: "（") else { return nil }
        let inner = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
        let name = names.canonical(inner)
        return known.contains(name) ? name : nil
    }

    /// The department a file name names: a known department (or a roster spelling of one, with or
    /// without its level 市/县/区: "人社局报送.xlsx") it contains, the longest first; else the name
    /// itself without its extension.
    static func departmentInFileName(_ file: String, known: [String], names: DepartmentNames) -> String {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let folded = ComparableText.fold(stem)
        var best: (name: String, length: Int)?
        for department in known {
            for spelling in names.spellings(of: department).flatMap(withoutLevel) {
                let key = ComparableText.fold(spelling)
                if !key.isEmpty, folded.contains(key), key.count > (best?.length ?? 0) {
                    best = (department, key.count)
                }
            }
        }
        return best?.name ?? names.canonical(stem)
    }
}

/// A name, and the name without its leading level (市, 县, 区, 省, 州) when three characters or more remain.
private func withoutLevel(_ name: String) -> [String] {
    guard let first = name.first, "市县区省州".contains(first), name.count >= 4 else { return [name] }
    return [name, String(name.dropFirst())]
}

/// A finding carried as a failure.
struct FindingFailure: Error {
    let finding: Finding
    init(_ finding: Finding) { self.finding = finding }
}
