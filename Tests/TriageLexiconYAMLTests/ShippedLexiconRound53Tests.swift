import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-three (private renting, exclusions and alternative provision, separated
    /// parents, a voluntary-sector project): bare "rows" and "arguing" give way to a
    /// parent-child need in the same narrative (REL-CONF's terms with `yields_to`); parents
    /// talking only through solicitors or a prohibited steps order (REL-CONF); signed off
    /// with stress, dark thoughts (MH-ADULT); sick pay running out, fear of not paying the
    /// rent, skipping meals so the children can eat (FIN); a letter before action, a
    /// landlord selling (HOUS); "PEX'd" (EDU-EXC); no education at all, not set foot in
    /// school (EDU-ATT); a police call-out when a young person threw something (CRIME); a
    /// child who gets the younger ones up for school (CARER).
    @Test(arguments: [
        ("Mum and Dad have rows every evening.", "REL-CONF", MentionStatus.present),
        ("Parents only communicating through their solicitors.", "REL-CONF", .present),
        ("Dad is applying for a prohibited steps order.", "REL-CONF", .present),
        ("Kai isn't speaking to his dad.", "REL-PAR", .present),
        ("Craig signed off by the GP with stress since March.", "MH-ADULT", .present),
        ("Toni has been having dark thoughts since the birth.", "MH-ADULT", .present),
        ("Her SSP is about to run out.", "FIN", .present),
        ("She is scared about paying the rent.", "FIN", .present),
        ("Natalie doesn't know how they'll pay the rent.", "FIN", .present),
        ("Hana says they skip meals some days so the kids can eat.", "FIN", .present),
        ("Letting agent has sent a letter before action for possession.", "HOUS", .present),
        ("Landlord told him in Aug he is selling next year.", "HOUS", .present),
        ("Ethan (15) PEX'd from Kilnbrook Academy in Sept.", "EDU-EXC", .present),
        ("Ethan has no education at all at the moment.", "EDU-ATT", .present),
        ("Kayden hasn't set foot in Chainley Community since September.", "EDU-ATT", .present),
        ("One police call-out in May when she threw a mug at Laura.", "CRIME", .present),
        ("Jasmine (15) gets her brothers (6 and 8) up and to school.", "CARER", .present),
        // "child benefit" is the parent's: the low mood after it is hers.
        ("Aisha (28) gets UC and child benefit. She has been very low, crying a lot.", "MH-ADULT", .present),
        // Someone new who "saw the GP" after a child is named is a parent.
        ("Anaya (2) is using more words. Priya saw the GP in July for low mood.", "MH-ADULT", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftyThreeStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        // The rows are the parent and child's when the narrative shows a parent-child need.
        ("Rows at home daily. Jade slams doors and won't hand her phone over.", "REL-CONF"),
        ("Reece and mum have agreed house rules about being in by 11. Both say there are fewer rows.", "REL-CONF"),
        ("Bailiffs evicted the family in August.", "FIN"),
        ("Aisha (28) gets UC and child benefit. She has been very low, crying a lot.", "MH-CHILD"),
        ("Anaya (2) is using more words. Priya saw the GP in July for low mood.", "MH-CHILD"),
    ])
    func roundFiftyThreeNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
