import Testing
import TriageCore
@testable import TriageLexiconYAML
import TriageLexicons
import Yams

/// The writer's output loads back as the same lexicon.
struct ImportWriterTests {
    /// A lexicon's content without source locations, for comparing a round trip.
    struct Shape: Equatable {
        var codes: [String]
        init(_ lexicon: Lexicon) {
            codes = lexicon.codes.map { code in
                let routes = code.routes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)>\($0.value?.rawValue ?? "none")" }
                let examples = code.examples.map { example in
                    example.text + "|" + (example.level?.rawValue ?? "") + "|"
                        + example.expectations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(separator: ",")
                }
                return [code.code.rawValue, code.name, code.description, code.defaultLevel.rawValue,
                        code.defaultExperiencer?.rawValue ?? "-", "\(code.assignedWhenNonePresent)",
                        routes.joined(separator: ","), code.yieldsTo.map(\.rawValue).joined(separator: ","), code.yieldScope.rawValue,
                        code.terms.map { term in term.display + (term.routes.map { routes in " " + routes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)>\($0.value?.rawValue ?? "none")" }.joined(separator: ",") } ?? "") + (term.yieldsTo.isEmpty ? "" : " yields " + term.yieldsTo.map(\.rawValue).joined(separator: ",")) }.joined(separator: "¦"), code.exclusions.map(\.text).joined(separator: "¦"),
                        examples.joined(separator: "¦")].joined(separator: " ‖ ")
            }
        }
    }

    @Test(arguments: ShippedLexicons.names)
    func aShippedLexiconWrittenAndReadBackIsTheSame(name: String) throws {
        let original = try ShippedLexiconTests.load(name)
        // Context and shared experiencer cues are written out, so the text stands alone.
        let yaml = LexiconYAMLWriter(writesContext: true).yaml(for: original)
        let loaded = try loader([:]).loadYAML(text: yaml, path: "written.yaml")
        #expect(Shape(loaded) == Shape(original))
        #expect(loaded.name == original.name && loaded.version == original.version && loaded.description == original.description)
        #expect(loaded.levelCues.map { "\($0.level):\($0.phrase.text)" }.sorted() == original.levelCues.map { "\($0.level):\($0.phrase.text)" }.sorted())
        #expect(loaded.ignore.map(\.text) == original.ignore.map(\.text))
        #expect(loaded.experiencers.adultAge == original.experiencers.adultAge)
        #expect(loaded.experiencers.schoolAge == original.experiencers.schoolAge)
        #expect(loaded.matchesPlurals == original.matchesPlurals)
        #expect(Set(loaded.experiencers.cues.map { "\($0.experiencer):\($0.phrase.text)" })
            == Set(original.experiencers.cues.map { "\($0.experiencer):\($0.phrase.text)" }))
        let triggers = { (rules: ContextRules) in
            rules.triggers.map { "\($0.kind)/\($0.direction)/\($0.phrase.text)/\($0.scope.map(String.init) ?? "")" }.sorted()
        }
        #expect(triggers(loaded.context) == triggers(original.context))
        #expect(loaded.context.pseudoTriggers.map(\.text) == original.context.pseudoTriggers.map(\.text))
        #expect(loaded.context.terminators.map(\.text) == original.context.terminators.map(\.text))
        #expect(loaded.context.forwardTerminators.map(\.text) == original.context.forwardTerminators.map(\.text))
        #expect(loaded.context.defaultScope == original.context.defaultScope)
    }

    @Test(arguments: [
        "plain words", "no", "Yes", "null", "~", "21", "3.5", "0.1.0", "1e3", "2016-01-01", "-dash", "? question",
        ": colon", "key: value", "note #1", "a # comment", "#hash", "'quoted'", "\"double\"", " leading space",
        "trailing space ", "tab\there", "line\nbreak", "back\\slash", "café ☕", "[flow]", "{map}", "a, b", "*star",
        "&anchor", "!tag", "|pipe", ">fold", "%percent", "@at", "`tick", "ends with colon:", "\u{7}bell", "1A", "EDU-ATT",
    ])
    func scalarsReadBackUnchanged(text: String) throws {
        for flow in [false, true] {
            let written = YAMLScalar.scalar(text, flow: flow)
            let yaml = flow ? "k: [\(written)]" : "k: \(written)"
            let node = try #require(try Yams.compose(yaml: yaml))
            let value = flow ? node.mapping?["k"]?.sequence?.first : node.mapping?["k"]
            #expect(value?.scalar?.string == text, "\(yaml)")
            if let tag = value?.tag.description, flow == false {
                #expect(tag.hasSuffix(":str"), "\(written) resolves as \(tag)")
            }
        }
    }

    @Test(arguments: ["\\bun\\w*paid\\b", "it's", "£\\d+ behind on (?:the )?rent", "a'b''c"])
    func regexesReadBackUnchanged(source: String) throws {
        let node = try #require(try Yams.compose(yaml: "regex: \(YAMLScalar.regex(source))"))
        #expect(node.mapping?["regex"]?.scalar?.string == source)
    }
}
