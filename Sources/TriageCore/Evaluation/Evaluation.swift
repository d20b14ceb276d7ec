/// How a lexicon's present codes compare with a gold standard, per code and overall.
public struct Evaluation: Sendable {
    /// Agreement on one code across all narratives (present / absent per narrative).
    public struct CodeScore: Sendable, Hashable {
        public var code: Code
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var trueNegatives = 0

        /// Gold narratives with the code.
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double { Evaluation.ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { Evaluation.ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { Evaluation.f1(precision: precision, recall: recall, tp: truePositives, fp: falsePositives, fn: falseNegatives) }

        /// Cohen's kappa for present/absent over all narratives.
        public var kappa: Double {
            let n = Double(truePositives + falsePositives + falseNegatives + trueNegatives)
            guard n > 0 else { return 1 }
            let observed = Double(truePositives + trueNegatives) / n
            let predictedYes = Double(truePositives + falsePositives) / n
            let goldYes = Double(truePositives + falseNegatives) / n
            let expected = predictedYes * goldYes + (1 - predictedYes) * (1 - goldYes)
            if expected >= 1 { return observed >= 1 ? 1 : 0 }
            return (observed - expected) / (1 - expected)
        }
    }

    /// A disagreement a lexicon maintainer can act on.
    public struct Disagreement: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case falsePositive = "false_positive"
            case falseNegative = "false_negative"
            case levelMismatch = "level_mismatch"
        }

        public var kind: Kind
        public var narrativeID: String
        public var code: Code
        /// The term that matched (for a false negative: the term found but set aside, if any).
        public var term: String?
        /// The matched text as written.
        public var text: String?
        /// For a false negative found but set aside: its status and the trigger.
        public var status: MentionStatus?
        public var trigger: String?
        public var predictedLevel: Level?
        public var goldLevel: Level?
    }

    /// How one term did: the narratives where it was a present match of its code, split by
    /// whether the gold has that code there. A term with many more false than true hits is a
    /// lexicon maintainer's first suspect.
    public struct TermScore: Sendable, Hashable {
        public var code: Code
        public var term: String
        public var truePositives = 0
        public var falsePositives = 0
        public var precision: Double { Evaluation.ratio(truePositives, truePositives + falsePositives) }
    }

    public var narratives: Int
    public var codes: [CodeScore]
    /// Every term with a present match, most false positives beyond true ones first.
    public var terms: [TermScore]
    public var disagreements: [Disagreement]
    /// Codes found in both gold and prediction whose levels agree.
    public var levelMatches: Int
    /// Codes found in both gold and prediction with a gold level.
    public var levelCompared: Int

    public var microPrecision: Double {
        Self.ratio(codes.map(\.truePositives).reduce(0, +), codes.map { $0.truePositives + $0.falsePositives }.reduce(0, +))
    }
    public var microRecall: Double {
        Self.ratio(codes.map(\.truePositives).reduce(0, +), codes.map(\.support).reduce(0, +))
    }
    public var microF1: Double {
        let tp = codes.map(\.truePositives).reduce(0, +)
        let fp = codes.map(\.falsePositives).reduce(0, +)
        let fn = codes.map(\.falseNegatives).reduce(0, +)
        return Self.f1(precision: microPrecision, recall: microRecall, tp: tp, fp: fp, fn: fn)
    }
    /// The mean F1 over codes that occur in the gold standard or the predictions.
    public var macroF1: Double {
        let scored = codes.filter { $0.support > 0 || $0.falsePositives > 0 }
        guard !scored.isEmpty else { return 1 }
        return scored.map(\.f1).reduce(0, +) / Double(scored.count)
    }
    public var levelAccuracy: Double { levelCompared == 0 ? 1 : Double(levelMatches) / Double(levelCompared) }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    static func f1(precision: Double, recall: Double, tp: Int, fp: Int, fn: Int) -> Double {
        if tp == 0 { return (fp == 0 && fn == 0) ? 1 : 0 }
        return 2 * precision * recall / (precision + recall)
    }

    /// Compares coded narratives with gold rows.
    /// - Parameters:
    ///   - coded: every narrative of the input with what the coder found, in input order.
    ///   - gold: the gold rows; narratives without rows have no present codes.
    ///   - codes: the code set to score (gold codes not in it are added).
    public init(coded: [(id: String, narrative: CodedNarrative)], gold: [GoldCode], codes codeSet: [Code]) {
        var goldByNarrative: [String: [Code: Level?]] = [:]
        for row in gold { goldByNarrative[row.narrativeID, default: [:]][row.code] = row.level }
        var allCodes = codeSet
        for code in Set(gold.map(\.code)).subtracting(codeSet).sorted() { allCodes.append(code) }
        var scores = Dictionary(uniqueKeysWithValues: allCodes.map { ($0, CodeScore(code: $0)) })
        var disagreements: [Disagreement] = []
        var levelMatches = 0, levelCompared = 0
        var termScores: [String: TermScore] = [:]

        for (id, narrative) in coded {
            let expected = goldByNarrative[id] ?? [:]
            let present = Dictionary(narrative.presentIssues.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            // Each term once per narrative and code, counted against the gold.
            for issue in narrative.presentIssues {
                let inGold = expected.keys.contains(issue.code)
                var seen: Set<String> = []
                for mention in issue.mentions where mention.status == .present && seen.insert(mention.term).inserted {
                    let key = issue.code.rawValue + "\u{1F}" + mention.term
                    var score = termScores[key] ?? TermScore(code: issue.code, term: mention.term)
                    if inGold { score.truePositives += 1 } else { score.falsePositives += 1 }
                    termScores[key] = score
                }
            }
            for code in allCodes {
                let inGold = expected.keys.contains(code)
                let issue = present[code]
                switch (issue != nil, inGold) {
                case (true, true):
                    scores[code]!.truePositives += 1
                    if let goldLevel = expected[code] ?? nil, let issue {
                        levelCompared += 1
                        if issue.level == goldLevel {
                            levelMatches += 1
                        } else {
                            disagreements.append(Disagreement(
                                kind: .levelMismatch, narrativeID: id, code: code, term: issue.primaryMention?.term,
                                text: issue.primaryMention?.text, predictedLevel: issue.level, goldLevel: goldLevel))
                        }
                    }
                case (true, false):
                    scores[code]!.falsePositives += 1
                    let mention = issue?.primaryMention
                    disagreements.append(Disagreement(
                        kind: .falsePositive, narrativeID: id, code: code, term: mention?.term, text: mention?.text,
                        predictedLevel: issue?.level))
                case (false, true):
                    scores[code]!.falseNegatives += 1
                    let setAside = narrative.issue(code)
                    let mention = setAside?.primaryMention
                    disagreements.append(Disagreement(
                        kind: .falseNegative, narrativeID: id, code: code, term: mention?.term, text: mention?.text,
                        status: setAside?.status, trigger: mention?.trigger?.text, goldLevel: expected[code] ?? nil))
                case (false, false):
                    scores[code]!.trueNegatives += 1
                }
            }
        }
        self.narratives = coded.count
        self.codes = allCodes.map { scores[$0]! }
        self.terms = termScores.values.sorted {
            let a = $0.falsePositives - $0.truePositives, b = $1.falsePositives - $1.truePositives
            if a != b { return a > b }
            if $0.falsePositives != $1.falsePositives { return $0.falsePositives > $1.falsePositives }
            return ($0.code.rawValue, $0.term) < ($1.code.rawValue, $1.term)
        }
        self.disagreements = disagreements
        self.levelMatches = levelMatches
        self.levelCompared = levelCompared
    }
}
