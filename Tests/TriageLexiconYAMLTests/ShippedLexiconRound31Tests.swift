import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-one (health-led notes: GP staff, school nurses, health visitors,
    /// midwives, paediatrics): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Kai has been late on most Mondays this term.", "EDU-ATT"),
        ("Ethan does two hours a day at the resource base.", "EDU-ATT"),
        ("Mealtimes end in shouting most evenings.", "REL-PAR"),
        ("Jordan (13) reminds Carla to take her lithium.", "CARER"),
        ("He stays off school when she is unwell.", "CARER"),
        ("Skye (9) gets herself and Leo (5) ready for school.", "CARER"),
        ("Ruby (11) puts her brother Alfie (4) to bed most nights.", "CARER"),
        ("Sam (10) helps feed her at breakfast.", "CARER"),
        ("Kasia (14) helps him transfer from his wheelchair.", "CARER"),
        ("The children were asking for food.", "SAFE-NEG"),
        ("The fridge held only milk.", "SAFE-NEG"),
        ("Ben keeps a pacing diary to manage his energy.", "PH"),
        ("Chloe (17) missed her anomaly scan.", "PH"),
        ("His liver tests are abnormal.", "PH"),
        ("Max (3) is not yet talking in sentences.", "EYD"),
        ("She has stopped taking Max to nursery.", "EYD"),
    ])
    func roundThirtyOnePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Her weight is back on her centile.", "PH"),
        // A reminder to take inhalers is the young carer's task, and the inhalers stay PH.
        ("Leah (12) reminds Pauline to take her inhalers.", "CARER"),
    ])
    func roundThirtyOneNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
