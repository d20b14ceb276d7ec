import Testing
import TriageCore
import TriageLexiconYAML

struct ImportQuantedaTests {
    @Test func nestedKeysBecomeParentChildCodesAndGlobsBecomeTerms() throws {
        let result = try ImportFixtures.imported("wellbeing.yml", .quantedaYAML)
        let lexicon = result.lexicon
        #expect(lexicon.codes.map(\.code.rawValue) == ["family/parents", "family/extended", "worry", "money/debt", "money/benefits"])
        #expect(lexicon.definition(of: "family/parents")?.name == "parents")
        #expect(ImportFixtures.terms(lexicon, "family/parents") == ["mum", "dad", "step*"])
        #expect(ImportFixtures.terms(lexicon, "family/extended") == ["nan", "grand*"])
        // '?' is one character and a leading '*' has no phrase form: both become regular expressions.
        #expect(ImportFixtures.terms(lexicon, "worry") == ["anxi*", "/\\bworr\\w\\b/", "scared"])
        #expect(ImportFixtures.terms(lexicon, "money/debt") == ["debt*", "rent arrears", "/\\b\\w*arrears\\b/"])
        #expect(ImportFixtures.terms(lexicon, "money/benefits") == ["universal credit"])
        #expect(result.notes.map { "\($0.location.line) \($0.kind.rawValue)" } == [
            "9 wildcard as regular expression", "12 wildcard as regular expression",
        ])
        let loaded = try ImportFixtures.load(result.yaml())
        let coder = NarrativeCoder(try CompiledLexicon(loaded))
        let coded = coder.code("Dad worry about council tax arrears; stepdad on universal credit.")
        #expect(coded.issue("worry")?.primaryMention?.text == "worry")
        #expect(coded.issue("money/debt")?.primaryMention?.text == "arrears")
        #expect(coded.issue("family/parents")?.mentions.map(\.text) == ["Dad", "stepdad"])
        #expect(coded.issue("money/benefits")?.status == .present)
    }

    @Test func invalidYAMLIsAnErrorWithItsLine() {
        let yaml = """
            family:
              - mum
              parents: []
            """
        let error = #expect(throws: DictionaryImportError.self) {
            try DictionaryImporter(format: .quantedaYAML).importDictionary(text: yaml, path: "bad.yml")
        }
        #expect(error?.description.hasPrefix("bad.yml:3:") == true)
        #expect(error?.description.contains("a quanteda dictionary is a YAML mapping") == true)
    }

    @Test func aTermInAParentAndAChildCategoryIsKeptUnderTheChild() throws {
        let nested = """
            people: [mum, nan]
            family:
              carers: [mum]
            """
        let result = try DictionaryImporter(format: .quantedaYAML).importDictionary(text: nested, path: "d.yml")
        #expect(ImportFixtures.terms(result.lexicon, "people") == ["nan"])
        #expect(ImportFixtures.terms(result.lexicon, "family/carers") == ["mum"])
        #expect(result.notes.map(\.kind) == [.severalCategories])
        #expect(result.notes.first?.location.line == 1)
    }

    @Test func entriesThatAreNotTermsAreReportedNotDropped() throws {
        let yaml = """
            feelings:
              - sad
              - [nested, list]
              - ''
            "a/b": [x1]
            empty:
            """
        let result = try DictionaryImporter(format: .quantedaYAML).importDictionary(text: yaml, path: "odd.yml")
        #expect(result.notes.map { "\($0.location.line) \($0.kind.rawValue)" } == [
            "3 malformed line", "4 malformed line", "5 malformed line", "6 empty category",
        ])
        #expect(result.lexicon.codes.map(\.code.rawValue) == ["feelings", "a-b", "empty"])
    }
}
