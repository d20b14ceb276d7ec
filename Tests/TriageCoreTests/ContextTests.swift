import Testing
@testable import TriageCore

struct ContextTests {
    func status(_ code: Code, _ text: String) -> MentionStatus? { TestLexicon.status(code, in: text) }

    @Test func negationDoesNotReachPastATerminator() {
        let coded = TestLexicon.coder.code("no concerns about attendance but he was excluded twice")
        #expect(coded.issue("EDU-ATT")?.status == .negated)
        #expect(coded.issue("EDU-ATT")?.mentions.first?.trigger?.phrase == "no concerns about")
        #expect(coded.issue("EDU-EXC")?.status == .present)
    }

    @Test(arguments: [
        ("No concerns re housing. Rent arrears of £900", "FIN", MentionStatus.present),
        ("No concerns re housing; rent arrears", "FIN", .present),
        ("No concerns re housing – rent arrears", "FIN", .present),
        ("no concerns re housing, however rent arrears", "FIN", .present),
        ("No concerns re housing or rent arrears", "FIN", .negated),
    ])
    func scopeEndsAtBoundariesAndTerminators(text: String, code: String, expected: MentionStatus) {
        #expect(status(Code(code), text) == expected)
    }

    @Test func aForwardTerminatorEndsOnlyScopesThatLookForward() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.context.forwardTerminators = [LocatedPhrase("and he")]
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        // "if …, and he …": a new clause with its own subject is not in the condition.
        #expect(coder.code("he stays home if mum is ill, and he is truanting").issue("EDU-ATT")?.status == .present)
        #expect(TestLexicon.coder.code("he stays home if mum is ill, and he is truanting").issue("EDU-ATT")?.status == .hypothetical)
        // A trigger after it that looks back still reaches across it.
        #expect(coder.code("rent arrears and he has cleared").issue("FIN")?.status == .historical)
        // Without one, nothing changes.
        #expect(coder.code("if he is truanting").issue("EDU-ATT")?.status == .hypothetical)
    }

    @Test func scopeIsLimitedInWords() {
        #expect(status("FIN", "No one two three four five rent arrears") == .negated)
        #expect(status("FIN", "No one two three four five six seven rent arrears") == .present)
        #expect(status("FIN", "Denies one two three four five six debt") == .negated)
    }

    @Test func aConditionOpeningASentenceReachesTheRestOfItsClause() {
        // "if" reaches 8 words; opening the sentence it governs the whole main clause.
        #expect(status("FIN", "If one two three four five six seven eight nine they will have debt") == .hypothetical)
        #expect(status("FIN", "They said if one two three four five six seven eight nine there is debt") == .present)
        // Not past a clause boundary or a terminator.
        #expect(status("FIN", "If one two three four five six seven eight nine; rent arrears") == .present)
        #expect(status("FIN", "If one two three four five six seven eight nine but rent arrears") == .present)
    }

    @Test func aTermContainingATriggerWordIsNotNegatedByIt() {
        #expect(status("EDU-NEET", "Connor is not in education employment or training") == .present)
    }

    @Test func aTermThatStatesAnAbsenceIsNotDeniedByAnEarlierAbsence() {
        // A determiner "no", or a bare negative word a comma before, lists another absence.
        #expect(status("EDU-NEET", "No job and not in education employment or training") == .present)
        #expect(status("EDU-NEET", "Is not working, not in education employment or training") == .present)
        // A real denial still reaches it, and "no" still negates terms that state no absence.
        #expect(status("EDU-NEET", "He denies he is not in education employment or training") == .negated)
        #expect(status("FIN", "No job and no debt") == .negated)
    }

    @Test func aCommaClosesTheParticipleABareNotNegates() {
        // "not admitted," negates the admission; what follows the comma is said as present.
        #expect(status("FIN", "Seen by police, not arrested, rent arrears of £400") == .present)
        // Any other word after "not" keeps its list going across the comma.
        #expect(status("FIN", "not paying, rent arrears") == .negated)
        #expect(status("FIN", "not arrested or rent arrears") == .negated)
    }

    @Test func pseudoTriggersAreNotTriggers() {
        #expect(status("FIN", "not only rent arrears but debt") == .present)
        #expect(status("FIN", "no change in the rent arrears") == .present)
    }

    /// "she is not coping" finds the trigger "is not" first; the pseudo-trigger "not coping"
    /// starts inside it and runs past it, and wins: what she feels is no negation.
    @Test func aPseudoTriggerOverlappingATriggerCancelsIt() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.context.triggers.append(ContextTrigger(LocatedPhrase("is not"), kind: .negation, direction: .forward))
        lexicon.context.pseudoTriggers.append(LocatedPhrase("not coping"))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("she is not coping with the rent arrears").issue("FIN")?.status == .present)
        #expect(coder.code("she is not in rent arrears").issue("FIN")?.status == .negated)
    }

    /// "stopped" ends what comes before it ("bedwetting stopped") and after it ("stopped
    /// drinking"): a phrase listed in both directions, or as two kinds, is every listing.
    @Test func aPhraseListedTwiceActsInEveryListing() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.context.triggers += [
            ContextTrigger(LocatedPhrase("stopped"), kind: .historical, direction: .forward, scope: 3),
            ContextTrigger(LocatedPhrase("stopped"), kind: .historical, direction: .backward, scope: 4),
            ContextTrigger(LocatedPhrase("ruled out"), kind: .hypothetical, direction: .forward),
            ContextTrigger(LocatedPhrase("ruled out"), kind: .negation, direction: .backward),
        ]
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("He stopped truanting in May").issue("EDU-ATT")?.status == .historical)
        #expect(coder.code("Truanting stopped in May").issue("EDU-ATT")?.status == .historical)
        #expect(coder.code("Drugs ruled out").issue("SUB")?.status == .negated)
        #expect(coder.code("Ruled out drugs").issue("SUB")?.status == .hypothetical)
        // Before, only the first listing counted: the backward one was never applied.
        #expect(coder.code("Truanting stopped in May. Rent arrears").issue("FIN")?.status == .present)
    }

    @Test func backwardTriggersAndLabelValueShapes() {
        #expect(status("DA", "DA: none known") == .negated)
        #expect(status("SUB", "Alcohol: nil") == .negated)
        #expect(status("HOUS", "Housing: no concerns") == .negated)
        #expect(status("HOUS", "Housing – no concerns") == .negated)
        #expect(status("FIN", "Housing: no concerns, rent arrears building") == .negated)
        #expect(status("FIN", "Housing: fine. Rent arrears: none known") == .negated)
    }

    @Test func aLabelOnlyTriggerNegatesOnlyAsTheWholeValueOfALabel() {
        #expect(status("DA", "DA: N") == .negated)
        #expect(status("DA", "DA: N – nothing disclosed") == .negated)
        // A question mark ends a label as a colon does.
        #expect(status("DA", "Any DA? N") == .negated)
        #expect(status("DA", "Any DA? No.") == .negated)
        // Not as part of a longer value, and nowhere but after a label.
        #expect(status("DA", "DA: N reported it") == .present)
        #expect(status("DA", "Child N disclosed DA") == .present)
        #expect(status("DA", "Any DA? Yes, last week") == .present)
    }

    @Test func aLabelTakesTheWordOfItsValueNamingTheSameCode() {
        #expect(status("DA", "DA: Mum denies DA") == .negated)
        #expect(status("FIN", "Debt: mum says there is no debt") == .negated)
        // Not when the value names the code as present, or names it only in a later clause.
        #expect(status("DA", "DA: Mum reports DA") == .present)
        #expect(status("DA", "DA: Mum reports it; no DA since") == .present)
    }

    @Test func aNegationOpeningTheBoxReachesAcrossItsSeparator() {
        #expect(status("FIN", "N/A – rent arrears paid off one two three four five six seven eight") == .negated)
        #expect(status("FIN", "Nil: debt discussed, nothing owed") == .negated)
        // Only at the start of a sentence, and only up to the next clause boundary.
        #expect(status("FIN", "Housing N/A – rent arrears") == .present)
        #expect(status("FIN", "N/A – housing fine; rent arrears") == .present)
    }

    @Test func historicalAndHypothetical() {
        #expect(status("DA", "previous DV with ex-partner in 2016") == .historical)
        #expect(status("FIN", "the rent arrears were cleared in 2019") == .historical)
        #expect(status("FIN", "if the arrears grow she will ask for help") == .hypothetical)
        #expect(status("FIN", "if money is tight. Rent arrears now") == .present)
    }

    @Test func negationBeatsOtherKindsAndPresentBeatsAll() {
        #expect(status("DA", "no previous DV") == .negated)
        // One present mention makes the code present.
        let coded = TestLexicon.coder.code("No debt last year. Debt now £400")
        #expect(coded.issue("FIN")?.status == .present)
        #expect(coded.issue("FIN")?.mentions.map(\.status) == [.negated, .present])
    }
}
