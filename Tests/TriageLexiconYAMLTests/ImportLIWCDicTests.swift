import Testing
import TriageCore
import TriageLexiconYAML

struct ImportLIWCDicTests {
    @Test func importsTheLegendAsCodesAndEachTermUnderOne() throws {
        let result = try ImportFixtures.imported("wellbeing.dic", .liwcDic)
        let lexicon = result.lexicon
        #expect(lexicon.name == "wellbeing")
        #expect(lexicon.codes.map(\.code.rawValue) == ["family", "worry", "money"])
        #expect(ImportFixtures.terms(lexicon, "family") == ["mum", "dad", "nan*"])
        #expect(ImportFixtures.terms(lexicon, "worry") == ["anxi*", "worried", "scared"])
        // "skint" is in worry and money: kept under the last listed, the loss reported.
        #expect(ImportFixtures.terms(lexicon, "money") == ["debt*", "rent arrears", "bailiff*", "skint"])
        #expect(result.notes.map(\.kind) == [.severalCategories])
        #expect(result.notes.first?.location.line == 15)
        #expect(result.notes.first?.message.contains("not under 'worry'") == true)
    }

    @Test func theWrittenLexiconLoadsAndCodesText() throws {
        let result = try ImportFixtures.imported("wellbeing.dic", .liwcDic)
        let yaml = result.yaml()
        #expect(yaml.contains("include:\n  - context/english.yaml"))
        #expect(yaml.contains("- skint   # also in worry (not carried over)"))
        #expect(yaml.contains("#   1 × term in several categories"))
        let coder = NarrativeCoder(try CompiledLexicon(try ImportFixtures.load(yaml)))
        let coded = coder.code("Mum is anxious about the bailiffs. No rent arrears.")
        #expect(coded.issue("family")?.status == .present)
        #expect(coded.issue("worry")?.status == .present)
        #expect(coded.issue("money")?.status == .present)
        #expect(coder.code("No rent arrears.").issue("money")?.status == .negated)
    }

    @Test func aMalformedFileIsImportedWithAWarningForEachProblemAndItsLine() throws {
        let result = try ImportFixtures.imported("malformed.dic", .liwcDic)
        let found = result.notes.map { "\($0.location.line) \($0.kind.rawValue)" }
        #expect(found == [
            "1 malformed line",                  // text before the legend
            "5 malformed line",                  // legend line "3" with no name
            "7 duplicate",                       // id 2 defined twice
            "10 malformed line",                 // "dad 1": no tab
            "12 unknown category",               // id 9 is not in the legend
            "13 unknown category",               // "skint" with no category
            "14 unsupported feature",            // LIWC2007 conditional rule
            "15 wildcard as regular expression", // un*paid
            "16 wildcard as regular expression", // a*: a one-letter stem
            "17 unmatchable term",               // ":)"
            "18 duplicate",                      // "Mum" again
            "19 encoding",                       // a Windows-1252 byte
        ])
        #expect(result.notes.allSatisfy { $0.location.file == "malformed.dic" })
        #expect(result.notes.first?.description == "malformed.dic:1: warning: text before the '%' that opens the category legend is ignored")
        // The rest is imported: the label in brackets, spaces for a tab, names for ids, Windows-1252 text.
        let lexicon = result.lexicon
        #expect(lexicon.codes.map(\.code.rawValue) == ["family", "worry", "money"])
        #expect(lexicon.definition(of: "worry")?.name == "Worry and anxiety")
        #expect(ImportFixtures.terms(lexicon, "family") == ["mum", "dad", "/\\ba\\w*\\b/"])
        #expect(ImportFixtures.terms(lexicon, "worry") == ["anxi*", "worried", "like"])
        #expect(ImportFixtures.terms(lexicon, "money") == ["/\\bun\\w*paid\\b/", "café", "debt*"])
        let loaded = try ImportFixtures.load(result.yaml())
        #expect(loaded.codes.map(\.terms.count) == [3, 3, 3])
        let coded = NarrativeCoder(try CompiledLexicon(loaded)).code("The bill is unpaid.")
        #expect(coded.issue("money")?.primaryMention?.text == "unpaid")
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("1\tfamily\nmum\t1\n", "no '%' line opening the category legend"),
    ])
    func filesWithNothingToImportAreErrorsThatSayWhy(text: String, message: String) throws {
        let error = #expect(throws: DictionaryImportError.self) {
            try DictionaryImporter(format: .liwcDic).importDictionary(text: text, path: "bad.dic")
        }
        #expect(error?.description.hasPrefix("bad.dic") == true)
        #expect(error?.description.contains(message) == true)
    }

    @Test func aLegendThatIsNeverClosedIsReadUntilTheTermsStart() throws {
        let text = "%\n1\tfamily\n2\tmoney\nmum\t1\ndebt*\t2\n"
        let result = try DictionaryImporter(format: .liwcDic).importDictionary(text: text, path: "open.dic")
        #expect(result.lexicon.codes.map(\.terms.count) == [1, 1])
        #expect(result.notes.map(\.kind) == [.malformedLine])
        #expect(result.notes.first?.location.line == 1)
    }
}
