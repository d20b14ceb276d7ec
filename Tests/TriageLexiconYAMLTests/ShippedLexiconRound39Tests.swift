import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-nine (relationships at home, a Midlands duty team, parents' and
    /// children's health, a South East coastal town): a child and a parent who have started
    /// arguing, or two children who fight, are REL-PAR; parents who disagree are REL-CONF;
    /// sleep studies, cardiology and pacing plans are health; someone who has died is not in
    /// the household, but a parent low since a death is still low.
    @Test(arguments: [
        ("Josh (13) has missed 30% of his lessons this term.", "EDU-ATT", MentionStatus.present),
        ("Rhys (15) is on two hours a day at the PRU.", "EDU-ATT", .present),
        ("Kelsey (16) is at risk of losing her college place.", "EDU-NEET", .present),
        ("Archie (3) is not dry in the day yet.", "EYD", .present),
        ("Nell's speech is hard to make out, even for her family.", "EYD", .present),
        ("Maisie (11) can't sleep for worrying about her mum.", "MH-CHILD", .present),
        ("Dad said he hit rock bottom after losing his job.", "MH-ADULT", .present),
        ("Mum says her mood is much brighter since starting counselling.", "MH-ADULT", .present),
        ("Mum has been low in mood since Grandad died in the summer.", "MH-ADULT", .present),
        ("Dad has shingles and is off work.", "PH", .present),
        ("Tommy (6) is waiting for a sleep study at the hospital.", "PH", .present),
        ("Lily (4) is under cardiology for a hole in the heart.", "PH", .present),
        ("Mum has ME and follows a pacing plan from the fatigue clinic.", "PH", .present),
        ("Kieran (14) pushes the limits at home every night.", "REL-PAR", .present),
        ("Mum and Dad argue about him staying out late.", "REL-PAR", .present),
        ("Tyler and Mum have started arguing again since the summer.", "REL-PAR", .present),
        ("Ava (9) is really rude to her mum and swears at her.", "REL-PAR", .present),
        ("Ella (12) and Grace (10) fight constantly over the tablet.", "REL-PAR", .present),
        ("The parents disagree about contact arrangements.", "REL-CONF", .present),
        ("Ryan keeps turning up at the house and threatening her.", "DA", .present),
        ("Abdullah pushed Nora into the wall during the row.", "DA", .present),
        ("Amy (9) helps her in the shower most mornings.", "CARER", .present),
        ("Jake (13) stayed off school to look after mum when she was poorly.", "CARER", .present),
        ("Mum will ask the GP about counselling if her mood dips again.", "MH-ADULT", .hypothetical),
    ] as [(String, String, MentionStatus)])
    func roundThirtyNineStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Oskar's weight is restored and the dietitian has discharged him.", "PH"),
        ("Dad works shifts at the ferry terminal.", "PH"),
        ("Kai (15) argues with teachers and has had two detentions.", "REL-CONF"),
        ("Girls in her class gang up on her at lunch.", "SAFE-EXP"),
        ("Tia's mum was addicted to heroin and died in 2021.", "SUB"),
        ("Lisa says trust is still at rock bottom.", "MH-ADULT"),
        ("Cardiology signed off the murmur in March.", "PH"),
        ("Kayla (19) and Jamie (20) argue about money.", "REL-PAR"),
        ("Craig pushed Mummy into the door, Tilly (8) told her teacher.", "REL-PAR"),
    ])
    func roundThirtyNineNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
