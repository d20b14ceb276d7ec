/// The dictionary formats `triage lexicon import` reads.
public enum DictionaryFormat: String, Sendable, Hashable, CaseIterable {
    /// LIWC's classic `.dic`: a `%`-delimited legend of `id<TAB>category` lines, then
    /// `term<TAB>id id …` lines.
    case liwcDic = "liwc-dic"
    /// LIWC-22's `.dicx`: CSV with a term column and one column per category holding `X`
    /// or a weight.
    case liwcDicx = "liwc-dicx"
    /// A quanteda dictionary in YAML: nested keys, lists of glob patterns.
    case quantedaYAML = "quanteda-yaml"

    /// The format a file name suggests (`.dic`, `.dicx`, `.yml`/`.yaml`), or nil.
    public static func guess(path: String) -> DictionaryFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".dicx") { return .liwcDicx }
        if lower.hasSuffix(".dic") { return .liwcDic }
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { return .quantedaYAML }
        return nil
    }

    /// How the format is named in messages.
    public var displayName: String {
        switch self {
        case .liwcDic: "LIWC .dic"
        case .liwcDicx: "LIWC-22 .dicx"
        case .quantedaYAML: "quanteda YAML"
        }
    }
}
