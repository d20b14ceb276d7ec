import Testing
import TriageCore
@testable import TriageLexiconYAML

struct ImportLIWCDicxTests {
    @Test func importsColumnsAsCodesAndReportsWeights() throws {
        let result = try ImportFixtures.imported("wellbeing.dicx", .liwcDicx)
        let lexicon = result.lexicon
        #expect(lexicon.codes.map(\.code.rawValue) == ["family", "worry", "money"])
        #expect(ImportFixtures.terms(lexicon, "family") == ["mum", "dad"])
        #expect(ImportFixtures.terms(lexicon, "worry") == ["anxi*", "worried"])
        // A quoted cell with a comma is one term; a weight of 1 is an ordinary member.
        #expect(ImportFixtures.terms(lexicon, "money") == ["rent arrears", "skint", "debt, loans", "bailiff*"])
        let found = result.notes.map { "\($0.location.line) \($0.kind.rawValue)" }
        #expect(found == ["6 weight", "6 term in several categories", "7 weight", "10 malformed line"])
        let weights = result.notes.filter { $0.kind == .weight }.map(\.message)
        #expect(weights[0].hasPrefix("category 'worry' is weighted (1 term, e.g. 'skint' 0.5)"))
        #expect(weights[1].hasPrefix("category 'money' is weighted (1 term, e.g. 'debt, loans' 1.5)"))
        // Each weighted term keeps its weight in a comment of the written file.
        let yaml = result.yaml()
        #expect(yaml.contains("- debt, loans   # weight 1.5 in money"))
        #expect(yaml.contains("- skint   # weight 0.5 in worry; also in worry (not carried over)"))
        #expect(try ImportFixtures.load(yaml).codes.count == 3)
    }

    @Test func quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        let rows = CSVText.rows("DicTerm,a\r\n\"say \"\"hi\"\"\",X\n\"two\nlines\",X\n")
        #expect(rows.map(\.fields) == [["DicTerm", "a"], ["say \"hi\"", "X"], ["two\nlines", "X"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func aHeaderWithNoCategoriesIsAnError() {
        let error = #expect(throws: DictionaryImportError.self) {
            try DictionaryImporter(format: .liwcDicx).importDictionary(text: "DicTerm\nmum\n", path: "bad.dicx")
        }
        #expect(error?.description.hasPrefix("bad.dicx:1: error: no header row") == true)
    }
}
