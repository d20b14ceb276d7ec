import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifteen (exploitation, kinship care, terse boxes): phrasings the default
    /// lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("A photo Ellie (14) sent to a boy has been passed round her year.", "SAFE-EXP"),
        ("A man on the estate makes him carry packages to the station.", "SAFE-EXP"),
        ("He has new trainers that Mum didn't pay for.", "SAFE-EXP"),
        ("Mum cannot stop Leah leaving the house at night.", "REL-PAR"),
        ("Nan is using a star chart for bedtime battles.", "REL-PAR"),
        ("The parents are arguing over where he should live.", "REL-CONF"),
        ("Mum says Dad is alienating the children from her.", "REL-CONF"),
        ("Dad has applied for a child arrangements order.", "REL-CONF"),
        ("Dad hasn't worked since he injured his back.", "PH"),
        ("Isla (3) imms overdue.", "PH"),
        ("Nan keeps missing her cardiology appointments.", "PH"),
        ("Grandad broke his hip in May.", "PH"),
        ("Leo (6) is scared to sleep alone.", "MH-CHILD"),
        ("Mum under EIP team since May.", "MH-ADULT"),
        ("Mum very low, not eating.", "MH-ADULT"),
        ("GP alcohol review for Dad every three months.", "SUB"),
        ("Gas & elec off, no money for top-up.", "FIN"),
        ("Tia (16) main carer for mum.", "CARER"),
        ("Ben (12) does mum's care before school.", "CARER"),
        ("Bev leaves her son Connor (15) looking after the baby at night.", "CARER"),
        ("Dad signed off work w/ stress.", "MH-ADULT"),
        ("Kai (8) behind w/ his reading.", "EDU-SEND"),
        ("Mia (10m) not sitting or rolling, missed dev checks.", "EYD"),
        ("Nursery are worried about his speech.", "EYD"),
        ("Not attending AP since the exclusion.", "EDU-ATT"),
        ("Josh (9) late approx once a wk.", "EDU-ATT"),
        ("Jackson (7) was sent home for the rest of the day for biting a TA.", "EDU-EXC"),
        ("Her partner was dealing cannabis from the flat.", "CRIME"),
        ("Mouldy food in the fridge and no clean uniform.", "SAFE-NEG"),
    ])
    func roundFifteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: a kinship carer's order, a parent who is a child's main carer,
    /// exploitation when she was younger, a screening that found nothing, a birth mother's
    /// drug use, mouldy food (no housing need), a milestone met.
    @Test(arguments: [
        ("Skye (2) lives with her grandparents under a CAO.", "REL-CONF"),
        ("Amira (15) lives with her aunt under a child arrangements order.", "REL-CONF"),
        ("Dad is the main carer for Olivia (3).", "CARER"),
        ("Bethany (17) was sexually exploited when she was 13.", "SAFE-EXP"),
        ("The exploitation screening found no indicators.", "SAFE-EXP"),
        ("Birth mum's heroin use is why he came into care.", "SUB"),
        ("Mouldy food in the fridge.", "HOUS"),
        ("Archie (14m) is crawling and pulling himself up on the furniture.", "EYD"),
    ])
    func roundFifteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// A school-age child stays at school into the next sentence when no younger child is
    /// named: speech and language for Noah (5) is SEND. With a baby named too, the next
    /// sentence may be about the baby, so the speech therapy is early years.
    @Test func aSchoolChildIsCarriedAsOneWhenNoYoungerChildIsNamed() throws {
        let coder = try Self.defaultCoder.get()
        let noah = coder.code("Noah (5) started Reception in September. The SENCO has put him on SEN support for speech and language.")
        #expect(noah.issue(Code("EDU-SEND"))?.status == .present, "\(noah.presentIssues.map(\.code))")
        #expect(noah.issue(Code("EYD"))?.status != .present, "\(noah.presentIssues.map(\.code))")
        let baby = coder.code("Noah (5) started Reception in September. Baby Rosa is on the list for speech and language therapy.")
        #expect(baby.issue(Code("EYD"))?.status == .present, "\(baby.presentIssues.map(\.code))")
    }
}
