import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round eighteen (families new to the UK, fathers, adolescents): phrasings the default
    /// lexicon now codes as present, and some that are not needs.
    @Test(arguments: [
        ("Kayden (14) is on his phone till 3am and the GP appt is booked re his sleep.", "PH"),
        ("Callum (17) is up all night gaming and sleeps till 3pm.", "PH"),
        ("Omar (14) goes with him to translate at the hospital.", "CARER"),
        ("Mohamed (16) carries him up the stairs every night.", "CARER"),
        ("Sahar (16) arrived in October and still has no education place.", "EDU-NEET"),
        ("Ethan has not started any course, job or training since September.", "EDU-NEET"),
        ("Kai ignores his 10pm curfew most nights.", "REL-PAR"),
        ("Omid (12) won't do anything she asks and laughs when she tells him off.", "REL-PAR"),
        ("Jordan (15) threatened his dad with a bat.", "REL-PAR"),
        ("Lily says her mum's new boyfriend hits her mum.", "DA"),
        ("A group of boys copy his accent and took his bag.", "SAFE-EXP"),
        ("The children have to sort their own tea, sometimes just crisps.", "SAFE-NEG"),
        ("Dad chews khat most afternoons.", "SUB"),
        ("Samuel (7) wears hearing aids and the teacher of the deaf visits termly.", "EDU-SEND"),
        ("Graham has heart failure and is on the transplant list.", "PH"),
        ("Lacey (14) is off 2-3 days every month with painful periods.", "EDU-ATT"),
        ("T hasn't been to the dentist for 2 years.", "PH"),
        ("Mates are older, concern re possible CCE, screening done.", "SAFE-EXP"),
    ])
    func roundEighteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Faisal began volunteering at the mosque food bank.", "FIN"),
        ("Owen, who works as a county court bailiff, does the school runs.", "FIN"),
        ("The flat is fine now that the landlord has mended the boiler.", "HOUS"),
        ("The GP has stopped his inhaler since the move.", "PH"),
        ("Landlord withdrew possession claim in December.", "HOUS"),
        ("Tyler has had suspensions at school. YJS not involved.", "CRIME"),
        ("Managed move didn't go ahead and he is settled.", "EDU-EXC"),
        ("Her school readiness check with the health visitor found her on track.", "EYD"),
        ("Danny is living in a probation hostel.", "HOUS"),
        ("Winston hopes to go back to work part time in the new year.", "FIN"),
    ])
    func roundEighteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Unboxed notes where the family acted on links or tools it was given: blue.
    @Test(arguments: [
        "Phone call with Mark. He owes £600 on his gas account and is paying it off after I pointed him to the online debt advice tool.",
        "Phone call with Reza. He used the links I sent him to apply for the warm home discount himself.",
    ])
    func roundEighteenSignpostingIsBlue(text: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code("FIN"))?.level == .blue, "\(coded.issues.map { "\($0.code) \($0.level)" })")
    }
}
