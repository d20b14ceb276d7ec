import Testing
@testable import TriageCore

struct NegExEvaluationTests {
    static let file = """
        line number\tCondition\tsentence\tnegation_status\ttemporality\texperiencer
        1\tedema\tExtremities reveal no peripheral cyanosis or EDEMA.\tNegated\tRecent\tPatient
        2\tpneumonia\tFindings consistent with PNEUMONIA.\tAffirmed\tRecent\tPatient
        3\tdiabetes\tHistory of DIABETES.\tAffirmed\tHistorical\tPatient
        4\tfracture\tFRACTURE ruled out.\tNegated\tRecent\tPatient
        5\tcough\tCall if COUGH worsens.\tAffirmed\tNot particular\tPatient
        6\tmissing thing\tNot in this sentence.\tAffirmed\tRecent\tPatient
        7\tbroken
        """

    @Test func parsesRowsAndLocatesConditionsWhitespaceTolerantly() {
        let (rows, skipped) = NegExRow.parse(Self.file)
        #expect(rows.count == 6)
        #expect(skipped == [8])
        #expect(rows[0].conditionSpan == 45..<50)
        #expect(NegExRow(id: "x", condition: "wall  motion", sentence: "no WALL   MOTION change", negated: true,
                         temporality: .recent, experiencer: "Patient", line: 1).conditionSpan == 3..<16)
        #expect(rows[5].conditionSpan == nil)
    }

    @Test func scoresEachKindSeparately() throws {
        let (rows, _) = NegExRow.parse(Self.file)
        let lexicon = Lexicon(name: "t", version: "1", codes: [], context: ContextRules(
            triggers: [
                ContextTrigger(LocatedPhrase("no"), kind: .negation, direction: .forward),
                ContextTrigger(LocatedPhrase("ruled out"), kind: .negation, direction: .backward),
                ContextTrigger(LocatedPhrase("history of"), kind: .historical, direction: .forward),
                ContextTrigger(LocatedPhrase("if"), kind: .hypothetical, direction: .forward),
            ],
            terminators: [LocatedPhrase("consistent with")]))
        // A lexicon with no codes is still a valid context carrier for judging spans.
        let coder = NarrativeCoder(try CompiledLexicon(Lexicon(name: "t", version: "1",
            codes: [CodeDefinition(code: "X", name: "X", defaultLevel: .yellow, terms: [.phrase("zz")])], context: lexicon.context)))
        let evaluation = ContextEvaluation(rows: rows, coder: coder)
        #expect(evaluation.scored == 5)
        #expect(evaluation.unlocated == ["6"])
        #expect(evaluation.negation.truePositives == 2 && evaluation.negation.falsePositives == 0)
        #expect(evaluation.negation.trueNegatives == 3 && evaluation.negation.f1 == 1)
        #expect(evaluation.historical.truePositives == 1 && evaluation.historical.falsePositives == 0)
        #expect(evaluation.hypothetical.truePositives == 1)
        #expect(evaluation.misses.isEmpty)
    }
}
