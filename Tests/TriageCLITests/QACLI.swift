import Foundation
import Testing

/// Runs the built `triage` binary for the lexicon QA end-to-end tests, in a scratch folder
/// of fixture files that is removed when the value goes away.
final class QACLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

        /// Line `index` of standard output, or "" when there are fewer lines (never traps).
        func line(_ index: Int) -> String { index < lines.count ? lines[index] : "" }
    }

    let folder: URL

    /// A fresh scratch folder holding `files` (name → contents).
    init(files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("triage-qa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files { try write(name, contents) }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ contents: String) throws {
        try contents.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The `triage` executable, built next to the test bundle.
    static var binary: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("triage")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("triage")
    }

    /// Runs `triage ARGUMENTS` in the scratch folder, with colour off.
    func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and parses standard output as a JSON object.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try #require(object as? [String: Any])
    }
}

/// Fixture files shared by the QA end-to-end tests.
enum QAFixtures {
    static let context = """
        context: qa
        default_scope: 6
        negation:
          forward:
            - "no"
            - no concerns re
            - {phrase: denies, scope: 8}
        hypothetical:
          forward:
            - if
        terminators: [but, however]
        """

    /// A small lexicon: FIN and HOUS with examples, a dead term, and a term only ever negated.
    static func lexicon(extraFINTerms: [String] = [], finExamples: String? = nil) -> String {
        let extra = extraFINTerms.map { "\n      - \($0)" }.joined()
        let examples = finExamples ?? """
                  - text: "Mum is in rent arrears of £900."
                    expect: {FIN: present}
                  - text: "No rent arrears."
                    expect: {FIN: negated, HOUS: absent}
                  - text: "If the arrears grow she will ask for help."
                    expect: {FIN: hypothetical}
            """
        return """
            lexicon: qa-test
            version: 0.1
            \(context)
            codes:
              - id: FIN
                name: Money
                default_level: yellow
                terms:
                  - rent arrears
                  - arrears
                  - food bank
                  - payday loan shark\(extra)
                examples:
            \(examples)
              - id: HOUS
                name: Housing
                default_level: orange
                terms:
                  - housing
                  - eviction notice
                examples:
                  - text: "They have an eviction notice."
                    expect: {HOUS: present}
                  - text: "Served an eviction notice."
                    expect: {HOUS: present}
                  - text: "No concerns re housing."
                    expect: {HOUS: negated}
            """
    }

    static let narratives = """
        narrative_id,stage,level,narrative
        N1,assessment,yellow,"Mum is in rent arrears and gran helps with the school run."
        N2,assessment,green,"No concerns re housing. Gran does the school run on Mondays."
        N3,closure,,"No concerns re housing, school run is fine <b>today</b>."
        N4,closure,yellow,"Used the food bank twice; an eviction notice was served."
        """
}
