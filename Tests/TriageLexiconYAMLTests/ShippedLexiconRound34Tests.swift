import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-four (front-door contacts, primary-school family support, older teenagers
    /// at home): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Mum told the DSL the gas card ran out and she is waiting on her UC payment.", "FIN"),
        ("The children have missed most of the last fortnight at school.", "EDU-ATT"),
        ("Isla (11) has not been in for three weeks.", "EDU-ATT"),
        ("Evie arrives about 20 minutes late most days.", "EDU-ATT"),
        ("Jordan has missed about a third of his college sessions this term.", "EDU-ATT"),
        ("Hamza (14) helps her in and out of bed and sorts her medication before school.", "CARER"),
        ("Leo tips chairs and storms out of class most weeks.", "EDU-EXC"),
        ("Ben (3) still will not use the potty.", "EYD"),
        ("Gemma admits she has given up on bedtimes.", "REL-PAR"),
        ("Rows between Kieran and his stepdad Wayne have escalated.", "REL-PAR"),
        ("Leah (16) was put out of the house by Mum after a row.", "REL-PAR"),
        ("Evie (7) comes home upset most days.", "MH-CHILD"),
        ("Kofi (17) was taken off his college course and spends his days at home.", "EDU-NEET"),
        ("After rows Alex has spent four nights on a friend's sofa.", "HOUS"),
    ])
    func roundThirtyFourPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Parents had worried about cannabis, but he says he stopped in the spring.", "SUB"),
        ("His drug screens have all been clear.", "SUB"),
        ("Dad was detained in hospital under the Mental Health Act.", "PH"),
        ("Her brother, who stays some weekends, smokes weed in his car.", "SUB"),
        ("Grandad, who calls in most days, has COPD.", "PH"),
        ("Mum will ring the exploitation team if any more gifts turn up.", "SAFE-EXP"),
        ("Lily has been clear of chest infections all winter.", "PH"),
        // A parent's help is not a young carer's, by the term's own route.
        ("Dad helps her in and out of bed.", "CARER"),
    ])
    func roundThirtyFourNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
