import Foundation
import TriageCore
@testable import TriageStore

/// A small lexicon, a coder and temporary stores for the store tests.
enum StoreFixtures {
    static func lexicon(version: String = "1", extraFinanceTerm: String? = nil) -> Lexicon {
        var finance: [Term] = [.phrase("rent arrears"), .phrase("food bank")]
        if let extraFinanceTerm { finance.append(.phrase(extraFinanceTerm)) }
        return Lexicon(
            name: "test", version: version,
            codes: [
                CodeDefinition(code: "FIN", name: "Finance", defaultLevel: .yellow, terms: finance),
                CodeDefinition(code: "HOUS", name: "Housing", defaultLevel: .orange, terms: [.phrase("eviction notice")]),
            ],
            context: ContextRules(triggers: [
                ContextTrigger(LocatedPhrase("no concerns about"), kind: .negation, direction: .forward),
                ContextTrigger(LocatedPhrase("previously"), kind: .historical, direction: .forward),
            ]))
    }

    static func coder(_ lexicon: Lexicon = lexicon()) throws -> NarrativeCoder {
        NarrativeCoder(try CompiledLexicon(lexicon))
    }

    static func identity(_ lexicon: Lexicon = lexicon()) -> LexiconIdentity {
        LexiconIdentity(name: lexicon.name, version: lexicon.version, hash: ContentHash.lexicon(lexicon), source: "test")
    }

    static func plan(_ lexicon: Lexicon = lexicon(), inputHash: String? = "abc", processID: Int32? = nil) -> RunPlan {
        let inputs = [RunInput(path: "in.csv", format: "csv", sha256: inputHash, bytes: 10)]
        let identity = identity(lexicon)
        return RunPlan(kind: .code, lexicon: identity, inputs: inputs,
                       workKey: ContentHash.workKey(kind: .code, lexicon: identity, inputs: inputs), processID: processID)
    }

    static func record(_ id: String, _ text: String, level: Level? = .yellow, line: Int = 2,
                       dimensions: [(name: String, value: String)] = [("locality", "North")]) -> NarrativeRecord {
        NarrativeRecord(narrativeID: id, triageID: "T-\(id)", caseID: "C1", stage: .assessment, date: "2024-03-01",
                        level: level, text: text, dimensions: dimensions, location: SourceLocation(file: "in.csv", line: line))
    }

    static let duplicate: @Sendable (NarrativeRecord, SourceLocation?) -> StoredReject = { record, first in
        StoredReject(source: record.location?.file ?? "-", line: record.location?.line,
                     reason: "duplicate \(record.narrativeID) first at \(first.map(\.description) ?? "?")", record: record.text)
    }
}

/// A temporary directory removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "triage-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
