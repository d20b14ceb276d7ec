import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-seven (a northern city's mix, families with under-fives, a front door's
    /// contacts): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Dean was arrested and bailed with a condition not to contact Jodie.", "DA"),
        ("Ella's MS treatment changed in October.", "PH"),
        ("Theo sleeps 3 to 4 hours a night.", "PH"),
        ("Parents have chosen not to vaccinate Evie (18 months).", "PH"),
        ("Stacey has missed Kian's hearing screen.", "PH"),
        ("Lorraine now has a PA for personal care three mornings a week.", "PH"),
        ("Alfie (9) doesn't sleep till 2am.", "PH"),
        ("Amira now does most of her own injections.", "PH"),
        ("Kayden (6) is up until midnight most nights.", "PH"),
        ("Neighbours called police over a shouting match between Gary and Kerry.", "REL-CONF"),
        ("The housing association still has not treated the damp.", "HOUS"),
        ("He is worried about losing the tenancy.", "HOUS"),
        ("Lily (10) gives Harvey (14 months) his breakfast before school.", "CARER"),
        ("Mum keeps her off to mind the baby.", "CARER"),
        ("Summer (12) checks he's had his tablets every evening.", "CARER"),
        ("Toby (11) has missed days staying at home to look after her.", "CARER"),
        ("Amber (14) helps her wash and dress every morning.", "CARER"),
        ("Ruby (4) still has an accident at nursery about once a week.", "EYD"),
        ("Oscar (2) has global developmental delay.", "EYD"),
        ("Kian (12) was excluded for assaulting a teacher.", "CRIME"),
        ("Officers found crack cocaine wraps in his pocket.", "CRIME"),
        ("Reintegration panel in May to consider a new school.", "EDU-EXC"),
        ("Jayden (14) attends school three days a week.", "EDU-ATT"),
        ("An older lad online has been sending her explicit pics.", "SAFE-EXP"),
        ("A man in his thirties she met on Snapchat asked her to meet him.", "SAFE-EXP"),
        ("Bethany says she feels lonely and low.", "MH-ADULT"),
        ("Tracy says she has no control over Reece and he's coming in after midnight.", "REL-PAR"),
    ])
    func roundTwentySevenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // A relapse of MS is no relapse into drink or drugs.
        ("Agnieszka's MS has relapsed.", "SUB"),
        // A school-age child's global developmental delay is SEND, not early years.
        ("Jack (7) has global developmental delay.", "EYD"),
        ("A GamCare counsellor is seeing him.", "MH-ADULT"),
        ("Sam has gone back to work on reduced hours.", "FIN"),
        ("Amelia (3) was collected late three times.", "EDU-ATT"),
        ("School have no worries about hunger.", "SAFE-NEG"),
        ("Arrears cleared with a DHP in March.", "FIN"),
        ("Hannah has completed CBT and feels calmer.", "MH-ADULT"),
        ("Her heart surgery went well last year.", "PH"),
        // Outside the household: a relative who lives across town, a grandparent streets away.
        ("Callum (17) lives with his own dad across town and was arrested in October.", "CRIME"),
        ("Leanne's dad has dementia and lives two streets away.", "PH"),
        // A woman who tells the midwife of her thoughts is an adult.
        ("Rebecca told the midwife she has had thoughts of not wanting to be here.", "MH-CHILD"),
    ])
    func roundTwentySevenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
