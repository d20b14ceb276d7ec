import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round nine (housing, money and voluntary-sector voices; meeting minutes): phrasings the
    /// default lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("They have been turned down for six flats since the summer because of the dog.", "HOUS"),
        ("Her ex took out a loan in her name that she is now paying back.", "FIN"),
        ("Leon went to bed having eaten nothing but a bag of crisps.", "SAFE-NEG"),
        ("Dad is short-fused with the kids after a night shift and shouts a lot.", "REL-PAR"),
        ("Mum and Jade (14) have rows about curfew most weekends.", "REL-PAR"),
        ("Kai (16) left Riverside College in October and is doing nothing all day.", "EDU-NEET"),
        ("Bella (17) finished her course and has no job or training place.", "EDU-NEET"),
        ("Stepdad says he only drinks at weekends and is seeing the alcohol worker.", "SUB"),
        ("School have sent him home at lunchtime twice this week.", "EDU-EXC"),
        ("Attendance has dropped from 96% to 81% since Christmas.", "EDU-ATT"),
        ("Mum is paying the old landlord £15 a week off the damage.", "FIN"),
        ("Evan slammed the door in her face when she took his phone.", "REL-PAR"),
        // "isn't coping" is a symptom, not a negation of what follows.
        ("Mum says she isn't coping and the GP has started her on sertraline.", "MH-ADULT"),
        // "said no" followed by a need still negates it... but "said no to" a request does not.
        ("When Mum said no to a sleepover, Tyler (14) punched her.", "REL-PAR"),
    ])
    func roundNinePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: a benefit "suspended", pulmonary rehab, bottles of milk, abuse left
    /// in a named past year, a plan one "has come off", a group chat "shut down", and money
    /// problems a parent said there were none of.
    @Test(arguments: [
        ("His PIP was suspended while they reviewed the claim.", "EDU-EXC"),
        ("Grandad goes to cardiac rehab on Tuesdays.", "SUB"),
        ("Maya (2) drinks four bottles of milk a day.", "SUB"),
        ("She left an abusive relationship in 2016 and has had no contact since.", "DA"),
        ("Dad has come off his antidepressants and says he feels well.", "MH-ADULT"),
        ("The group chat was shut down by the school in May.", "SAFE-EXP"),
        ("Mum said no money problems at the moment.", "FIN"),
    ])
    func roundNineNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
