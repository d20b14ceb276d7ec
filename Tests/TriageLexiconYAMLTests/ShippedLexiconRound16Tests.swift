import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round sixteen (the everyday mix, pre-school families, money): phrasings the default
    /// lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Lily (7) was hurt when she tried to get between her mum and Ryan.", "DA"),
        ("Dad says he feels very low and cannot see a way out.", "MH-ADULT"),
        ("Steven is under the home treatment team.", "MH-ADULT"),
        ("Kian (9) worries all the time that he will lose his dad.", "MH-CHILD"),
        ("They row about how strict to be with Callum.", "REL-CONF"),
        ("Tanya is finding it very hard to set any limits.", "REL-PAR"),
        ("Riley (8) has sworn at his nan after contact.", "REL-PAR"),
        ("Kayleigh only sends her to nursery one morning a week.", "EYD"),
        ("Harley (2) has missed both his one year and two year development reviews.", "EYD"),
        ("Aaliyah (16) did not take up her place at Wrenfield College.", "EDU-NEET"),
        ("Her traineeship ends in April with no job or apprenticeship lined up.", "EDU-NEET"),
        ("The boys often arrive at school in dirty uniforms.", "SAFE-NEG"),
        ("Donna still needs reminding to bath the children.", "SAFE-NEG"),
        ("The rise in bills has left her short most months.", "FIN"),
        ("He cut his hours and cannot cover the bills.", "FIN"),
        ("Theo (20 months) was treated at A&E for a scald.", "PH"),
        ("Hannah has declined the MMR for Rosie.", "PH"),
        ("Harley has had none of his one year immunisations.", "PH"),
        ("Chloe lives in a supported tenancy for 12 months.", "HOUS"),
        ("Claire could not find the bus fare on the days before payday.", "FIN"),
        ("UC no longer covers the basics.", "FIN"),
        ("His sick pay has run out.", "FIN"),
        ("Court fines are being taken from his UC.", "FIN"),
    ])
    func roundSixteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: money missing from a purse, jabs had on time, a brother who lives
    /// with his girlfriend, an adult back at work, weaning complete, a broken window restrictor
    /// (a safety matter, not housing), a college place not taken up (no nursery place).
    @Test(arguments: [
        ("Mum says money keeps going missing from her purse.", "SAFE-EXP"),
        ("He had all his jabs on time.", "PH"),
        ("Chloe's brother, who lives with his girlfriend in Wrenfield, is on a tag.", "CRIME"),
        ("Marek went back to work on a phased return in September.", "EDU-ATT"),
        ("Weaning is complete and she eats three meals a day.", "EYD"),
        ("HV found a broken window restrictor upstairs.", "HOUS"),
        ("Aaliyah (16) did not take up her place at Wrenfield College.", "EYD"),
        ("So the family lives on Dad's wage alone.", "REL-PAR"),
        ("The family were rehoused by the council in February.", "HOUS"),
    ])
    func roundSixteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
