public import TriageCore

/// Terminal colours, used only when the output is a terminal and `NO_COLOR` is unset.
public struct ANSIStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public func apply(_ text: String, _ codes: String) -> String {
        enabled ? "\u{1B}[\(codes)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { apply(text, "1") }
    public func dim(_ text: String) -> String { apply(text, "2") }

    /// The colour of a mention's status: present stands out, set-aside mentions are muted.
    public func status(_ text: String, _ status: MentionStatus) -> String {
        status == .present ? apply(text, "1;4") : apply(text, "2;9")
    }

    /// The level's own colour, as in the triage tool.
    public func level(_ text: String, _ level: Level) -> String {
        switch level {
        case .blue: apply(text, "1;34")
        case .green: apply(text, "1;32")
        case .yellow: apply(text, "1;33")
        case .orange: apply(text, "1;38;5;208")
        case .red: apply(text, "1;31")
        }
    }
}
