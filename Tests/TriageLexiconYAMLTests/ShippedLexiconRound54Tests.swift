import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-four (a parent's neurological condition, children's health and health
    /// neglect, parental alcohol misuse, TAF meeting notes): a brain injury, a tremor,
    /// word-finding difficulty, weakness in a hand, progressive MS, jabs never had, tummy
    /// pain, peak flow, chlamydia, a weight clinic (PH); drinking wine every day, the UC
    /// spent on drink, an alcohol group (SUB; not a parent's one drink-driving offence, nor
    /// "drink beer every night" as a child reports it); no idea where he is, ignoring her
    /// calls (REL-PAR); a child who stays home to keep an eye on Mum, has to check she is
    /// ok, or is "sick of being the mum" (CARER).
    @Test(arguments: [
        ("Marek (44) had a TBI in a motorbike crash in 2023.", "PH", MentionStatus.present),
        ("Charlie is finding dad's tremor upsetting.", "PH", .present),
        ("Rachel still has some word-finding difficulty.", "PH", .present),
        ("Nat still has weakness in her left hand.", "PH", .present),
        ("Nathan (46) has primary progressive MS.", "PH", .present),
        ("The twins never had their 1 year jabs.", "PH", .present),
        ("Grace says the tummy pain comes and goes.", "PH", .present),
        ("SN says his peak flow is poor.", "PH", .present),
        ("Referred on to the adolescent weight clinic.", "PH", .present),
        ("Mum (Lorraine, 41) drinks wine every day.", "SUB", .present),
        ("Dad spending the UC on drink.", "SUB", .present),
        ("Ricky goes to the probation alcohol group.", "SUB", .present),
        ("Kerry says she has no idea where he is most evenings.", "REL-PAR", .present),
        ("He ignores her calls telling him to come in.", "REL-PAR", .present),
        ("Brandon (17) stays home to keep an eye on Mum.", "CARER", .present),
        ("Chloe says she has to check Mum is ok before she can leave.", "CARER", .present),
        ("Tia told her form tutor she is sick of being the mum.", "CARER", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftyFourStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Gary is on probation for a drink-driving offence.", "SUB"),
        ("Oscar (6) told his teacher that mummy and daddy 'drink beer every night'.", "SUB"),
    ])
    func roundFiftyFourNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
