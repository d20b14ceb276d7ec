/// What the context around a mention says about it.
///
/// Only ``present`` counts as an issue identified; the others are kept as evidence
/// of why a mention was set aside.
public enum MentionStatus: String, CaseIterable, Sendable, Codable, Hashable, BitwiseCopyable {
    /// A current need, risk, or something the family is now managing.
    case present
    /// Ruled out: "no concerns re housing", "denies alcohol use", "DA: none known".
    case negated
    /// Only in the past and ended: "previous DV in 2016, no contact since".
    case historical
    /// Conditional or possible only: "if the arrears grow she will ask for help".
    case hypothetical
}
