// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode comes from the tools version;
/// these make each `public import` a visible decision and keep existentials explicit.
let sharedSettings: [SwiftSetting] = [
    // The coder's hot loops are single-threaded value code; dynamic exclusivity checks cost
    // ~10% of coding time there (measured with perf) and guard nothing in release builds.
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
    // Release builds use the static Swift runtime and Foundation (see the `triage` target).
    .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "early-help-triage",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "triage", targets: ["triage"]),
        .library(name: "TriageCore", targets: ["TriageCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // Pure logic: tokeniser, lexicon model, matcher, context rules, coding, evaluation. No I/O.
        .target(name: "TriageCore", swiftSettings: sharedSettings),
        // Yams → TriageCore lexicon values, with file:line:col diagnostics.
        .target(
            name: "TriageLexiconYAML",
            dependencies: ["TriageCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: sharedSettings
        ),
        // The shipped lexicons, embedded in the binary so every command works from any directory.
        .target(
            name: "TriageLexicons",
            path: "Lexicons",
            exclude: ["README.md"],
            sources: ["ShippedLexicons.swift"],
            resources: [
                .embedInCode("early-help.yaml"),
                .embedInCode("context/english.yaml"),
                .embedInCode("cin-factors.yaml"),
                .embedInCode("cin-primary-need.yaml"),
                .embedInCode("context/cin-experiencers.yaml"),
            ],
            swiftSettings: sharedSettings
        ),
        // File formats: streaming CSV in and out.
        .target(name: "TriageIO", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        // The SQLite store of narratives, runs, codes and rejects (the only target that imports GRDB).
        .target(
            name: "TriageStore",
            dependencies: [
                "TriageCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the per-narrative inserts (see RawStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: sharedSettings
        ),
        // Pure renderers: values in, text out (terminal text, CSV, Markdown, JSON, HTML).
        .target(name: "TriageReport", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        // glibc's malloc arena cap (C, for the header that declares it).
        .target(name: "CMallocTuning"),
        // The command-line tool: a thin layer over the libraries.
        .executableTarget(
            name: "triage",
            dependencies: [
                "TriageCore", "TriageLexiconYAML", "TriageLexicons", "TriageIO", "TriageReport", "TriageStore", "CMallocTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: sharedSettings,
            // Release builds link the Swift runtime and Foundation statically: start-up drops
            // from about 17 to 10 ms (no dynamic linking of a dozen Swift libraries) and calls
            // into the runtime (retain, release, allocation) skip the PLT. `triage code` on the
            // bench corpus (100,000 narratives, one core, 12 alternating runs) took 7% less
            // median wall time at 500 and 5,000 terms, with byte-identical output. lld, which
            // ships with the toolchain, links without static glibc's warning about mktemp.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(configuration: .release))]
        ),
        .testTarget(name: "TriageCoreTests", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        .testTarget(
            name: "TriageLexiconYAMLTests",
            dependencies: ["TriageCore", "TriageLexiconYAML", "TriageLexicons", "TriageIO"], resources: [.copy("Fixtures")],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "TriageIOTests", dependencies: ["TriageCore", "TriageIO"], resources: [.copy("Fixtures")],
            swiftSettings: sharedSettings
        ),
        // Renderer golden files in Snapshots/ (RECORD_SNAPSHOTS=1 re-records them); the sample
        // tests run the built `triage` binary, hence the dependency on it.
        .testTarget(
            name: "TriageReportTests", dependencies: ["TriageCore", "TriageReport", "triage"], resources: [.copy("Snapshots")],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "TriageStoreTests", dependencies: ["TriageCore", "TriageStore", "TriageLexiconYAML", "TriageLexicons"],
            swiftSettings: sharedSettings),
        .testTarget(
            name: "TriageCLITests",
            dependencies: ["triage", "TriageStore"],
            swiftSettings: sharedSettings
        ),
    ]
)
