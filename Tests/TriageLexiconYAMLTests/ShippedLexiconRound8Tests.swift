import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round eight (school and health staff voices): phrasings the default lexicon now codes
    /// as present, in newly written sentences.
    @Test(arguments: [
        // Health: dental registration and decay, pregnancy sickness, skin care, a baby's head shape,
        // weight lost in weeks, falling asleep in lessons, missed clinics, immunisations behind.
        ("Leo (5) is not registered with a dentist and his mum says he hates brushing.", "PH"),
        ("The nurse saw decay on his back teeth at the screening.", "PH"),
        ("Mum is 14 weeks pregnant and has hyperemesis; she could not keep water down last week.", "PH"),
        ("Ivy's eczema is kept under control with emollients twice a day.", "PH"),
        ("Baby Theo (4 months) has plagiocephaly and is being seen by the GP.", "PH"),
        ("Jess (14) has lost 5kg in six weeks and skips breakfast.", "PH"),
        ("Owen (9) fell asleep in class three times last week.", "PH"),
        ("Sami has missed two audiology appointments since the summer.", "PH"),
        ("Nell (3) is behind with her immunisations.", "PH"),
        // Neglect: children on their own, going to bed hungry.
        ("When we called, the children were left in the lounge on their own while Dad slept.", "SAFE-NEG"),
        ("The boys sometimes go to bed hungry at the end of the month.", "SAFE-NEG"),
        // Substance use: cutting down, a drink diary, drinking most nights, smelling of drink.
        ("Stepdad has cut down to two cans a night and is keeping a drink diary.", "SUB"),
        ("Mum drinks most nights once the children are in bed.", "SUB"),
        ("Dad arrived at the school gate smelling strongly of alcohol.", "SUB"),
        // Abuse, a child's violence to a parent, caring, exploitation, money, NEET, early years.
        ("She left him last spring after he strangled her during an argument.", "DA"),
        ("Mason (12) kicked his mum when she switched off the Wi-Fi.", "REL-PAR"),
        ("Amy (11) cooks the tea and puts Ben to bed when Mum is in pain.", "CARER"),
        ("Dad reported Kyle (14) missing after he did not come home on Friday.", "SAFE-EXP"),
        ("A boy at the park pressured her to send images of herself.", "SAFE-EXP"),
        ("His wages don't stretch to the school trip or new trainers.", "FIN"),
        ("Aaron (16) didn't get a college place and is at home all day.", "EDU-NEET"),
        ("Rosa (4) has come to only 5 of her 15 nursery sessions this half term.", "EYD"),
    ])
    func roundEightPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: a diet or a medicine is no school exclusion, a baby bottle is no
    /// drinking; a plan or a medicine one "came off", and abuse with "nothing reported since",
    /// are over; someone "who lives in" another town, a sibling "who lives with their dad" and
    /// a parent's own mother are outside the household (convention 6).
    @Test(arguments: [
        ("Wheat is excluded from her diet until the allergy clinic.", "EDU-EXC"),
        ("He is on an antibiotic suspension for his ear infection.", "EDU-EXC"),
        ("Jay came off his behaviour plan at Easter.", "EDU-EXC"),
        ("There was one DV call-out in 2021 and nothing reported since.", "DA"),
        ("Their grandad, who lives in Cardiff, has a drink problem.", "SUB"),
        ("Her half-brother, who lives with their dad in Derby, has been arrested for burglary.", "CRIME"),
        ("Mum is worried because her own mum has just been diagnosed with Parkinson's.", "PH"),
    ])
    func roundEightNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// A household member "who lives with" the family is still the household's: the phrase is
    /// not a cue for someone outside it.
    @Test func someoneWhoLivesWithTheFamilyIsStillCoded() throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code("Nan (80), who lives with the family, has dementia and needs help to dress.")
        #expect(coded.issue("PH")?.status == .present, "\(coded.presentIssues.map(\.code))")
    }
}
