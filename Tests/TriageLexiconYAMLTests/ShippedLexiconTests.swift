import Testing
import TriageCore
import TriageLexiconYAML
import TriageLexicons

struct ShippedLexiconTests {
    static func load(_ name: String) throws -> Lexicon {
        let files = ShippedLexicons.files
        let shipped = LexiconLoader { path in
            if let text = files[path] { return text }
            throw MissingFile()
        }
        return try shipped.load(path: ShippedLexicons.file(named: name)!.path)
    }

    @Test func defaultLexiconLoadsCleanlyWithEveryTaxonomyCode() throws {
        let lexicon = try Self.load(ShippedLexicons.defaultName)
        let compiled = try CompiledLexicon(lexicon)
        #expect(compiled.warnings.filter { $0.severity == .error }.isEmpty)
        let codes = Set(lexicon.codes.map(\.code.rawValue))
        let taxonomy: Set<String> = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
                                     "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
        #expect(codes == taxonomy)
        #expect(!lexicon.context.triggers.isEmpty)
    }

    @Test(arguments: [
        ("No concerns re eviction – secure council tenancy", "HOUS", MentionStatus.negated),
        ("Housing: no concerns. Family in rent arrears of £900", "FIN", .present),
        ("Mum is in rent arrears of £900", "FIN", .present),
        ("Denies alcohol or drug use", "SUB", .negated),
        ("Previous DV with an ex partner in 2016, no contact since", "DA", .historical),
        ("Connor (17) is not in education, employment or training", "EDU-NEET", .present),
        ("Ollie has epilepsy and is prescribed drugs to control his seizures", "SUB", nil),
        ("DA: none known", "DA", .negated),
        ("Substance misuse: nil", "SUB", .negated),
    ])
    func defaultLexiconCodesTheTaxonomyExamples(text: String, code: String, expected: MentionStatus?) throws {
        let coder = NarrativeCoder(try CompiledLexicon(try Self.load(ShippedLexicons.defaultName)))
        #expect(coder.code(text).issue(Code(code))?.status == expected)
    }
}
