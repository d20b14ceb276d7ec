public import ArgumentParser
import Foundation
import TriageCore
public import TriageLexiconYAML

/// `--format liwc-dic|liwc-dicx|quanteda-yaml`.
extension DictionaryFormat: ExpressibleByArgument {}

extension TriageCommand.LexiconCommand {
    /// `triage lexicon import FILE --out NEW.yaml`: a LIWC or quanteda dictionary as a lexicon.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Convert a LIWC (.dic, .dicx) or quanteda (YAML) dictionary into a lexicon file.",
            discussion: """
                Categories become codes (nested quanteda keys as parent/child), with the English \
                context triggers included. A term belongs to one code here: one in several categories \
                is kept under the most specific (else the last listed) and the others are reported. \
                Wildcards other than a trailing '*' become regular expressions; weights, LIWC \
                conditional rules and entries with no letters are reported. Nothing is dropped \
                silently: each loss is a warning with its line number on standard error and a \
                comment in the written file. Exit status: 0 when the lexicon was written (warnings \
                or not); 1 when nothing could be imported or the file cannot be read or written; 64 \
                for bad arguments, including an --out that exists without --force.
                """)

        @Argument(help: ArgumentHelp("The dictionary: a LIWC .dic, a LIWC-22 .dicx or a quanteda .yml/.yaml.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The dictionary's format (default: from the file's extension).", valueName: "format"))
        var format: DictionaryFormat?

        @Option(help: ArgumentHelp("Where to write the lexicon.", valueName: "new.yaml"))
        var out: String

        @Option(help: "The lexicon's name (default: the dictionary's file name).")
        var name: String?

        @Option(help: "The default level of every imported code: blue, green, yellow, orange or red.")
        var level: Level = .yellow

        @Flag(help: "Overwrite --out if it exists.")
        var force = false

        @Flag(name: .shortAndLong, help: "List every warning, not only the first 5 of each kind.")
        var verbose = false

        /// Warnings of one kind listed before the rest are counted.
        static let warningsShown = 5

        var resolvedFormat: DictionaryFormat? { format ?? DictionaryFormat.guess(path: file) }

        func validate() throws {
            if resolvedFormat == nil {
                throw ValidationError("cannot tell the format of '\(file)' from its extension; give --format \(DictionaryFormat.allCases.map(\.rawValue).joined(separator: "|"))")
            }
            let lower = out.lowercased()
            if !lower.hasSuffix(".yaml") && !lower.hasSuffix(".yml") {
                throw ValidationError("--out '\(out)' should end in .yaml, the lexicon format it writes")
            }
            if out == file { throw ValidationError("--out is the dictionary itself; write the lexicon to a new file") }
            if !force && FileManager.default.fileExists(atPath: out) {
                throw ValidationError("'\(out)' exists; choose another --out or add --force to overwrite it")
            }
        }

        func run() throws {
            guard let format = resolvedFormat else { throw ExitCode.validationFailure }
            let bytes: [UInt8]
            do {
                bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                Console.error("error: cannot read '\(file)': \(error.localizedDescription)")
                throw ExitCode.failure
            }
            let result: DictionaryImport
            do throws(DictionaryImportError) {
                result = try DictionaryImporter(format: format, name: name, defaultLevel: level).importDictionary(bytes: bytes, path: file)
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            let yaml = result.yaml()
            // The written file must load: check it as the loader will read it.
            do throws(LexiconError) {
                _ = try LexiconLoader(read: LexiconLocator.reader).loadYAML(text: yaml, path: out)
            } catch {
                Console.error(error.description)
                Console.error("error: the converted lexicon does not load (a bug in the importer); nothing was written")
                throw ExitCode.failure
            }
            do {
                try Data(yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                Console.error("error: cannot write '\(out)': \(error.localizedDescription)")
                throw ExitCode.failure
            }
            if !result.notes.isEmpty { Console.error(warnings(result)) }
            let codes = result.lexicon.codes.count
            print("Imported \(codes) code\(codes == 1 ? "" : "s") and \(result.termCount) term\(result.termCount == 1 ? "" : "s") from \(file) (\(format.displayName)) into \(out)"
                + (result.notes.isEmpty ? "; everything was carried over." : "; \(result.notes.count) warning\(result.notes.count == 1 ? "" : "s") on standard error."))
        }

        /// The notes by kind: each kind's count, then its first few (all with --verbose).
        func warnings(_ result: DictionaryImport) -> String {
            var lines: [String] = []
            for (kind, count) in result.noteCounts {
                let notes = result.notes.filter { $0.kind == kind }
                let shown = verbose ? notes : Array(notes.prefix(Self.warningsShown))
                lines.append("\(count) × \(kind.rawValue):")
                lines += shown.map { "  \($0)" }
                if shown.count < notes.count { lines.append("  … and \(notes.count - shown.count) more (--verbose lists them)") }
            }
            return lines.joined(separator: "\n")
        }
    }
}
