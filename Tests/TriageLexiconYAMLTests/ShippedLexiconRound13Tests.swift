import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirteen (separated parents, home visits, children's wellbeing): phrasings the
    /// default lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Dad says Mum is turning the boys against him.", "REL-CONF"),
        ("Jayden (9) refuses to go to his mum's at weekends.", "REL-CONF"),
        ("Mum has applied for Ruby to live with her.", "REL-CONF"),
        ("The parents have been exchanging angry texts about holidays.", "REL-CONF"),
        ("Abi (10) says she feels stuck in the middle.", "REL-CONF"),
        ("Theo (3) has had a wheeze since October.", "PH"),
        ("Amira (14) misses school with period pains.", "PH"),
        ("Oscar (12) gets about four hours' sleep a night.", "PH"),
        ("The school nurse will see Lily (7) about her sleep.", "PH"),
        ("Mum is struggling to make ends meet since the hours were cut.", "FIN"),
        ("Dionne had £10 to last the week.", "FIN"),
        ("Her universal credit hasn't started yet.", "FIN"),
        ("Poppy (3) has still not taken up her funded place.", "EYD"),
        ("At the visit the cupboards were bare.", "SAFE-NEG"),
        ("The fridge and cupboards were empty.", "SAFE-NEG"),
        ("The litter trays were overflowing.", "SAFE-NEG"),
        ("No stair gate and Alfie (1) climbs the stairs.", "SAFE-NEG"),
        ("The children came to school without coats in the snow.", "SAFE-NEG"),
        ("His school shoes have holes in them.", "SAFE-NEG"),
        ("The front door is left unlocked and Max (2) can let himself out.", "SAFE-NEG"),
        ("Mum struggles to keep the house clean.", "SAFE-NEG"),
        ("Mum can't get him off his Xbox at night.", "REL-PAR"),
        ("Dad finds it hard to set limits.", "REL-PAR"),
        ("Kai still comes home later than agreed.", "REL-PAR"),
        ("Ruby (15) has been making herself sick after meals.", "MH-CHILD"),
        ("Finn (6) has selective mutism.", "MH-CHILD"),
        ("Jack (8) shares a room with four others.", "HOUS"),
        ("Maisie does not get to school on Mum's bad days.", "EDU-ATT"),
        ("She hasn't been into Kettlewick High since February.", "EDU-ATT"),
        ("Her form tutor says she seems low.", "MH-CHILD"),
        ("Poppy (9) bites her nails until they bleed.", "MH-CHILD"),
        ("Leanne says the cleaning slips when her mood dips.", "MH-ADULT"),
        ("Noah (7) wakes screaming several nights a week.", "PH"),
        ("Jess (15) has been targeted with homophobic comments online.", "SAFE-EXP"),
    ])
    func roundThirteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: the child's wishes and feelings, a new boiler, a past year's
    /// cause, a relationship that ended, a course left behind, a milestone met.
    @Test(arguments: [
        ("The EHW completed wishes-and-feelings work with Kai.", "MH-CHILD"),
        ("New boiler fitted in December and the house was warm.", "HOUS"),
        ("The FSW is clearing one room at a time with him.", "HOUS"),
        ("Priya left their father in 2019 because of domestic abuse.", "DA"),
        ("Kirsty was in a relationship that ended in 2021 after domestic abuse.", "DA"),
        ("Shannon moved from supported lodgings into her own flat.", "HOUS"),
        ("The HV signed her off the weaning plan.", "EYD"),
        ("Isla is babbling and sitting unaided.", "EYD"),
        ("Leo's one-year review is due in January.", "EYD"),
        ("Tyler (6) is often getting himself up, dressed and fed.", "CARER"),
        ("Poppy (9) bites her nails until they bleed.", "REL-PAR"),
        ("Ayaan (12) has had angry outbursts in class.", "REL-PAR"),
        ("The pupils involved were suspended.", "EDU-EXC"),
        ("The two of them co-parent well.", "REL-CONF"),
        ("The non-molestation order has expired.", "DA"),
        ("Front room cluttered with toys but nothing unsafe.", "SAFE-NEG"),
        ("Kai (17) hasn't been to college this week.", "EDU-ATT"),
    ])
    func roundThirteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// A drug service being attended stays SUB though her tests came back negative; a
    /// counsellor still being seen stays MH-CHILD though the name-calling stopped.
    @Test func anOngoingServiceOutlastsANegativeOrAStop() throws {
        let coder = try Self.defaultCoder.get()
        let sub = coder.code("Kerry is attending the Drug and Alcohol Service and her last four tests were negative.")
        #expect(sub.issue(Code("SUB"))?.status == .present, "\(sub.presentIssues.map(\.code))")
        let tests = coder.code("Her drug tests were negative.")
        #expect(tests.issue(Code("SUB"))?.status != .present, "\(tests.presentIssues.map(\.code))")
        let counsellor = coder.code("Freya still sees the school counsellor weekly and says the name-calling stopped.")
        #expect(counsellor.issue(Code("MH-CHILD"))?.status == .present, "\(counsellor.presentIssues.map(\.code))")
    }

    /// Someone new who opens a sentence and is said to have an adult's GP treatment or
    /// partner is an adult: her anxiety is MH-ADULT. A teenager with a boyfriend is not.
    @Test func anAdultByWhatSheHas() throws {
        let coder = try Self.defaultCoder.get()
        let gemma = coder.code("Gemma has been anxious and tearful since the ceiling fell in and her GP has started her on medication.")
        #expect(gemma.issue(Code("MH-ADULT"))?.status == .present, "\(gemma.presentIssues.map(\.code))")
        #expect(gemma.issue(Code("MH-CHILD"))?.status != .present, "\(gemma.presentIssues.map(\.code))")
        let teen = coder.code("Chloe goes out with her boyfriend most nights. Chloe is anxious about school.")
        #expect(teen.issue(Code("MH-CHILD"))?.status == .present, "\(teen.presentIssues.map(\.code))")
    }

    /// The clause's subject goes on past a baby's subordinate clause to an "and"; a young
    /// carer is a child, not a carer in the parent's sense.
    @Test func whoseTearsAndWhoseWorries() throws {
        let coder = try Self.defaultCoder.get()
        let mum = coder.code("Mum (Kelly) told the HV she has felt low since baby Rosa was born and cries most days.")
        #expect(mum.issue(Code("MH-ADULT"))?.status == .present, "\(mum.presentIssues.map(\.code))")
        #expect(mum.issue(Code("MH-CHILD"))?.status != .present, "\(mum.presentIssues.map(\.code))")
        let carer = coder.code("Referred to Young Carers for their Tuesday club. Maisie says she gets anxious in lessons.")
        #expect(carer.issue(Code("MH-CHILD"))?.status == .present, "\(carer.presentIssues.map(\.code))")
        let looksAfter = coder.code("Ollie (13) looks after mum, who has bipolar disorder.")
        #expect(looksAfter.issue(Code("MH-ADULT"))?.status == .present, "\(looksAfter.presentIssues.map(\.code))")
    }
}
