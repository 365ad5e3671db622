// SPDX-License-Identifier: Apache-2.0
// The standing rules of LEDGER-SPEC §10 on the boundary dates.

import TaizhangModel
import TaizhangProgress
import Testing

@Suite struct StandingRulesTests {
}
