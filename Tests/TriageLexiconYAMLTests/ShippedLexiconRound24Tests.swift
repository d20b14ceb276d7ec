import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-four (a metropolitan council's export, parents' mental health,
    /// friendships and phones): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Kyle (14) was stopped in a car with three wraps of crack.", "CRIME"),
        ("Ruby is on her phone until 3am and can't get up for school.", "PH"),
        ("Alfie won't settle to sleep before 11 most nights.", "PH"),
        ("Jess (12) sits with her nan after school while mum works.", "CARER"),
        ("Sam checks on his mum when she has a seizure.", "CARER"),
        ("Leah (16) finished Year 11 without a college place.", "EDU-NEET"),
        ("Police think he owes money to older lads.", "SAFE-EXP"),
        // The parents' row during which police came is still their conflict.
        ("Mum and dad argue a lot and police were called during a row last week.", "REL-CONF"),
    ])
    func roundTwentyFourPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // A child's violence "during an argument" with a parent is not the parents' conflict.
        ("Connor smashed a window and threatened his mum with a knife during an argument.", "REL-CONF"),
        // A debt to an exploiting group is not the family's money problem.
        ("Police think he owes money to older lads.", "FIN"),
    ])
    func roundTwentyFourNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
