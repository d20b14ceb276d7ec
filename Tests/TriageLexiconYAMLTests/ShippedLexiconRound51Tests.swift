import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-one (affluent commuter villages, South Asian extended families, neighbour
    /// disputes and ASB, the morning after an out-of-hours event): absences listed after a
    /// "no" ("no carpets, no cooker and no cot", "no destination and is not in EET"); "no
    /// tea"; opioids bought online; "to take the edge off"; "not coping", "feels hopeless",
    /// a manic episode and a section under the Mental Health Act; a forced marriage
    /// protection order; a camp bed; being sent home early from school.
    @Test(arguments: [
        ("No carpets, no cooker and no cot, so Rocco sleeps in his pram.", "SAFE-NEG", MentionStatus.present),
        ("Marcus (16) left Yr 11 with no destination and is not in EET.", "EDU-NEET", .present),
        ("Lacey told her teacher there was 'no tea' twice last week.", "SAFE-NEG", .present),
        ("Rio (9) not collected from after-school club twice this month.", "SAFE-NEG", .present),
        ("Gemma has been buying oxycodone online since her surgery.", "SUB", .present),
        ("Kirsty drinks 'to take the edge off' once the kids are down.", "SUB", .present),
        ("She has 'a bottle or so' of wine most nights.", "SUB", .present),
        ("Alan says he is not coping since the redundancy.", "MH-ADULT", .present),
        ("Jo says she feels ashamed and hopeless.", "MH-ADULT", .present),
        ("Marcus (dad) was detained under s2 MHA after a manic episode.", "MH-ADULT", .present),
        ("FMPO in place and her passport held by the court.", "DA", .present),
        ("Ella and Finn share the small bedroom, Finn on a camp bed.", "HOUS", .present),
        ("Kieran (8) has been sent home early twice for fighting.", "EDU-EXC", .present),
        ("Dad is slow on the stairs with his bad hips.", "PH", .present),
        ("Rachel attended A&E with a fractured cheekbone.", "PH", .present),
        ("Says her own sleep has been poor for a month.", "PH", .present),
        ("Admits she has been snapping at the kids.", "REL-PAR", .present),
        ("Moiz (14) also helps lift and change her.", "CARER", .present),
        ("Daisy is missing her funded nursery sessions.", "EYD", .present),
        // The children still do without tea: "never go without" is a real denial.
        ("She says the children never go without tea.", "SAFE-NEG", .negated),
    ] as [(String, String, MentionStatus)])
    func roundFiftyOneStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Pre-birth assessment started due to Shazia's isolation.", "EDU-EXC"),
        ("The madrassa teacher has been suspended.", "EDU-EXC"),
        ("Mediation with the neighbours done by July.", "REL-CONF"),
        ("Mum says the solicitor is using Ruby as a weapon.", "CRIME"),
        ("EHW to support Donna through the ASB reporting process.", "CRIME"),
        ("One of the 2 XL bullies bit a neighbour's child.", "SAFE-EXP"),
        ("Helen has asked ASC for a carer's assessment.", "EDU-SEND"),
        ("Police logged 2 disability hate incidents.", "PH"),
        ("Lads from no.19 arrested for racially aggravated harassment.", "DA"),
    ])
    func roundFiftyOneNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
