import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-two (premature babies and twins, Deaf and blind parents, the school
    /// holidays, young people's own abusive relationships): sight and hearing loss and home
    /// oxygen (PH); a child who reads the post for a parent, manages a named parent's
    /// tablets, has to guide them or minds the little ones (CARER, not for a parent who
    /// does Mum's tablets); a partner who reads her messages, demands her passwords or tells
    /// a named girl who she can see (DA); twins not talking yet (EYD).
    @Test(arguments: [
        ("Kwame (dad) is blind and has a guide dog.", "PH", MentionStatus.present),
        ("Martin is registered severely sight impaired.", "PH", .present),
        ("Mum Hannah is hard of hearing herself and lipreads.", "PH", .present),
        ("Lily (15) has bilateral cochlear implants.", "PH", .present),
        ("Reece still on home O2 and the supplier needs notice to move.", "PH", .present),
        ("Kyle (15) now reads all the post and bills for him.", "CARER", .present),
        ("Jade (16) now manages Shona's tablets.", "CARER", .present),
        ("Isaac (12) has to guide Mark everywhere on Saturdays.", "CARER", .present),
        ("Kenzie (12) is minding the 2 little ones all day.", "CARER", .present),
        ("Louis (15) keeps reading her messages and sulks when she goes out.", "DA", .present),
        ("Ethan has been demanding Grace's passwords.", "DA", .present),
        ("He tells Chloe who she can and can't see.", "DA", .present),
        ("HV 2 yr review: neither twin talking yet.", "EYD", .present),
        ("Evie has a mild motor delay, physio booked.", "EYD", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftyTwoStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Dad (Lee) manages Shona's tablets.", "CARER"),
        ("The blind cord has been tied up out of reach.", "PH"),
    ])
    func roundFiftyTwoNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
