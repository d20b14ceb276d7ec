import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-one (young people in transition, domestic abuse as schools see it,
    /// front-door contacts): phrasings the default lexicon now codes as present, and some
    /// that are not needs.
    @Test(arguments: [
        ("Kieran (16) hasn't enrolled anywhere for September.", "EDU-NEET"),
        ("Callum (17) stopped going to his Level 2 Bricklaying course in October.", "EDU-NEET"),
        ("Reece hasn't been in education or work since he left the PRU.", "EDU-NEET"),
        ("The sixth form has already told her that her place is at risk.", "EDU-NEET"),
        ("Lily has been in for 9 of 40 days.", "EDU-ATT"),
        ("Jess shares with her sister and there is nowhere to put a cot.", "HOUS"),
        ("Aiden buys food for his brothers and gets his brothers to school.", "CARER"),
        ("Police were at the house overnight after Craig and Leanne's row turned physical.", "DA"),
        ("Kayla (17) is seeing a 22-year-old who tracks her location and has all her passwords.", "DA"),
        ("Danielle disclosed that Jamie hits her.", "DA"),
        ("She has had to borrow off her sister to top up the electric.", "FIN"),
        ("Joanne is on edge and the GP has signed her off work with anxiety.", "MH-ADULT"),
        ("Callie has started scratching her arms when she is upset.", "MH-CHILD"),
    ])
    func roundTwentyOnePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Zak has put a GamStop exclusion on his phone.", "EDU-EXC"),
        // "she and his dad" are the parents: their rows are parental conflict, not parenting.
        ("Mum says she and his dad still argue on the phone about money.", "REL-PAR"),
        ("Owen's mum left in 2022 and the non-molestation order lapsed last year.", "DA"),
        ("Daniel finished his apprenticeship but wasn't kept on and has been out of work since.", "NONE"),
    ])
    func roundTwentyOneNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        if code == "NONE" {
            #expect(coded.issue(Code("FIN"))?.status == .present, "\(coded.issues.map { "\($0.code) \($0.status)" })")
        } else {
            #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
        }
    }

    /// Unboxed notes: a police welfare check is orange, a young people's substance service
    /// yellow, and a plan "which closed" years ago is no red cue.
    @Test(arguments: [
        ("Police welfare check after Leo (9) said his dad had not come home; no food in the house.", Level.orange),
        ("He drinks vodka most weekends and the GP referred him to the young people's substance service.", Level.yellow),
        ("The family had a child protection plan which closed in 2022. Attendance is 89% with late marks at school.", Level.green),
    ])
    func roundTwentyOneLevelCues(text: String, level: Level) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(!coded.issues.isEmpty && coded.issues.allSatisfy { $0.level == level }, "\(coded.issues.map { "\($0.code) \($0.level)" })")
    }
}
