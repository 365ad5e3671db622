// SPDX-License-Identifier: Apache-2.0
// Which departments a ledger names, and which tasks each leads or cooperates on.

import TaizhangModel
import TaizhangText

/// A department's part in a ledger: the tasks it leads and those it cooperates on.
public struct DepartmentShare: Sendable, Equatable {
    /// The department: the roster's canonical name, or the name as written (normalised) without a roster.
    public var department: String
    /// The identifiers of the tasks it leads (牵头), in sheet order.
    public var led: [String]
    /// The identifiers of the tasks it cooperates on (配合), in sheet order.
    public var cooperated: [String]

    /// Creates a share.
    public init(department: String, led: [String] = [], cooperated: [String] = []) {
        self.department = department
        self.led = led
        self.cooperated = cooperated
    }

    /// Every task sent to the department.
    public var taskCount: Int { led.count + cooperated.count }

    /// The shares of every department that leads or cooperates on a task.
    ///
    /// Departments come in the order the ledger first names them; a department both leading and
    /// cooperating on a task leads it.
    ///
    /// - Parameters:
    ///   - ledger: a ledger whose tasks have identifiers (``TaskIdentity/assign(to:)``).
    ///   - names: how department names are made canonical.
    public static func shares(of ledger: Ledger, names: DepartmentNames) -> [DepartmentShare] {
        var order: [String] = []
        var shares: [String: DepartmentShare] = [:]
        for entry in ledger.entries {
            guard let id = entry.task.id else { continue }
            let lead = names.canonical(entry.task.lead)
            for name in lead + names.canonical(entry.task.cooperating) {
                if shares[name] == nil {
                    order.append(name)
                    shares[name] = DepartmentShare(department: name)
                }
                if lead.contains(name) {
                    if shares[name]?.led.last != id { shares[name]?.led.append(id) }
                } else if shares[name]?.cooperated.last != id {
                    shares[name]?.cooperated.append(id)
                }
            }
        }
        return order.compactMap { shares[$0] }
    }
}
