/// The lexicons shipped inside the `triage` binary, so every command works with no
/// `--lexicon` flag and from any directory.
public enum ShippedLexicons {
    /// A shipped file: the name it is known by and its YAML text.
    public struct File: Sendable {
        public let path: String
        public let text: String
    }

    /// The default lexicon's name.
    public static let defaultName = "early-help"

    /// Every shipped file by its path relative to `Lexicons/` (includes resolve against these).
    public static let files: [String: String] = [
        "early-help.yaml": String(decoding: PackageResources.early_help_yaml, as: UTF8.self),
        "context/english.yaml": String(decoding: PackageResources.english_yaml, as: UTF8.self),
        "cin-factors.yaml": String(decoding: PackageResources.cin_factors_yaml, as: UTF8.self),
        "cin-primary-need.yaml": String(decoding: PackageResources.cin_primary_need_yaml, as: UTF8.self),
        "context/cin-experiencers.yaml": String(decoding: PackageResources.cin_experiencers_yaml, as: UTF8.self),
    ]

    /// The names `--lexicon NAME` accepts.
    public static var names: [String] {
        files.keys.filter { !$0.contains("/") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    /// The shipped lexicon called `name`, if any.
    public static func file(named name: String) -> File? {
        let path = name.hasSuffix(".yaml") ? name : name + ".yaml"
        return files[path].map { File(path: path, text: $0) }
    }
}
