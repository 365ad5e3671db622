// SPDX-License-Identifier: Apache-2.0
// The fuzzing binary: built with -sanitize=fuzzer -DFUZZING it is a libFuzzer target (the target
// named by TAIZHANG_FUZZ_TARGET); built plainly it replays saved inputs, to reproduce a crash.

import Foundation
import TaizhangFuzzTargets

#if FUZZING
    /// The target this process fuzzes, read once from the environment.
    private let target: FuzzTargets.Target = {
        let name = ProcessInfo.processInfo.environment["TAIZHANG_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTargets.named(name) else {
            FileHandle.standardError.write(
                Data("taizhang-fuzz: set TAIZHANG_FUZZ_TARGET to one of \(FuzzTargets.all.map(\.name))\n".utf8))
            exit(2)
        }
        return target
    }()

    /// libFuzzer's entry: one input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }
#else
    /// `taizhang-fuzz TARGET FILE...` runs each file through a target; `taizhang-fuzz --list` lists
    /// them; `taizhang-fuzz --seeds TARGET` prints the globs of its seed fixtures.
    @main
    struct FuzzReplay {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.first == "--list" || arguments.isEmpty {
                for target in FuzzTargets.all { print("\(target.name)\t\(target.summary)") }
                return
            }
            if arguments.first == "--part", arguments.count == 3 {
                // A compound file's stream, for seeds: taizhang-fuzz --part FILE.xls Workbook > seed
                guard let data = FileManager.default.contents(atPath: arguments[1]),
                    let part = FuzzTargets.part(arguments[2], of: [UInt8](data))
                else { exit(1) }
                FileHandle.standardOutput.write(Data(part))
                return
            }
            if arguments.first == "--seeds", arguments.count == 2 {
                guard let target = FuzzTargets.named(arguments[1]) else { exit(2) }
                print(target.seeds.joined(separator: "\n"))
                return
            }
            guard let target = FuzzTargets.named(arguments[0]) else {
                FileHandle.standardError.write(Data("taizhang-fuzz: no target \(arguments[0])\n".utf8))
                exit(2)
            }
            for file in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run([UInt8](data))
                print("ok \(file)")
            }
        }
    }
#endif
