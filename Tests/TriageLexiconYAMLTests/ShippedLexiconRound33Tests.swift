import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-three (hurried metropolitan notes, children with disabilities and complex
    /// health needs, step-down and closure reviews): phrasings the default lexicon now codes as
    /// present.
    @Test(arguments: [
        ("Lily told her teacher she worries about mum all the time.", "MH-CHILD"),
        ("Kids not on a school roll here yet.", "EDU-ATT"),
        ("The children have missed 6 wks since the move.", "EDU-ATT"),
        ("Ava missed her 9-12m review.", "EYD"),
        ("Kasia (15) is minding her brothers after school most days.", "CARER"),
        ("Connor (17) rows with dad every day about it.", "REL-PAR"),
        // Trauma treatment is an adult's unless a child is named.
        ("Amina is on the waiting list for trauma therapy.", "MH-ADULT"),
        ("Jayden (9) is on the waiting list for trauma therapy.", "MH-CHILD"),
        // "and he has …" opens a new clause: the hypothetical before it ends there.
        ("He sleeps in her room so he can wake mum if she fits, and he has been late 11 times this term.", "EDU-ATT"),
    ])
    func roundThirtyThreePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // Someone who lives in a named place, or is said to be out of the household, is not coded.
        ("Jade's mum lives in Brackenholt and drinks heavily.", "SUB"),
        ("Grace's dad drinks heavily but lives in Spain.", "SUB"),
        ("Dean drinks heavily but is not in the household.", "SUB"),
        ("Mum Leanne is back at her parents, she has bipolar.", "MH-ADULT"),
        ("Teenagers from next door have been throwing stones at the windows.", "CRIME"),
        ("Trauma therapy is not needed.", "MH-ADULT"),
        ("Catalogue debts written off under a DRO so nothing owing now.", "FIN"),
        ("The rent arrears were cleared with a discretionary housing payment.", "FIN"),
        ("The managed move is no longer being talked about.", "EDU-EXC"),
        ("Mum minds her sister's children on Sundays.", "CARER"),
    ])
    func roundThirtyThreeNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test func theFamilysOwnTownIsNoOneElsewhere() throws {
        let coder = try Self.defaultCoder.get()
        #expect(coder.code("The family lives in Westmarsh and mum drinks heavily.").issue("SUB")?.status == .present)
        #expect(coder.code("Isla has Down syndrome and had her heart defect repaired as a baby.").issue("PH")?.status == .present)
    }
}
