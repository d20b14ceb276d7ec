import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round nineteen (housing and homelessness, disabled children, hurried notes):
    /// phrasings the default lexicon now codes as present, and some that are not needs.
    @Test(arguments: [
        ("The family are now in a 2-bed TA flat in Kilnworth.", "HOUS"),
        ("kerry & kids moved into temp accom in march, still waiting for a perm offer.", "HOUS"),
        ("Khadija (11) shares a bed with two of her sisters.", "HOUS"),
        ("OT has assessed the flat as unsuitable and they are in Band A for a medical move.", "HOUS"),
        ("Karim (13) has been missing from school for 8 days since the lock-out.", "EDU-ATT"),
        ("Baby Zofia (9 months) missed her 9-month review because the letters went to the old address.", "EYD"),
        ("Rio has not had his 2-year check and isn't in nursery.", "EYD"),
        ("Kian (17) has done nothing since leaving sixth form at Easter.", "EDU-NEET"),
        ("Amir (17) has Duchenne muscular dystrophy and uses a powered chair.", "PH"),
        ("Chioma (14) helps her dad change his stoma bag on weekdays.", "PH"),
        ("Yasmin (13) helps turn Amir, who can no longer stand, in the night.", "PH"),
        ("He has been head-banging and pulling Tracy's hair.", "REL-PAR"),
        ("Ellis has no set mealtimes or bath routine.", "REL-PAR"),
        ("shelley doing the parenting grp, says home calmer but still flashpoints at bedtime", "REL-PAR"),
        ("Bailey told his TA the electric ran out at the weekend.", "FIN"),
        ("ola says shes not depressed just worried sick about money", "FIN"),
        ("freya told me a group of girls keep sending her nasty msgs on snapchat", "SAFE-EXP"),
        ("Debbie says local dealers had taken over her home.", "SAFE-EXP"),
    ])
    func roundNineteenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("shelley says no money worries, bills paid, plenty of food in", "FIN"),
        ("Kwame and Esi miss the start of the day as the 7.10 train is so overcrowded.", "HOUS"),
        ("Sue does the school run except when she is on lates.", "EDU-ATT"),
        ("She goes to the Hallbrook autism parents' coffee group on Wednesdays.", "EDU-SEND"),
        ("Lewis hasn't had trouble with his back since going back to work in April.", "FIN"),
        ("The housing officer has given the neighbour an ASB warning.", "CRIME"),
        ("Rayan's eczema has cleared up since the damp was dealt with.", "HOUS"),
        ("house cleared, kitchen working again, possession notice withdrawn.", "HOUS"),
        ("Becky finished her Talking Therapies sessions in November and says the worrying has settled.", "MH-ADULT"),
        ("HV will refer Precious back to the perinatal team should her mood dip again.", "MH-ADULT"),
        ("Should her hearing test in May show a problem, audiology will follow it up.", "PH"),
        ("Zara says she is fine; the school counsellor has no worries.", "MH-CHILD"),
        ("Steve and Jack moved here from temporary accommodation in 2023.", "HOUS"),
    ])
    func roundNineteenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// "says no" negates what follows unless a refusal is meant ("when I say no he kicks").
    @Test func saysNoNegatesUnlessItIsARefusal() throws {
        let coder = try Self.defaultCoder.get()
        #expect(coder.code("Shelley says no money worries.").issue(Code("FIN"))?.status == .negated)
        #expect(coder.code("When Mum says no he kicks the doors and breaks things.").presentIssues.contains { $0.code == Code("REL-PAR") })
    }
}
