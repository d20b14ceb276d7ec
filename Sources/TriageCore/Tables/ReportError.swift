/// Why a report could not be made as asked.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--where` names a column no triage carries.
    case unknownFilterKey(String, available: [String])
    /// `--by` names a column no triage carries.
    case unknownDimension(String, available: [String])

    public var description: String {
        switch self {
        case .unknownFilterKey(let key, let available):
            "error: --where: no column '\(key)' in the inputs; use one of: \(available.joined(separator: ", "))"
        case .unknownDimension(let name, let available):
            "error: --by: no column '\(name)' in the inputs; use month, quarter or one of: \(available.joined(separator: ", "))"
        }
    }
}
