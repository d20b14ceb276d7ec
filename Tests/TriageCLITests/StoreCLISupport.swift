import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `triage` binary for the store's end-to-end tests.
enum StoreCLI {
    /// The `triage` built beside this test bundle (`<scratch>/debug/triage`), or else under
    /// the package's `.build*` folders; nil when it has not been built.
    static let binary: String? = {
        var candidates: [String] = []
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent().path
        candidates.append(bundleDirectory + "/triage")
        let executableDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        candidates.append(executableDirectory + "/triage")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: root) {
            for entry in entries.sorted() where entry.hasPrefix(".build") {
                candidates.append("\(root)/\(entry)/debug/triage")
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let notBuilt = "the triage binary is not built: run `swift build` first"

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `triage ARGS` in `directory` and waits for it.
    @discardableResult
    static func run(_ arguments: [String], in directory: StoreTestDirectory) throws -> Result {
        let process = try start(arguments, in: directory)
        process.process.waitUntilExit()
        return process.result()
    }

    /// A started `triage` whose output goes to files.
    struct Started {
        let process: Process
        let out: String
        let err: String

        func result() -> Result {
            Result(status: process.terminationStatus,
                   stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
        }
    }

    static func start(_ arguments: [String], in directory: StoreTestDirectory) throws -> Started {
        let binary = try #require(binary, Comment(rawValue: notBuilt))
        let id = UUID().uuidString
        let out = directory.file("stdout-\(id)"), err = directory.file("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle(forWritingAtPath: err)
        try process.run()
        return Started(process: process, out: out, err: err)
    }

    /// `triage runs --json` as objects.
    static func runs(db: String, in directory: StoreTestDirectory) throws -> [[String: Any]] {
        let result = try run(["runs", "--db", db, "--json"], in: directory)
        try #require(result.status == 0, Comment(rawValue: result.stderr))
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Inputs and lexicons the tests write.
enum StoreCLIFixtures {
    /// A lexicon with two codes, using the shipped English context rules.
    static func lexicon(version: String, financeTerms: [String] = ["rent arrears", "food bank"], housing: Bool = true) -> String {
        var yaml = """
            lexicon: cli-test
            version: "\(version)"
            include: [context/english.yaml]
            codes:
              - id: FIN
                name: Finance
                default_level: yellow
                terms: [\(financeTerms.joined(separator: ", "))]

            """
        if housing {
            yaml += """
                  - id: HOUS
                    name: Housing
                    default_level: orange
                    terms: [eviction notice, overcrowding]

                """
        }
        return yaml
    }

    static let sentences = [
        "Mum has rent arrears of 900 pounds.", "No concerns about rent arrears.", "Family used a food bank last week.",
        "An eviction notice was served.", "Previously had debt but it is now cleared.", "Overcrowding in a two bed flat.",
        "Children presented as happy.", "Worker to review in four weeks.", "Dad has debt with the council.",
        "If the arrears grow she will ask for help.",
    ]
    static let levels = ["blue", "green", "yellow", "orange", "red", ""]

    /// A deterministic narratives CSV of `rows` rows, about 150 bytes of text each.
    static func csv(rows: Int) -> String {
        var text = "narrative_id,triage_id,case_id,stage,date,level,narrative,locality\n"
        text.reserveCapacity(rows * 220)
        for i in 1...rows {
            let a = sentences[i % sentences.count], b = sentences[(i * 7 + 3) % sentences.count]
            let c = sentences[(i * 13 + 5) % sentences.count]
            let stage = i % 2 == 0 ? "closure" : "assessment"
            let date = "2024-\(i % 12 < 9 ? "0" : "")\(i % 12 + 1)-1\(i % 9)"
            text += "N\(i),T\(i / 3),C\(i / 7),\(stage),\(date),\(levels[i % levels.count]),\"\(a) \(b) \(c)\",L\(i % 5)\n"
        }
        return text
    }
}

/// A temporary directory for one test, removed when released.
final class StoreTestDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "triage-store-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
