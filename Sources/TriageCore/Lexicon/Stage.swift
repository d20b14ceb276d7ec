/// The point in a family's early help at which a triage was completed.
public enum Stage: String, CaseIterable, Sendable, Codable, Hashable {
    case assessment
    case closure
}
