import Testing
import TriageCore

/// A term that gives way on its own (`yields_to` on the term): a bare "rows" under parental
/// conflict is set aside when the narrative has a present parent-child mention, while the
/// code's other terms, and the same term without that code present, still count.
struct TermYieldTests {
    static let lexicon = Lexicon(
        name: "term-yields", version: "1",
        codes: [
            CodeDefinition(code: "REL-PAR", name: "Parenting", defaultLevel: .yellow,
                           terms: [.phrase("slams doors"), .phrase("parenting course")]),
            CodeDefinition(code: "REL-CONF", name: "Parental conflict", defaultLevel: .yellow,
                           terms: [Term(.phrase("rows"), yieldsTo: ["REL-PAR"]), .phrase("contact dispute")]),
        ],
        context: ContextRules(
            name: "t", version: "1",
            triggers: [ContextTrigger(LocatedPhrase("no"), kind: .negation, direction: .forward)],
            defaultScope: 5))

    static let coder: NarrativeCoder = {
        do { return NarrativeCoder(try CompiledLexicon(lexicon)) } catch { fatalError("test lexicon invalid: \(error)") }
    }()

    static func codes(_ text: String) -> [String] {
        coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
    }

    @Test func aBareTermGivesWayToTheCodeItYieldsToAnywhereInTheNarrative() {
        #expect(Self.codes("Rows every evening. Kai slams doors when told to come in.") == ["REL-PAR"])
        // Before or after it, in another sentence or the same one.
        #expect(Self.codes("Kai slams doors. Mum says the rows are less often now.") == ["REL-PAR"])
    }

    @Test func withoutThatCodeTheTermCounts() {
        #expect(Self.codes("Mum and Dad have rows every evening.") == ["REL-CONF"])
    }

    @Test func theCodesOtherTermsDoNotYield() {
        #expect(Self.codes("Contact dispute ongoing and rows at handover. Kai slams doors.") == ["REL-CONF", "REL-PAR"])
    }

    @Test func onlyAPresentMentionOfTheStrongerCodeSetsTheTermAside() {
        // "no … slams doors" is negated: the rows stay the parents'.
        #expect(Self.codes("Rows most nights between the adults; no slams doors.") == ["REL-CONF"])
    }

    @Test func theSetAsideMentionIsExplained() throws {
        let coded = Self.coder.code("Rows every evening and she slams doors.")
        let aside = try #require(coded.excluded.first { $0.code == "REL-CONF" })
        #expect(aside.text == "Rows")
        #expect(aside.phrase == "'rows' yields to REL-PAR in the narrative")
    }

    @Test func aTermYieldingToAnUnknownCodeOrItsOwnIsALexiconError() {
        for target: Code in ["REL-XX", "REL-CONF"] {
            var lexicon = Self.lexicon
            lexicon.codes[1].terms[0].yieldsTo = [target]
            #expect(throws: LexiconError.self) { _ = try CompiledLexicon(lexicon) }
        }
    }
}
