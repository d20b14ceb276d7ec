import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-five (a shire county's everyday mix, neglect and home conditions,
    /// parents' relationships): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Josh (11) says he is tired of carrying messages between his parents.", "REL-CONF"),
        ("Since the split the parents run each other down in front of the girls.", "REL-CONF"),
        ("His parents live apart and cannot agree which secondary school he should go to.", "REL-CONF"),
        ("Her parents keep fighting over her at every handover.", "REL-CONF"),
        ("Housing have agreed a management move.", "HOUS"),
        ("Four children share one bedroom in the flat.", "HOUS"),
        ("He was bailed with conditions; bail conditions not to return home until court.", "DA"),
        ("Dad does most of her personal care since the stroke.", "PH"),
        ("Rosie (6) has never seen a dentist.", "PH"),
        ("Ollie (7) is often still awake at 11pm.", "PH"),
        ("Amy (13) makes sure her dad takes his tablets every morning.", "CARER"),
        ("The children were seen in the park after dark with no adult around.", "SAFE-NEG"),
        ("Mum was too drunk to collect the children from school.", "SAFE-NEG"),
        ("Kai (8) has been coming in wearing shoes that are two sizes too small.", "SAFE-NEG"),
        ("Lily (6) told staff she had not eaten since breakfast the day before.", "SAFE-NEG"),
        ("Mum has been making the formula last by adding extra water.", "FIN"),
        ("The UC advance is being taken back out of each payment.", "FIN"),
        ("Dad's partner is known to drink heavily.", "SUB"),
        ("Tom (17) has not worked or been in college since he left school.", "EDU-NEET"),
        ("Mia (15) stayed out overnight and was found at a friend's.", "SAFE-EXP"),
        ("Neighbours report the boys throwing stones at cars.", "CRIME"),
        ("Police were called for Jayden (13) smashing the kitchen door.", "CRIME"),
        ("Police were called after Reece (14) started kicking and threatening his mum.", "REL-PAR"),
        ("Noah (12) is presenting with emotionally based school avoidance.", "MH-CHILD"),
        ("Ava (3) does not speak at all at nursery.", "EYD"),
    ])
    func roundTwentyFivePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // A child's threat to a parent is the parent-child relationship, not domestic abuse.
        ("Police were called after Reece (14) started kicking and threatening his mum.", "DA"),
        // …but a child who tells of one parent hurting the other is no child-to-parent violence.
        ("Mia (8) told her teacher that Dad had pushed Mum into the door.", "REL-PAR"),
        // A place at the PRU or in alternative provision alone is not an exclusion.
        ("Ben is at the PRU three mornings a week.", "EDU-EXC"),
        ("Connor is at the alternative provision full time now.", "EDU-EXC"),
        // Shoes too small are no overcrowding; a cannabis smell on a coat is no hygiene concern.
        ("His school shoes are two sizes too small.", "HOUS"),
        ("Staff notice a cannabis smell on her coat.", "SAFE-NEG"),
        ("The home was cluttered but clean and the fridge well stocked.", "SAFE-NEG"),
        ("Ethan has left the young carers group now that dad is well.", "CARER"),
        ("Mum does Poppy's night feeds.", "CARER"),
        ("Mum has been in hospital with a psychotic episode.", "PH"),
        ("Alfie's 2-year review has been done.", "EYD"),
        ("Dad was arrested and released on bail conditions not to return home.", "CRIME"),
        ("Alfie's mate's brother deals weed.", "SUB"),
        // An ended abusive relationship with no contact since.
        ("She left a violent relationship in 2018 and has had no contact with that ex since.", "DA"),
        ("DV from her ex in 2019 and she has had no contact since.", "DA"),
    ])
    func roundTwentyFiveNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
