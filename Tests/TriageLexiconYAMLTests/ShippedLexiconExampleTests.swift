import Testing
import TriageCore
import TriageLexiconYAML
import TriageLexicons

/// Runs the examples the shipped lexicons carry, so `swift test` fails when a change to a
/// lexicon or to the engine breaks one of them.
struct ShippedLexiconExampleTests {
    /// Loads a shipped lexicon, its includes served from the shipped files.
    static func load(_ name: String) throws -> CompiledLexicon {
        let loader = LexiconLoader { path in
            guard let text = ShippedLexicons.files[path] else { throw MissingFile(path: path) }
            return text
        }
        let file = try #require(ShippedLexicons.file(named: name))
        return try CompiledLexicon(try loader.load(path: file.path))
    }

    struct MissingFile: Error, CustomStringConvertible {
        var path: String
        var description: String { "no shipped file '\(path)'" }
    }

    @Test(arguments: ShippedLexicons.names)
    func everyExamplePasses(lexicon name: String) throws {
        let compiled = try Self.load(name)
        let results = LexiconExampleRunner(compiled).run()
        #expect(!results.isEmpty, "the shipped lexicon '\(name)' carries no examples")
        for result in results where !result.passed {
            let failures = result.failures.map { failure in
                let got = failure.unknownCode ? "no such code" : (failure.got?.rawValue ?? "not found")
                let evidence = failure.evidence.map { mention in
                    "\"\(mention.text)\" (\(mention.term)) \(mention.status.rawValue)\(mention.trigger.map { " by '\($0.phrase)'" } ?? "")"
                }.joined(separator: "; ")
                return "\(failure.code): expected \(failure.expected.rawValue), got \(got)\(evidence.isEmpty ? "" : " [\(evidence)]")"
            }.joined(separator: "; ")
            Issue.record("\(result.example.location.map(\.description) ?? name): \(result.owner) example \(result.number): \"\(result.example.text)\" — \(failures)")
        }
    }

    @Test(arguments: ShippedLexicons.names)
    func everyCodeHasThreeExamplesOneOfThemSetAside(lexicon name: String) throws {
        let compiled = try Self.load(name)
        for definition in compiled.lexicon.codes {
            let own = definition.examples.compactMap { $0.expectations[definition.code] }
            #expect(definition.examples.count >= 3, "\(definition.code) has \(definition.examples.count) examples")
            #expect(own.contains { $0 != .present }, "\(definition.code) has no negated or set-aside example")
        }
    }
}
