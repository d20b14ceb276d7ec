/// Exact rounding of fractions to whole numbers, so percentages and differences never
/// depend on floating-point error at a .5 boundary.
enum WholeNumber {
    /// `numerator / denominator` rounded to the nearest integer, halves away from zero.
    /// `denominator` must be positive.
    static func rounded(_ numerator: Int, _ denominator: Int) -> Int {
        if numerator >= 0 { return (2 * numerator + denominator) / (2 * denominator) }
        return -((-2 * numerator + denominator) / (2 * denominator))
    }

    /// `100 × count / total` rounded to a whole percent; nil when `total` is zero.
    static func percent(_ count: Int, of total: Int) -> Int? {
        total > 0 ? rounded(100 * count, total) : nil
    }
}
