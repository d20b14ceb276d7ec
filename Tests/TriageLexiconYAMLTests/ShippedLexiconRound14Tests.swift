import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fourteen (substance use, physical health, education): phrasings the default
    /// lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Her partner has started injecting again.", "SUB"),
        ("He was seen at the needle exchange last week.", "SUB"),
        ("Dad is on an alcohol treatment requirement.", "SUB"),
        ("The GP thinks she is buying extra diazepam online.", "SUB"),
        ("Staff smelt alcohol on Dad at pick-up.", "SUB"),
        ("He admits to a few cans most nights.", "SUB"),
        ("Mum is seen at the pain clinic every three months.", "PH"),
        ("Callum (17) has been referred to urology.", "PH"),
        ("Baby Ivy is still on NICU.", "PH"),
        ("The damp is making Tyler's chest worse.", "PH"),
        ("Ollie (5 months) has not had his 8 week jabs.", "PH"),
        ("Neither child is up to date with immunisations.", "PH"),
        ("Ellie (11) is hardly sleeping.", "PH"),
        ("Mum says she is at breaking point.", "MH-ADULT"),
        ("Isla (9) keeps a worry diary with Mum.", "MH-CHILD"),
        ("Lucas (13) is on a phased return, mornings only.", "EDU-ATT"),
        ("Aaron (15) is on a reintegration timetable.", "EDU-ATT"),
        ("Jordan (17) was withdrawn from his Level 2 motor vehicle course in November.", "EDU-NEET"),
        ("Ava (3) misses nursery sessions when Mum is unwell.", "EYD"),
        ("Jessie (5) was found on her own on the high street.", "SAFE-NEG"),
        ("Ben (10) checks her blood sugar when she is unwell.", "CARER"),
        ("Ethan (13) helps Sophie with her insulin injections.", "CARER"),
        ("Ben (16) still collects her medication.", "CARER"),
        ("Libby (15) often has to get her to bed.", "CARER"),
    ])
    func roundFourteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: liver disease from past drinking, an insulin injection, a
    /// recovery, a discharge, an exclusion struck off, an adult's phased return to work,
    /// a food bank relied on because there is no kitchen (a consequence, not a list of noes).
    @Test(arguments: [
        ("Dad has alcohol-related liver disease and has not drunk since 2024.", "SUB"),
        ("She is anxious about injecting in front of her friends.", "SUB"),
        ("Callum had a hernia repair in March and is fully recovered.", "PH"),
        ("The dietitian discharged her in August.", "PH"),
        ("Farah was discharged by talking therapies in May.", "MH-ADULT"),
        ("The exclusion has been removed from his record.", "EDU-EXC"),
        ("Marcus is back at work on a phased return.", "EDU-ATT"),
    ])
    func roundFourteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// "So she …" starts a consequence: an earlier "no" does not reach across it.
    @Test func aConsequenceIsNotNegatedByTheListBeforeIt() throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code("The room has no kitchen, so she relies on the food bank.")
        #expect(coded.issue(Code("FIN"))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }
}
