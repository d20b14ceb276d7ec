import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-five (conditional plans, parents' own histories, LGBTQ+ young people,
    /// sudden crises): a curfew ignored, staying out past midnight, won't say where he goes,
    /// the kids fighting, home by nine most nights, "you're not my dad", won't go to bed,
    /// kicking doors, can't get him in (REL-PAR); tea most nights, lifting, sitting up with
    /// him after a seizure, help with the shopping (CARER); found alone, coming in starving,
    /// putting herself to bed, no clean uniform (SAFE-NEG); laid off, money lent (FIN); a
    /// licence that runs to a date (CRIME); homophobic bullying (SAFE-EXP); smoke and flood
    /// damage (HOUS).
    @Test(arguments: [
        ("Mam says he stays out past midnight and ignores curfew.", "REL-PAR", MentionStatus.present),
        ("Mum says he's out till 1am most nights.", "REL-PAR", .present),  // "he" opens the mention: not Mum's
        ("Kerry says he won't say where he goes.", "REL-PAR", .present),
        ("Aisha says the boys fight most evenings.", "REL-PAR", .present),
        ("Dylan is home by 9 most nights now.", "REL-PAR", .present),
        ("Brooke screams 'you're not my dad' at Aaron.", "REL-PAR", .present),
        ("Brooke (8) won't go to bed for him.", "REL-PAR", .present),
        ("Yusuf has kicked doors when told to come off his tablet.", "REL-PAR", .present),
        ("Gemma says she can't get him in at a reasonable time.", "REL-PAR", .present),
        ("Josh (15) still does tea 2 nights a week.", "CARER", .present),
        ("Millie (15) helps lift Tom when Mum can't.", "CARER", .present),
        ("Logan (15) stays up with him after a seizure.", "CARER", .present),
        ("Connor (14) helps her with the shopping and her meds.", "CARER", .present),
        ("Officers found Ruby (2) alone in the flat.", "SAFE-NEG", .present),
        ("Breakfast club say the boys come in starving.", "SAFE-NEG", .present),
        ("Kai (8) puts himself to bed most nights.", "SAFE-NEG", .present),
        ("Riley had no clean uniform on two visits.", "SAFE-NEG", .present),
        ("Imran was laid off from the warehouse in April.", "FIN", .present),
        ("Vicky's sister lent them £900 for the mortgage.", "FIN", .present),
        ("Craig's licence runs till September.", "CRIME", .present),
        ("Harvey (14) has had homophobic name-calling since Y8.", "SAFE-EXP", .present),
        ("Smoke damage to the whole upstairs after the fire.", "HOUS", .present),
        ("Shannon (29) is on sertaline from the GP.", "MH-ADULT", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftyFiveStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    /// A referral the school could make is hypothetical, and sets no level; an offence
    /// years back, or "back then", is past.
    @Test(arguments: [
        ("If the worrying gets worse, school could refer to CAMHS.", "MH-CHILD"),
        ("Gary did 18 months for burglary in 2009.", "CRIME"),
        ("She was flagged for county lines back then.", "SAFE-EXP"),
        ("Dad stays out till 2am most nights with his mates.", "REL-PAR"),
    ])
    func roundFiftyFiveNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
