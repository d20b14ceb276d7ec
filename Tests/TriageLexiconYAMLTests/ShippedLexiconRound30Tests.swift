import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty (an outer-London borough's mix, family workers' first-person write-ups,
    /// health-led notes): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Police called twice in May when he was shouting in the street drunk.", "CRIME"),
        ("Hearing aid fitted in November.", "PH"),
        ("Arjun is on the 9th centile and slow to gain weight.", "PH"),
        ("Ellis (7) is rarely asleep before eleven.", "PH"),
        ("Ellie (16) is pregnant and has not yet booked in with the midwife.", "PH"),
        ("None of the children has seen a dentist.", "PH"),
        ("Chloe (17) hasn't been in school, college or work since Year 11.", "EDU-NEET"),
        ("Ellie (16) has not applied to college or for any work.", "EDU-NEET"),
        ("Mia (13) disclosed sexual contact with a 19 year old man.", "SAFE-EXP"),
        ("Leanne has been feeling very flat since her mum died.", "MH-ADULT"),
        ("Freya (5) cries at drop-off on Mondays.", "MH-CHILD"),
        ("Harvey (11) feels sick every morning before school.", "MH-CHILD"),
        ("Mason plays them off against each other and refuses to go to bed.", "REL-PAR"),
        ("Ellis (8) hits her when she turns the tablet off.", "REL-PAR"),
        ("She is worried about the bills.", "FIN"),
        ("The family are in hotel accommodation.", "HOUS"),
    ])
    func roundThirtyPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // A chair thrown at a parent at home is no behaviour at school.
        ("Jaxon threw a chair at her when told no.", "EDU-EXC"),
        ("Friendship problems sorted after a peer mediation session in school.", "REL-CONF"),
        ("She is out of her overdraft now.", "FIN"),
        ("Amara is registered with the surgery.", "PH"),
        ("Clutter to be monitored should it build up again.", "SAFE-NEG"),
        ("Nobody has picked on him since February.", "SAFE-EXP"),
        ("She has tested clear for cocaine for five months.", "SUB"),
        // People outside the household: a boyfriend's family, the upstairs neighbours.
        ("Chloe's boyfriend's family are known to police.", "CRIME"),
        ("The upstairs neighbours were arrested for dealing.", "CRIME"),
    ])
    func roundThirtyNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
