// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode comes from the tools version;
/// these make each `public import` a visible decision and keep existentials explicit.
let sharedSettings: [SwiftSetting] = [
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
            ],
            swiftSettings: sharedSettings
        ),
        // File formats: streaming CSV in and out.
        .target(name: "TriageIO", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        // Pure renderers: values in, text out (terminal text, CSV, Markdown, JSON, HTML).
        .target(name: "TriageReport", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        // The command-line tool: a thin layer over the libraries.
        .executableTarget(
            name: "triage",
            dependencies: [
                "TriageCore", "TriageLexiconYAML", "TriageLexicons", "TriageIO", "TriageReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(name: "TriageCoreTests", dependencies: ["TriageCore"], swiftSettings: sharedSettings),
        .testTarget(
            name: "TriageLexiconYAMLTests",
            dependencies: ["TriageCore", "TriageLexiconYAML", "TriageLexicons"],
            swiftSettings: sharedSettings
        ),
        .testTarget(name: "TriageIOTests", dependencies: ["TriageCore", "TriageIO"], swiftSettings: sharedSettings),
        .testTarget(name: "TriageReportTests", dependencies: ["TriageCore", "TriageReport"], swiftSettings: sharedSettings),
        .testTarget(
            name: "TriageCLITests",
            dependencies: ["triage"],
            swiftSettings: sharedSettings
        ),
    ]
)
