/// The difference column of the assessment-versus-closure table: the relative change of
/// the share of triages from assessment to closure.
///
/// The rule (taxonomy, "The assessment-versus-closure table"): the change is
/// (closure% − assessment%) / assessment%, rounded to a whole percent; where the two
/// percentages round to the same whole number, or the change rounds to 0%, it is
/// "No change". Where the assessment share is zero the change cannot be computed and the
/// difference says so.
///
/// ```swift
/// let d = Difference(assessment: (74, of: 132), closure: (53, of: 81))
/// d.sentence(for: .blue)    // "17% increase in self-help"
/// Difference(assessment: (113, of: 132), closure: (20, of: 81)).sentence(for: .yellow)
/// // "71% decrease in need at extra help level"
/// ```
public enum Difference: Sendable, Hashable {
    /// A change, with the exact relative change in percent and its whole-number rounding
    /// (never 0; negative for a decrease).
    case change(exact: Double, rounded: Int)
    /// The two percentages round to the same whole number, or the change rounds to 0%.
    /// `exact` is the relative change in percent where it can be computed.
    case noChange(exact: Double?)
    /// Nothing at assessment but some at closure: no relative change can be computed.
    case zeroAtAssessment
    /// A stage with no triages at all: no shares to compare.
    case noTriages(Stage)
    /// Withheld because a figure it derives from is suppressed.
    case withheld

    /// The difference between `assessment.count / assessment.total` and `closure.count / closure.total`.
    public init(assessment: (count: Int, of: Int), closure: (count: Int, of: Int)) {
        let (a, aTotal) = assessment
        let (c, cTotal) = closure
        guard aTotal > 0 else { self = .noTriages(.assessment); return }
        guard cTotal > 0 else { self = .noTriages(.closure); return }
        // Relative change in percent, as the exact fraction 100 (c·A − a·C) / (a·C).
        let numerator = 100 * (c * aTotal - a * cTotal)
        let denominator = a * cTotal
        if WholeNumber.percent(a, of: aTotal) == WholeNumber.percent(c, of: cTotal) {
            self = .noChange(exact: denominator > 0 ? Double(numerator) / Double(denominator) : nil)
            return
        }
        guard a > 0 else { self = .zeroAtAssessment; return }
        let rounded = WholeNumber.rounded(numerator, denominator)
        let exact = Double(numerator) / Double(denominator)
        self = rounded == 0 ? .noChange(exact: exact) : .change(exact: exact, rounded: rounded)
    }

    /// The exact relative change in percent, where there is one.
    public var exactPercent: Double? {
        switch self {
        case .change(let exact, _): exact
        case .noChange(let exact): exact
        case .zeroAtAssessment, .noTriages, .withheld: nil
        }
    }

    /// The difference as the level table words it:
    /// "17% increase in self-help", "No change in universal help",
    /// "71% decrease in need at extra help level".
    public func sentence(for level: Level) -> String {
        let area = (level == .blue || level == .green) ? level.meaning : "need at \(level.meaning) level"
        switch self {
        case .change(_, let rounded):
            return "\(abs(rounded))% \(rounded > 0 ? "increase" : "decrease") in \(area)"
        case .noChange:
            return "No change in \(area)"
        case .zeroAtAssessment, .noTriages, .withheld:
            return summary
        }
    }

    /// The difference on its own, as the issue table words it: "45% decrease", "No change".
    public var summary: String {
        switch self {
        case .change(_, let rounded): "\(abs(rounded))% \(rounded > 0 ? "increase" : "decrease")"
        case .noChange: "No change"
        case .zeroAtAssessment: "Not comparable: 0% at assessment"
        case .noTriages(let stage): "Not comparable: no \(stage.rawValue) triages"
        case .withheld: "Withheld (small numbers)"
        }
    }
}
