/// A level of need: the triage tool's stepped boxes, from self-help to statutory.
///
/// Levels are ordered `blue < green < yellow < orange < red`.
public enum Level: String, CaseIterable, Sendable, Codable, Comparable, Hashable, BitwiseCopyable {
    case blue, green, yellow, orange, red

    /// The service tier a level stands for, as reports word it ("self-help", "extra help").
    public var meaning: String {
        switch self {
        case .blue: "self-help"
        case .green: "universal help"
        case .yellow: "extra help"
        case .orange: "targeted help"
        case .red: "specialist help"
        }
    }

    private var rank: Int {
        switch self {
        case .blue: 0
        case .green: 1
        case .yellow: 2
        case .orange: 3
        case .red: 4
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}
