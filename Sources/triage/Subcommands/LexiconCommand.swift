import ArgumentParser
import TriageCore
import TriageIO
import TriageReport

extension TriageCommand {
    /// `triage lexicon`: checks for lexicon files, for a lexicon repository's own CI.
    struct LexiconCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lexicon",
            abstract: "Check a lexicon: lint it, or run the examples it carries.",
            subcommands: [Lint.self, Test.self, Import.self])
    }
}

extension TriageCommand.LexiconCommand {
    /// `triage lexicon lint PATH`: the loader's errors and the warnings of ``LexiconLinter``.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Report a lexicon's errors and likely mistakes as path:line:col diagnostics.",
            discussion: """
                Errors are everything the loader rejects. Warnings: a term inside a longer term of \
                another code (the longer one wins where it matches), a term written twice, a wildcard \
                stem shorter than --min-stem letters (with --corpus, the corpus words it matches), a \
                trigger scope over 10 words or context rules with no terminators, a code with no \
                terms, with no examples, with fewer than 3, or with none negated or set aside, and an \
                example naming an unknown code. Exit status: 0 when there are no errors (warnings \
                too with --strict); 1 otherwise.
                """)

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case text, json
        }

        @Argument(help: ArgumentHelp("The lexicon: a path to a .yaml lexicon or term list, or a shipped lexicon's name.", valueName: "path"))
        var path: String

        @Option(help: ArgumentHelp("Narrative CSV files; short stems then list the words they match there (repeatable).", valueName: "input"))
        var corpus: [String] = []

        @Option(help: "Stems shorter than this many letters are reported.")
        var minStem = 4

        @Flag(help: "Exit non-zero on warnings too.")
        var strict = false

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            var vocabulary: CorpusVocabulary?
            if !corpus.isEmpty {
                var words = CorpusVocabulary()
                _ = try QAInputs.forEach(inputs: corpus) { words.add($0.text) }
                vocabulary = words
            }
            let diagnostics: [LexiconDiagnostic]
            do throws(LexiconError) {
                let lexicon = try LexiconLocator.load(path)
                var options = LexiconLinter.Options()
                options.minimumStemLetters = minStem
                diagnostics = LexiconLinter(lexicon, vocabulary: vocabulary, options: options).diagnostics()
            } catch {
                guard case .invalid(let found) = error else {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
                diagnostics = LexiconLinter.sorted(found)
            }
            let style = ANSIStyle(enabled: Console.useColor)
            print(format == .json ? LintRenderer.json(diagnostics) : LintRenderer.text(diagnostics, style: style), terminator: "")
            let errors = diagnostics.contains { $0.severity == .error }
            if errors || (strict && !diagnostics.isEmpty) { throw ExitCode.failure }
        }
    }

    /// `triage lexicon test PATH`: runs the examples under each code.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the examples a lexicon carries under its codes and report failures like a test runner.",
            discussion: """
                Each example is a text, optionally the level box it is written in, and what some codes \
                must come out as: present, negated, historical, hypothetical, absent (not found at all) \
                or not-present (absent or set aside). Failures show where the example is, its text, \
                what was expected and what came out with the evidence. The last line is \
                'N passed, N failed'. Exit status: 0 when every example passes; 1 otherwise (or when \
                the lexicon does not load).
                """)

        @Argument(help: ArgumentHelp("The lexicon: a path to a .yaml lexicon, or a shipped lexicon's name.", valueName: "path"))
        var path: String

        @Flag(name: .shortAndLong, help: "List passing examples too.")
        var verbose = false

        func run() throws {
            let compiled: CompiledLexicon
            do throws(LexiconError) {
                compiled = CompiledLexicon(try LexiconLocator.loadValidated(path))
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            let results = LexiconExampleRunner(compiled).run()
            if results.isEmpty { Console.error("warning: the lexicon '\(compiled.lexicon.name)' has no examples; add some under each code's 'examples:'") }
            print(LintExamplesRenderer.text(results, verbose: verbose, style: ANSIStyle(enabled: Console.useColor)), terminator: "")
            if results.contains(where: { !$0.passed }) { throw ExitCode.failure }
        }
    }
}
