import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty (school nurses, families of prisoners, unboxed notes): phrasings the
    /// default lexicon now codes as present, and some that are not needs.
    @Test(arguments: [
        ("Shannon has bought a waterproof mattress cover and leaves the landing light on.", "PH"),
        ("Nadia (14) never had her HPV in Year 8 and is booked into the catch up clinic.", "PH"),
        ("Ollie (9) takes two hours to settle at night and is up for the day at 4am.", "PH"),
        ("No seizures in school since February. Care plan reviewed, medication unchanged.", "PH"),
        ("Amber (16) came to the clinic asking for emergency contraception.", "PH"),
        ("At home he lashes out at Toni whenever the toilet is mentioned.", "REL-PAR"),
        ("Boys in Harvey's class have been calling him 'stinky'.", "SAFE-EXP"),
        ("Charlie (12) won't go back because of what other pupils are saying about his brother.", "SAFE-EXP"),
        ("Mum found messages from girls in her year telling her to kill herself.", "SAFE-EXP"),
        ("She says there is never anything left once Ryan's habit has been paid for.", "SUB"),
        ("Tina found burnt foil in the bathroom last week.", "SUB"),
        ("Ethan (16) stopped going to Brackley College in October.", "EDU-NEET"),
        ("Jax (1) isn't yet sitting without support.", "EYD"),
        ("Archie (8 months) is still only having smooth purees.", "EYD"),
        ("Hollie keeps to her safety plan and there is a police marker on the address.", "DA"),
        ("Paul has dropped his hours and is now short for the rent each month.", "FIN"),
        ("Six of them in a two-bedroom flat, with the children sharing beds.", "HOUS"),
        ("Nicola's licence finishes next month.", "CRIME"),
        ("Marek (7) is late three mornings in five.", "EDU-ATT"),
    ])
    func roundTwentyPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Rachel has been drinking heavily since Steve was sentenced.", "CRIME"),
        ("Craig's pay stopped the week he was remanded.", "CRIME"),
        ("Mum mentioned Poppy neglected to take her pens on a trip last year.", "SAFE-NEG"),
        ("Head of year dealt with the group chat and there have been no unkind messages since.", "SAFE-EXP"),
        ("Kai has had no suspensions and the managed move has been shelved.", "EDU-EXC"),
        ("Leo's nan had a cardiac arrest in October and is recovering at home in Devon.", "CRIME"),
        ("Lynne says Keeley stays out past midnight and screams at her when challenged.", "NONE"),
    ])
    func roundTwentyNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        if code == "NONE" {
            #expect(coded.issue(Code("REL-PAR"))?.status == .present, "\(coded.issues.map { "\($0.code) \($0.status)" })")
        } else {
            #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
        }
    }

    /// Unboxed notes: an adults' mental health team and temporary accommodation are one
    /// extra service (yellow), "s47 concluded" is past, a cardiac arrest is no arrest.
    @Test(arguments: [
        ("Mum has bipolar disorder and is under the community mental health team.", Level.yellow),
        ("Family went into temporary accommodation in August; Imran is late most days.", Level.yellow),
        ("s47 concluded; stepped down with a TAF. Reece has a YOS worker and was arrested in March.", Level.orange),
        ("Leo's speech is behind at nursery. His nan had a cardiac arrest in October.", Level.green),
    ])
    func roundTwentyLevelCues(text: String, level: Level) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(!coded.issues.isEmpty && coded.issues.allSatisfy { $0.level == level }, "\(coded.issues.map { "\($0.code) \($0.level)" })")
    }
}
