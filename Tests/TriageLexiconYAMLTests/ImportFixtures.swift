import Foundation
import Testing
import TriageCore
import TriageLexiconYAML
import TriageLexicons

/// The hand-made dictionaries under `Fixtures/`, and the loader that reads an imported
/// lexicon back with the shipped context file.
enum ImportFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return [UInt8](try Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// Imports fixture `name` as `format`.
    static func imported(_ name: String, _ format: DictionaryFormat) throws -> DictionaryImport {
        try DictionaryImporter(format: format).importDictionary(bytes: try bytes(name), path: name)
    }

    /// Loads YAML written for `out.yaml`, its includes served from the shipped files.
    static func load(_ yaml: String) throws -> Lexicon {
        let shipped = ShippedLexicons.files
        let loader = LexiconLoader { path in
            if let text = shipped[path] { return text }
            throw MissingFile()
        }
        return try loader.loadYAML(text: yaml, path: "out.yaml")
    }

    /// The terms of `code` as written in a lexicon (`/regex/` for regular expressions).
    static func terms(_ lexicon: Lexicon, _ code: String) -> [String] {
        lexicon.definition(of: Code(code))?.terms.map(\.display) ?? []
    }
}
