// swift-tools-version: 6.1
// SPDX-License-Identifier: Apache-2.0
// taizhang: read, check and write the task ledgers (台账) of Chinese government offices.
// Linux only: the code calls glibc directly and is built and tested on Debian.

import PackageDescription

let package = Package(
    name: "taizhang",
    products: [
        .executable(name: "taizhang", targets: ["TaizhangCLI"]),
        .executable(name: "taizhang-bench", targets: ["TaizhangBenchmarks"]),
        .executable(name: "taizhang-fuzz", targets: ["TaizhangFuzz"]),
        .library(name: "Taizhang", targets: ["Taizhang"]),
        .library(name: "TaizhangModel", targets: ["TaizhangModel"]),
        .library(name: "TaizhangText", targets: ["TaizhangText"]),
        .library(name: "TaizhangSheet", targets: ["TaizhangSheet"]),
        .library(name: "TaizhangCSV", targets: ["TaizhangCSV"]),
        .library(name: "TaizhangXLSX", targets: ["TaizhangXLSX"]),
        .library(name: "TaizhangXLS", targets: ["TaizhangXLS"]),
        .library(name: "TaizhangHTMLTable", targets: ["TaizhangHTMLTable"]),
        .library(name: "TaizhangFileKind", targets: ["TaizhangFileKind"]),
        .library(name: "TaizhangXLSXWriter", targets: ["TaizhangXLSXWriter"]),
        .library(name: "TaizhangTemplates", targets: ["TaizhangTemplates"]),
        .library(name: "TaizhangValidation", targets: ["TaizhangValidation"]),
        .library(name: "TaizhangExtraction", targets: ["TaizhangExtraction"]),
        .library(name: "TaizhangIO", targets: ["TaizhangIO"]),
        .library(name: "TaizhangProgress", targets: ["TaizhangProgress"]),
        .library(name: "TaizhangWorkflow", targets: ["TaizhangWorkflow"]),
        .library(name: "TaizhangServe", targets: ["TaizhangServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // `swift package generate-documentation --target Taizhang` (scripts/docs); a plugin, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: - C libraries (system packages, found through pkg-config)

        // libxlsxwriter installs its own zip.h, so it never shares a module with libzip.
        .systemLibrary(
            name: "CTaizhangXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CTaizhangZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CTaizhangFreeXL",
            pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]
        ),
        .systemLibrary(
            name: "CTaizhangExpat",
            pkgConfig: "expat",
            providers: [.apt(["libexpat1-dev"])]
        ),

        // The allocator setting the command makes at start (mallopt, which Swift's Glibc module lacks).
        .target(name: "CTaizhangMalloc"),

        // MARK: - Libraries

        .target(name: "TaizhangModel"),
        .target(name: "TaizhangText", dependencies: ["TaizhangModel"]),
        // The shipped ledger schemas: Templates/*.json, embedded in the library when it is built.
        .target(
            name: "TaizhangTemplates",
            dependencies: ["TaizhangModel"],
            path: "Templates",
            exclude: ["README.md"],
            sources: ["Catalogue"],
            resources: [.embedInCode("standard.json"), .embedInCode("progress.json")]
        ),
        .target(name: "TaizhangSheet", dependencies: ["TaizhangModel", "TaizhangText"]),
        // The standing of tasks on a date and the figures of a supervision bulletin (LEDGER-SPEC §10).
        .target(name: "TaizhangProgress", dependencies: ["TaizhangModel", "TaizhangText", "TaizhangTemplates"]),
        // What a file really is, from its bytes: the one place inputs are sniffed.
        .target(name: "TaizhangFileKind", dependencies: ["TaizhangModel"]),
        .target(
            name: "TaizhangCSV",
            dependencies: ["TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangTemplates", "TaizhangFileKind"]
        ),
        .target(
            name: "TaizhangXLSX",
            dependencies: ["TaizhangModel", "TaizhangSheet", "TaizhangFileKind", "CTaizhangZip", "CTaizhangExpat"]
        ),
        .target(
            name: "TaizhangXLS",
            dependencies: ["TaizhangModel", "TaizhangSheet", "TaizhangFileKind", "CTaizhangFreeXL"]
        ),
        .target(
            name: "TaizhangHTMLTable",
            dependencies: ["TaizhangModel", "TaizhangSheet", "TaizhangCSV"]
        ),
        .target(
            name: "TaizhangValidation",
            dependencies: ["TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangTemplates", "TaizhangProgress"]
        ),
        .target(
            name: "TaizhangExtraction",
            dependencies: ["TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangCSV", "TaizhangXLSX"]
        ),
        .target(
            name: "TaizhangXLSXWriter",
            dependencies: [
                "TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangTemplates", "TaizhangProgress", "CTaizhangXLSXWriter",
            ]
        ),
        .target(
            name: "TaizhangIO",
            dependencies: [
                "TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangCSV", "TaizhangXLSX", "TaizhangXLSXWriter",
                "TaizhangTemplates", "TaizhangValidation", "TaizhangProgress", "TaizhangFileKind", "TaizhangXLS",
                "TaizhangHTMLTable",
            ]
        ),
        // Sending a ledger out to departments and merging their returns (LEDGER-SPEC §9).
        .target(
            name: "TaizhangWorkflow",
            dependencies: [
                "TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangXLSX", "TaizhangXLSXWriter", "TaizhangTemplates",
                "TaizhangIO",
            ]
        ),
        .target(
            name: "Taizhang",
            dependencies: [
                "TaizhangModel", "TaizhangText", "TaizhangSheet", "TaizhangCSV", "TaizhangXLSX", "TaizhangXLSXWriter",
                "TaizhangTemplates", "TaizhangValidation", "TaizhangExtraction", "TaizhangIO", "TaizhangProgress",
                "TaizhangWorkflow", "TaizhangFileKind", "TaizhangXLS", "TaizhangHTMLTable",
            ]
        ),

        // The local web page and JSON API for clerks (`taizhang serve`), on Hummingbird.
        .target(
            name: "TaizhangServe",
            dependencies: [
                "Taizhang", "CTaizhangZip",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        // MARK: - Command-line tool

        .executableTarget(
            name: "TaizhangCLI",
            dependencies: [
                "Taizhang", "TaizhangServe", "CTaizhangMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Examples

        // The README's library example, run by Tests/ExamplesTests: `swift run LibraryTour OUTPUT-FOLDER`.
        .executableTarget(name: "LibraryTour", dependencies: ["Taizhang"], path: "Examples/LibraryTour"),

        // MARK: - Benchmarks (generated inputs, timed as whole commands; see Benchmarks/README.md)

        .executableTarget(
            name: "TaizhangBenchmarks",
            dependencies: [
                "TaizhangModel", "TaizhangXLSX", "TaizhangXLSXWriter", "TaizhangSheet", "TaizhangTemplates", "TaizhangCSV",
                "CTaizhangXLSXWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/TaizhangBenchmarks"
        ),

        // MARK: - Fuzzing (scripts/fuzz builds taizhang-fuzz with -sanitize=fuzzer; see Tests/Fuzz/README.md)

        .target(
            name: "TaizhangFuzzTargets",
            dependencies: [
                "TaizhangIO", "TaizhangExtraction", "TaizhangModel", "TaizhangText", "TaizhangFileKind", "TaizhangTestSupport",
            ],
            path: "Tests/Fuzz/TaizhangFuzzTargets"
        ),
        .executableTarget(name: "TaizhangFuzz", dependencies: ["TaizhangFuzzTargets"], path: "Tests/Fuzz/TaizhangFuzz"),

        // MARK: - Tests

        .target(
            name: "TaizhangTestSupport",
            dependencies: ["TaizhangModel", "CTaizhangZip"],
            path: "Tests/TaizhangTestSupport"
        ),
        .testTarget(name: "TaizhangModelTests", dependencies: ["TaizhangModel", "TaizhangTestSupport"]),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangText"]),
        .testTarget(name: "TaizhangSheetTests", dependencies: ["TaizhangSheet"]),
        .testTarget(
            name: "TaizhangProgressTests",
            dependencies: ["TaizhangProgress", "TaizhangIO", "TaizhangXLSX", "TaizhangTestSupport"]
        ),
        .testTarget(
            name: "TaizhangCSVTests",
            dependencies: [
                "TaizhangCSV", "TaizhangTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TaizhangIOTests",
            dependencies: [
                "TaizhangIO", "TaizhangCSV", "TaizhangText", "TaizhangTemplates", "TaizhangXLSXWriter", "TaizhangValidation",
                "TaizhangTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "TaizhangCLITests", dependencies: ["TaizhangCLI", "Taizhang", "TaizhangTestSupport"]),
        .testTarget(
            name: "TaizhangXLSXTests",
            dependencies: ["TaizhangXLSX", "TaizhangSheet", "TaizhangIO", "TaizhangTestSupport", "CTaizhangZip"]
        ),
        .testTarget(
            name: "TaizhangXLSXWriterTests",
            dependencies: [
                "TaizhangXLSXWriter", "TaizhangIO", "TaizhangSheet", "TaizhangTemplates", "TaizhangText",
                "TaizhangTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TaizhangValidationTests",
            dependencies: [
                "TaizhangValidation", "TaizhangCSV", "TaizhangSheet", "TaizhangTemplates", "TaizhangText",
                "TaizhangTestSupport",
            ]
        ),
        .testTarget(
            name: "TaizhangExtractionTests",
            dependencies: ["TaizhangExtraction", "TaizhangCSV", "TaizhangTestSupport"]
        ),
        .testTarget(
            name: "TaizhangWorkflowTests",
            dependencies: ["TaizhangWorkflow", "TaizhangIO", "TaizhangXLSX", "TaizhangTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TaizhangReadersTests",
            dependencies: [
                "TaizhangXLS", "TaizhangHTMLTable", "TaizhangFileKind", "TaizhangIO", "TaizhangSheet", "TaizhangCSV",
                "TaizhangTestSupport", "TaizhangFuzzTargets",
            ]
        ),
        .testTarget(
            name: "TaizhangServeTests",
            dependencies: ["TaizhangServe", "TaizhangCLI", "Taizhang", "TaizhangTestSupport", "CTaizhangZip"]
        ),
        .testTarget(name: "ExamplesTests", dependencies: ["LibraryTour", "TaizhangTestSupport"]),
        .testTarget(name: "CLibrarySmokeTests", dependencies: ["CTaizhangXLSXWriter", "CTaizhangZip"]),
    ]
)
