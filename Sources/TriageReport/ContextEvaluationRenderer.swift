public import TriageCore
import Foundation

/// Renders a ``ContextEvaluation`` as a table or JSON.
public enum ContextEvaluationRenderer {
    static func f(_ x: Double) -> String { String(format: "%.3f", x) }

    public static func text(_ evaluation: ContextEvaluation, misses: Int = 20) -> String {
        var table = TextTable(
            headers: ["Kind (positive class)", "TP", "FP", "FN", "TN", "Accuracy", "Precision", "Recall", "Specificity", "F1"],
            alignments: [.left] + Array(repeating: .right, count: 9))
        for (name, s) in [("negated vs affirmed", evaluation.negation), ("historical vs recent", evaluation.historical),
                          ("hypothetical (not particular)", evaluation.hypothetical)] {
            table.add([name, "\(s.truePositives)", "\(s.falsePositives)", "\(s.falseNegatives)", "\(s.trueNegatives)",
                       f(s.accuracy), f(s.precision), f(s.recall), f(s.specificity), f(s.f1)])
        }
        var out = "Context rules on \(evaluation.scored) rows (\(evaluation.unlocated.count) not scored: condition not in the sentence)\n\n"
        out += table.render()
        for kind in TriggerKind.allCases {
            let list = evaluation.misses.filter { $0.kind == kind }
            guard !list.isEmpty, misses > 0 else { continue }
            out += "\n\(kind.rawValue) misses (\(list.count)\(list.count > misses ? ", first \(misses)" : "")):\n"
            for miss in list.prefix(misses) {
                let label = miss.predicted ? "FP" : "FN"
                out += "  \(label) #\(miss.row.id) [\(miss.row.condition)]\(miss.trigger.map { " by \"\($0)\"" } ?? ""): \(miss.row.sentence)\n"
            }
        }
        return out
    }

    static func scores(_ s: BinaryScores) -> [String: Any] {
        ["tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives, "tn": s.trueNegatives,
         "accuracy": s.accuracy, "precision": s.precision, "recall": s.recall, "specificity": s.specificity, "f1": s.f1]
    }

    public static func json(_ evaluation: ContextEvaluation) -> String {
        let errors: [[String: Any]] = evaluation.misses.map { miss in
            ["id": miss.row.id, "kind": miss.kind.rawValue, "condition": miss.row.condition, "sentence": miss.row.sentence,
             "gold": miss.gold, "predicted": miss.predicted, "trigger": miss.trigger ?? NSNull()]
        }
        return JSONText.render([
            "rows_scored": evaluation.scored, "rows_unlocated": evaluation.unlocated,
            "negation": scores(evaluation.negation), "historical": scores(evaluation.historical),
            "hypothetical": scores(evaluation.hypothetical), "errors": errors,
        ] as [String: Any])
    }
}
