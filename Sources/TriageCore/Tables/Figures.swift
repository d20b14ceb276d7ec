/// A count as published: the number, or "<N" where statistical disclosure control hides
/// a small count.
public enum Count: Sendable, Hashable, CustomStringConvertible {
    case value(Int)
    /// A count from 1 to `threshold − 1`, shown as "<threshold".
    case suppressed(threshold: Int)

    /// The number, or nil when suppressed.
    public var value: Int? {
        if case .value(let n) = self { return n }
        return nil
    }

    /// True when the count is hidden.
    public var isSuppressed: Bool { value == nil }

    /// "74", or "<5" when suppressed.
    public var description: String {
        switch self {
        case .value(let n): "\(n)"
        case .suppressed(let threshold): "<\(threshold)"
        }
    }
}

/// A share of triages as published.
public enum Share: Sendable, Hashable {
    /// The exact percentage (0–100) and its whole-number rounding.
    case percent(exact: Double, whole: Int)
    /// Derived from a suppressed count, so not shown.
    case withheld
    /// No triages to take a share of.
    case undefined

    /// The exact percentage, or nil when withheld or undefined.
    public var exact: Double? {
        if case .percent(let exact, _) = self { return exact }
        return nil
    }

    /// "56%", "–" when undefined, "*" when withheld.
    public var wholeText: String {
        switch self {
        case .percent(_, let whole): "\(whole)%"
        case .withheld: "*"
        case .undefined: "–"
        }
    }
}

/// A count of triages at one stage and its share of the triages completed at that stage.
public struct StageFigure: Sendable, Hashable {
    /// Triages with the issue at this stage.
    public var count: Count
    /// Their percentage of the triages completed at this stage.
    public var share: Share

    public init(count: Count, share: Share) {
        self.count = count
        self.share = share
    }
}

/// Statistical disclosure control for publication: counts from 1 to `threshold − 1`
/// are shown as "<threshold" and the percentages and differences derived from them are
/// withheld, as official statistics do. Zero is shown.
public struct Suppression: Sendable, Hashable {
    /// The smallest count shown; nil shows every count.
    public var threshold: Int?

    /// Hides counts from 1 to `threshold − 1`; nil, 0 or 1 hides nothing.
    public init(threshold: Int?) {
        self.threshold = threshold.flatMap { $0 > 1 ? $0 : nil }
    }

    /// No suppression.
    public static let none = Suppression(threshold: nil)

    /// True when `count` is hidden.
    public func hides(_ count: Int) -> Bool {
        guard let threshold else { return false }
        return count >= 1 && count < threshold
    }

    /// `count` as published.
    public func count(_ count: Int) -> Count {
        if let threshold, hides(count) { return .suppressed(threshold: threshold) }
        return .value(count)
    }

    /// `count` of `total` as published: the share is withheld when either is hidden.
    public func figure(_ count: Int, of total: Int) -> StageFigure {
        let shown = self.count(count)
        guard total > 0 else { return StageFigure(count: shown, share: .undefined) }
        if hides(count) || hides(total) { return StageFigure(count: shown, share: .withheld) }
        return StageFigure(
            count: shown,
            share: .percent(exact: 100 * Double(count) / Double(total), whole: WholeNumber.percent(count, of: total) ?? 0))
    }

    /// The difference between two stage figures, withheld when any count is hidden.
    public func difference(assessment: (count: Int, of: Int), closure: (count: Int, of: Int)) -> Difference {
        if hides(assessment.count) || hides(assessment.of) || hides(closure.count) || hides(closure.of) {
            return .withheld
        }
        return Difference(assessment: assessment, closure: closure)
    }
}
