// SPDX-License-Identifier: Apache-2.0
// The ledger schemas taizhang ships: the JSON files of this folder, compiled into the library.

public import TaizhangModel

extension LedgerSchema {
    /// The names of the schemas taizhang ships, the default first.
    public static let builtInNames = ["standard", "progress"]

    /// The shipped schema of a name (`standard`, `progress`), or `nil`.
    ///
    /// The files are `Templates/<name>.json`, embedded when the package is built, so an installed
    /// binary needs no resource folder.
    public static func builtIn(named name: String) -> LedgerSchema? {
        let bytes: [UInt8]
        switch name {
        case "standard": bytes = PackageResources.standard_json
        case "progress": bytes = PackageResources.progress_json
        default: return nil
        }
        // The shipped files are checked by the tests; a broken one is a build defect.
        return try? LedgerSchema.decode(bytes, file: "Templates/\(name).json")
    }

    /// The standard five-column ledger (序号, 重点任务, 责任单位, 配合单位, 完成时限), with 进展情况,
    /// 完成情况 and 备注 printed when a ledger has them.
    public static let standard: LedgerSchema = {
        guard let schema = builtIn(named: "standard") else { preconditionFailure("Templates/standard.json is broken") }
        return schema
    }()
}
