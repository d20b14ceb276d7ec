import Testing
@testable import TriageCore

struct EvaluationTests {
    @Test func scoresPerCodeAndOverall() {
        let coder = TestLexicon.coder
        let coded = [
            ("n1", coder.code("rent arrears", box: .yellow)),     // FIN TP
            ("n2", coder.code("debt and drugs", box: .orange)),   // FIN TP, SUB FP
            ("n3", coder.code("no debt", box: .green)),           // FIN FN (negated)
            ("n4", coder.code("nothing here", box: .blue)),
        ]
        let gold = [
            GoldCode(narrativeID: "n1", code: "FIN", level: .yellow),
            GoldCode(narrativeID: "n2", code: "FIN", level: .red),
            GoldCode(narrativeID: "n3", code: "FIN", level: .green),
        ]
        let evaluation = Evaluation(coded: coded, gold: gold, codes: ["FIN", "SUB"])
        let fin = evaluation.codes.first { $0.code == "FIN" }!
        #expect((fin.truePositives, fin.falsePositives, fin.falseNegatives, fin.trueNegatives) == (2, 0, 1, 1))
        #expect(abs(fin.recall - 2.0 / 3.0) < 1e-9)
        #expect(fin.precision == 1)
        // kappa: po = 3/4, pe = (2/4)(3/4) + (2/4)(1/4) = 0.5 → 0.5
        #expect(abs(fin.kappa - 0.5) < 1e-9)
        #expect(abs(evaluation.microPrecision - 2.0 / 3.0) < 1e-9)
        #expect(abs(evaluation.microRecall - 2.0 / 3.0) < 1e-9)
        #expect(evaluation.levelCompared == 2 && evaluation.levelMatches == 1)
        let fn = evaluation.disagreements.first { $0.kind == .falseNegative }
        #expect(fn?.narrativeID == "n3" && fn?.status == .negated && fn?.trigger == "no")
        #expect(evaluation.disagreements.contains { $0.kind == .falsePositive && $0.code == "SUB" && $0.term == "drugs" })
    }

    @Test func scoresEachTermAgainstTheGold() {
        let coder = TestLexicon.coder
        let coded = [
            ("n1", coder.code("rent arrears and drugs", box: .yellow)),   // FIN TP (rent arrears), SUB FP (drugs)
            ("n2", coder.code("drugs, drugs and debt", box: .orange)),    // SUB TP (drugs, once), FIN FP (debt)
            ("n3", coder.code("drugs again", box: .orange)),              // SUB FP (drugs)
            ("n4", coder.code("no debt", box: .green)),                   // negated: no term counted
        ]
        let gold = [
            GoldCode(narrativeID: "n1", code: "FIN", level: .yellow),
            GoldCode(narrativeID: "n2", code: "SUB", level: .orange),
        ]
        let evaluation = Evaluation(coded: coded, gold: gold, codes: ["FIN", "SUB"])
        let rows = evaluation.terms.map { "\($0.code) \($0.term) \($0.truePositives)/\($0.falsePositives)" }
        // Most false positives beyond true ones first; each term once per narrative.
        #expect(rows == ["SUB drugs 1/2", "FIN debt 0/1", "FIN rent arrears 1/0"])
        #expect(abs(evaluation.terms[0].precision - 1.0 / 3.0) < 1e-9)
    }
}
