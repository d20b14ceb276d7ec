/// The exact McNemar test for paired yes/no outcomes: a two-sided exact binomial test on
/// the discordant pairs.
///
/// With `b` pairs that changed one way (present at assessment, gone at closure) and `c`
/// the other way, under the null hypothesis each discordant pair is equally likely to go
/// either way, so `min(b, c)` follows Binomial(b + c, ½):
/// p = min(1, 2 · P(X ≤ min(b, c))).
///
/// ```swift
/// McNemar.exactPValue(b: 1, c: 6)   // 0.125   (2 · 8/128)
/// McNemar.exactPValue(b: 0, c: 0)   // nil: no discordant pairs, nothing to test
/// ```
public enum McNemar {
    /// The two-sided exact p-value, or nil when there are no discordant pairs.
    public static func exactPValue(b: Int, c: Int) -> Double? {
        guard b >= 0, c >= 0, b + c > 0 else { return nil }
        let n = b + c
        let m = min(b, c)
        if 2 * m >= n { return 1 }
        // P(X = m) = C(n, m) / 2^n, built up factor by factor and halved as it goes so that
        // it neither overflows nor underflows early, however large n is.
        var pmf = 1.0
        var halvings = n
        if m > 0 {
            for i in 1...m {
                pmf *= Double(n - m + i) / Double(i)
                while pmf > 1, halvings > 0 {
                    pmf *= 0.5
                    halvings -= 1
                }
            }
        }
        while halvings > 0 {
            pmf *= 0.5
            halvings -= 1
        }
        // P(X ≤ m) = P(X = m) · Σ_{k ≤ m} P(X = k) / P(X = m); the ratios shrink as k falls.
        var term = 1.0
        var sum = 1.0
        var k = m
        while k > 0 {
            term *= Double(k) / Double(n - k + 1)
            sum += term
            k -= 1
        }
        return min(1, 2 * pmf * sum)
    }
}
