/// A two-class confusion matrix and the usual figures over it.
public struct BinaryScores: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func add(gold: Bool, predicted: Bool) {
        switch (gold, predicted) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    public var specificity: Double { Self.ratio(trueNegatives, trueNegatives + falsePositives) }
    public var accuracy: Double { Self.ratio(truePositives + trueNegatives, total) }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

/// Our context rules scored on a NegEx-style test set, kind by kind.
public struct ContextEvaluation: Sendable {
    /// A row the rules got wrong on some kind.
    public struct Miss: Sendable, Hashable {
        public var row: NegExRow
        public var kind: TriggerKind
        public var gold: Bool
        public var predicted: Bool
        /// The trigger that fired, for a false positive.
        public var trigger: String?
    }

    public var scored = 0
    /// Rows whose condition is not in the sentence text (not scored), by id.
    public var unlocated: [String] = []
    /// Positive class: Negated (versus Affirmed).
    public var negation = BinaryScores()
    /// Positive class: Historical (versus Recent), over rows not "Not particular".
    public var historical = BinaryScores()
    /// Positive class: "Not particular" (versus the rest): our hypothetical.
    public var hypothetical = BinaryScores()
    public var misses: [Miss] = []

    /// Judges every row with `coder`'s context rules.
    public init(rows: [NegExRow], coder: NarrativeCoder) {
        for row in rows {
            guard let span = row.conditionSpan, let judgement = coder.judge(row.sentence, span: span) else {
                unlocated.append(row.id)
                continue
            }
            scored += 1
            let negated = judgement.negation != nil
            negation.add(gold: row.negated, predicted: negated)
            if row.negated != negated {
                misses.append(Miss(row: row, kind: .negation, gold: row.negated, predicted: negated, trigger: judgement.negation?.text))
            }
            if row.temporality != .notParticular {
                let historicalGold = row.temporality == .historical
                let predicted = judgement.historical != nil
                historical.add(gold: historicalGold, predicted: predicted)
                if historicalGold != predicted {
                    misses.append(Miss(row: row, kind: .historical, gold: historicalGold, predicted: predicted, trigger: judgement.historical?.text))
                }
            }
            let hypotheticalGold = row.temporality == .notParticular
            let predictedHypothetical = judgement.hypothetical != nil
            hypothetical.add(gold: hypotheticalGold, predicted: predictedHypothetical)
            if hypotheticalGold != predictedHypothetical {
                misses.append(Miss(row: row, kind: .hypothetical, gold: hypotheticalGold, predicted: predictedHypothetical, trigger: judgement.hypothetical?.text))
            }
        }
    }
}
