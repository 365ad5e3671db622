import Testing
@testable import TaizhangServe
