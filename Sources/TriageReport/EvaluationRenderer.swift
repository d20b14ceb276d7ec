public import TriageCore
import Foundation

/// Renders an ``Evaluation`` as a terminal table or as JSON.
public enum EvaluationRenderer {
    static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// The per-code table, the averages, the level accuracy and the disagreements.
    public static func text(_ evaluation: Evaluation, showErrors: Bool = true, termRows: Int = 0) -> String {
        var table = TextTable(
            headers: ["Code", "Support", "TP", "FP", "FN", "Precision", "Recall", "F1", "Kappa"],
            alignments: [.left] + Array(repeating: .right, count: 8))
        for score in evaluation.codes {
            table.add([
                score.code.rawValue, "\(score.support)", "\(score.truePositives)", "\(score.falsePositives)",
                "\(score.falseNegatives)", format(score.precision), format(score.recall), format(score.f1), format(score.kappa),
            ])
        }
        var out = "Evaluation over \(evaluation.narratives) narratives\n\n"
        out += table.render()
        out += "\n"
        out += "micro  precision \(format(evaluation.microPrecision))  recall \(format(evaluation.microRecall))  F1 \(format(evaluation.microF1))\n"
        out += "macro  F1 \(format(evaluation.macroF1))\n"
        out += "level accuracy \(format(evaluation.levelAccuracy)) (\(evaluation.levelMatches) of \(evaluation.levelCompared) codes found in both)\n"
        if termRows > 0 && !evaluation.terms.isEmpty {
            out += "\n" + termTable(evaluation, rows: termRows)
        }
        if showErrors && !evaluation.disagreements.isEmpty {
            out += "\nDisagreements (\(evaluation.disagreements.count)):\n"
            for item in evaluation.disagreements {
                out += "  " + describe(item) + "\n"
            }
        }
        return out
    }

    /// The terms with a present match, most false positives beyond true ones first: in how
    /// many narratives each matched with its code in the gold (TP) and without (FP).
    static func termTable(_ evaluation: Evaluation, rows: Int) -> String {
        var table = TextTable(headers: ["Code", "Term", "TP", "FP", "Precision"], alignments: [.left, .left, .right, .right, .right])
        for score in evaluation.terms.prefix(rows) {
            let term = score.term.count > 60 ? String(score.term.prefix(59)) + "…" : score.term
            table.add([score.code.rawValue, term, "\(score.truePositives)", "\(score.falsePositives)", format(score.precision)])
        }
        let shown = min(rows, evaluation.terms.count)
        return "Terms by false positives beyond true ones (\(shown) of \(evaluation.terms.count)):\n" + table.render()
    }

    static func describe(_ item: Evaluation.Disagreement) -> String {
        let id = item.narrativeID.padding(toLength: max(item.narrativeID.count, 16), withPad: " ", startingAt: 0)
        let code = item.code.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        switch item.kind {
        case .falsePositive:
            return "FP  \(id) \(code) matched \"\(item.text ?? "?")\" (term \(item.term ?? "?"))"
        case .falseNegative:
            if let status = item.status {
                return "FN  \(id) \(code) found \"\(item.text ?? "?")\" but \(status.rawValue)\(item.trigger.map { " by \"\($0)\"" } ?? "")"
            }
            return "FN  \(id) \(code) no term matched"
        case .levelMismatch:
            return "LVL \(id) \(code) level \(item.predictedLevel?.rawValue ?? "?"), gold \(item.goldLevel?.rawValue ?? "?")"
        }
    }

    /// JSON with keys `micro.{precision,recall,f1}`, `macro.f1`, `level_accuracy`,
    /// `codes.<CODE>.{precision,recall,f1,support,kappa,tp,fp,fn}`, `errors[]` and, with
    /// `terms`, `terms[]` (`code`, `term`, `tp`, `fp`, `precision`).
    public static func json(_ evaluation: Evaluation, terms withTerms: Bool = false) -> String {
        var codes: [String: Any] = [:]
        for score in evaluation.codes {
            codes[score.code.rawValue] = [
                "precision": score.precision, "recall": score.recall, "f1": score.f1, "support": score.support,
                "kappa": score.kappa, "tp": score.truePositives, "fp": score.falsePositives, "fn": score.falseNegatives,
            ] as [String: Any]
        }
        let errors: [[String: Any]] = evaluation.disagreements.map { item in
            var entry: [String: Any] = ["kind": item.kind.rawValue, "narrative_id": item.narrativeID, "code": item.code.rawValue]
            entry["term"] = item.term ?? NSNull()
            entry["text"] = item.text ?? NSNull()
            entry["status"] = item.status?.rawValue ?? NSNull()
            entry["trigger"] = item.trigger ?? NSNull()
            entry["predicted_level"] = item.predictedLevel?.rawValue ?? NSNull()
            entry["gold_level"] = item.goldLevel?.rawValue ?? NSNull()
            return entry
        }
        var object: [String: Any] = [
            "narratives": evaluation.narratives,
            "micro": ["precision": evaluation.microPrecision, "recall": evaluation.microRecall, "f1": evaluation.microF1],
            "macro": ["f1": evaluation.macroF1],
            "level_accuracy": evaluation.levelAccuracy,
            "codes": codes,
            "errors": errors,
        ]
        if withTerms {
            object["terms"] = evaluation.terms.map { score -> [String: Any] in
                ["code": score.code.rawValue, "term": score.term, "tp": score.truePositives, "fp": score.falsePositives,
                 "precision": score.precision]
            }
        }
        return JSONText.render(object)
    }
}

/// JSON text from property-list style values, keys sorted, pretty-printed.
public enum JSONText {
    public static func render(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
