// SPDX-License-Identifier: Apache-2.0
// `taizhang rules`: every finding code with its default severity and meaning, from the catalogue.

import ArgumentParser
import Taizhang

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "列出检查规则 list every finding code, its default severity and what it means.",
        discussion: "The codes are stable; use them with validate --severity CODE=LEVEL or in a --config file."
    )

    @OptionGroup var common: CommonOptions

    func run() {
        let width = Finding.Code.catalogue.map(\.rawValue.count).max() ?? 20
        for code in Finding.Code.catalogue {
            let name = code.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = common.catalog.label(of: code.defaultSeverity)
            print("\(name)  \(severity)  \(common.catalog.description(of: code) ?? "")")
        }
    }
}
