import ArgumentParser
import Foundation
import TriageCore
import TriageLexiconYAML
import TriageLexicons

/// `--lexicon NAME|PATH`, shared by every command that codes.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A shipped lexicon by name (\(ShippedLexicons.names.joined(separator: ", "))) or a path to a .yaml lexicon or a .tsv/.csv term list.",
        valueName: "name-or-path"))
    var lexicon: String?

    /// Loads and compiles the chosen lexicon, printing diagnostics to standard error on failure.
    func load() throws -> CompiledLexicon {
        CompiledLexicon(try loadValidated())
    }

    /// Loads and checks the chosen lexicon (compiling it cannot fail then), printing
    /// diagnostics to standard error on failure.
    func loadValidated() throws -> ValidatedLexicon {
        do throws(LexiconError) {
            return try LexiconLocator.loadValidated(lexicon)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}

/// Finds lexicons on disk or among those shipped in the binary.
enum LexiconLocator {
    static let shippedPrefix = "shipped:/"

    /// Reads files from disk, from the shipped set (`shipped:/…`), and falls back to the
    /// shipped file of the same name for includes such as `context/english.yaml`.
    static let reader: LexiconLoader.Reader = { path in
        if path.hasPrefix(shippedPrefix) {
            let name = String(path.dropFirst(shippedPrefix.count))
            if let text = ShippedLexicons.files[name] { return text }
            throw LocatorError(message: "no shipped file '\(name)'")
        }
        if FileManager.default.fileExists(atPath: path) {
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw LocatorError(message: "not readable as UTF-8 text")
            }
        }
        for (name, text) in ShippedLexicons.files where path == name || path.hasSuffix("/" + name) {
            return text
        }
        throw LocatorError(message: "no such file")
    }

    struct LocatorError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func load(_ nameOrPath: String?) throws(LexiconError) -> Lexicon {
        try loadValidated(nameOrPath).lexicon
    }

    static func loadValidated(_ nameOrPath: String?) throws(LexiconError) -> ValidatedLexicon {
        let loader = LexiconLoader(read: reader)
        let choice = nameOrPath ?? ShippedLexicons.defaultName
        if !FileManager.default.fileExists(atPath: choice) {
            if let shipped = ShippedLexicons.file(named: choice) {
                var lexicon = try loader.loadValidated(path: shippedPrefix + shipped.path)
                lexicon.source = "shipped:\(shipped.path)"
                return lexicon
            }
            if !choice.contains("/") && !choice.contains(".") {
                throw .unknownLexicon(name: choice, shipped: ShippedLexicons.names)
            }
        }
        return try loader.loadValidated(path: choice)
    }
}
