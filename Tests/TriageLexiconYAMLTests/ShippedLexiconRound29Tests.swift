import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-nine (a seaside authority's mix, secondary-school pastoral notes, busy
    /// households of several ages): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Oliver makes the tea most nights when she can't get up.", "CARER"),
        ("Lily (14) sits with him after school while mum works.", "CARER"),
        ("Harvey has been checking she takes her medication.", "CARER"),
        ("Corey has been looking after his two younger sisters.", "CARER"),
        ("Ruby (10) helps her to the toilet after school.", "CARER"),
        ("Kian (15) changes his cylinders.", "CARER"),
        ("Sienna (17) left sixth form in March to help at home.", "CARER"),
        ("Josh is refusing to do anything Maureen asks.", "REL-PAR"),
        ("Dad told Alex he can't live under his roof.", "REL-PAR"),
        ("Dad now takes Finley's phone off him at 9pm.", "REL-PAR"),
        ("They are booked onto the autism parenting workshop.", "REL-PAR"),
        ("Freddie (7) is waking with nightmares.", "PH"),
        ("Police attended after he was found drunk and shouting in the high street.", "CRIME"),
        ("He was given a caution by police.", "CRIME"),
        ("Dad couldn't afford the uniform.", "FIN"),
        ("The family have fallen behind on gas and electric.", "FIN"),
        ("Alfie has a SALT programme delivered by his TA.", "EDU-SEND"),
        ("Parents use what they learnt at Relate.", "REL-CONF"),
        ("Kayden misses the bus on those mornings.", "EDU-ATT"),
        ("Tia is refusing to come to school.", "EDU-ATT"),
        ("Zofia (18) finished sixth form last summer and hasn't worked since.", "EDU-NEET"),
        ("Kacey (16) dropped her college course in October.", "EDU-NEET"),
        ("Ellie (17) hasn't been at college since Easter.", "EDU-NEET"),
        ("Tobi comes home in tears most days.", "MH-CHILD"),
        ("Charlie (10) hides under his bed when the doorbell goes.", "MH-CHILD"),
        ("Maisie (11) says she is scared he'll die while she's at school.", "MH-CHILD"),
        ("Jayden (2) hasn't taken up his funded place.", "EYD"),
        ("Gemma is eight weeks sober.", "SUB"),
        // A child who goes to the other parent's home is the one who is tearful.
        ("Max (11) says he doesn't want to go to his dad's and has been tearful at bedtime.", "MH-CHILD"),
    ])
    func roundTwentyNinePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Weaning going well.", "EYD"),
        ("Isla is registered with a GP and dentist.", "PH"),
        ("Logan smokes cannabis most weekends with older lads.", "SAFE-EXP"),
        ("The landlord has treated the mould.", "HOUS"),
        ("Grace self-harmed in Year 8 and was seen by CAMHS at the time.", "MH-CHILD"),
        ("School will offer young carer support if that changes.", "CARER"),
        ("Isla (2) had her 2 year review with the HV, all fine.", "EYD"),
        ("Ola has a slight lisp, SENCO not concerned.", "EDU-SEND"),
        ("Home conditions are now good.", "SAFE-NEG"),
        ("HV is happy with her weight.", "PH"),
        ("Rows still flare up over money.", "PH"),
        ("Tom had a drink problem in his twenties.", "SUB"),
        ("He was assessed for ADHD in 2022 and didn't meet the threshold.", "EDU-SEND"),
        ("She says she'd use Kooth if she started feeling low again.", "MH-CHILD"),
        ("The autism parenting workshop is booked.", "EDU-SEND"),
    ])
    func roundTwentyNineNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
