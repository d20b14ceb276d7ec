import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-eight (a Midlands county's mix, terse case-system shorthand,
    /// closure-heavy notes): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Leanne goes to the Freedom group every Thursday.", "DA"),
        ("Police were called to a fight between Danielle and her new partner.", "DA"),
        ("Reece punches the walls when she says no.", "REL-PAR"),
        ("Dad struggles with routines and bedtime ends in shouting.", "REL-PAR"),
        ("They still owe rent from the old tenancy.", "FIN"),
        ("Money has been very tight since she stopped working.", "FIN"),
        ("She is waiting on her paperwork before she can claim benefits.", "FIN"),
        ("F stopped child maint in March.", "FIN"),
        ("Chloe (17) is not in school, work or training.", "EDU-NEET"),
        ("Liam (16) not in educ/training since the summer.", "EDU-NEET"),
        ("Bethany (17), out of work since she finished at college.", "EDU-NEET"),
        ("Jess and the baby are still in the box room.", "HOUS"),
        ("Housing moved Jess to band B after the HV's letter.", "HOUS"),
        ("Leo wakes at 4am most days.", "PH"),
        ("Alfie back on the 25th centile, HV weighing monthly.", "PH"),
        ("Poppy knows how to block and report.", "SAFE-EXP"),
        ("M checks her phone weekly.", "SAFE-EXP"),
        ("Liam owes a dealer £300.", "SAFE-EXP"),
        ("The children said there was no tea last night and nothing in the cupboards.", "SAFE-NEG"),
        ("Leo (4) speech coming on with nursery support.", "EYD"),
        ("School to track att (88%).", "EDU-ATT"),
        ("Callum (15) threw a brick through the neighbour's window.", "CRIME"),
        ("Mum and the children fled to a refuge and are in refuge now.", "HOUS"),
        // "few clear words" is no negation of the delay before it.
        ("HV check: speech behind, few clear words.", "EYD"),
    ])
    func roundTwentyEightPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Both children are registered with a dentist for routine check-ups.", "PH"),
        ("Paediatrician referral made for ASD assessment.", "PH"),
        ("She was known to MARAC in 2019.", "DA"),
        ("Her mum died from an overdose in 2022.", "MH-ADULT"),
        ("School will look at a part time timetable if his tiredness affects attendance.", "EDU-ATT"),
        ("Mason was arrested for shoplifting with two older boys.", "SAFE-EXP"),
        ("NFA re shoplifting 07/25.", "CRIME"),
        ("Hx depression 2019, well now.", "MH-ADULT"),
        ("Mould gone after HA works.", "HOUS"),
        ("M's PND screen neg.", "MH-ADULT"),
        ("Hearing test clear.", "PH"),
        ("M testing clear of cannabis since June.", "SUB"),
        ("School say PEX only if he brings a weapon in.", "CRIME"),
        ("The neighbour next door has been given an ASB warning.", "CRIME"),
        // A partner who checks her phone is not a parent's online-safety check.
        ("Dwayne pushed her into a door and checks her phone every night.", "SAFE-EXP"),
        // A woman tearful since the baby came is the mother.
        ("Leanne says she has felt flat and tearful since the baby came.", "MH-CHILD"),
    ])
    func roundTwentyEightNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
