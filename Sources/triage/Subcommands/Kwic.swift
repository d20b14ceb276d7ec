import ArgumentParser
import Foundation
import TriageCore
import TriageIO
import TriageReport

/// Statuses are read from the command line by name: `--status negated`.

extension TriageCommand {
    /// `triage kwic`: every match of a would-be term, in context, with the status it gets.
    struct Kwic: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kwic",
            abstract: "Show keyword-in-context lines for a term: each match with its status and the trigger that set it aside.",
            usage: """
                triage kwic <pattern> <input>... [--window <n>] [--code <code>] [--status <status>] [--lexicon <name-or-path>]
                triage kwic --terms <input>... [--code <code>] [--status <status>]
                triage kwic <pattern> --db <path> [--run <id>]
                """,
            discussion: """
                PATTERN is written as a lexicon term: a phrase ("rent arrears"), a stem ("evict*") or \
                a /regular expression/. It is tried as the only term of a lexicon with the loaded \
                lexicon's context rules and ignore phrases, so you see how it would behave before you \
                add it: each line shows the match with WINDOW words either side, the status it gets, \
                the trigger that set it aside, and which of the lexicon's own terms already match \
                those words ("not in lexicon" when none). With --code the pattern is tried as a term \
                of that code (its exclusions apply). With --terms there is no pattern: the lines are \
                the lexicon's own matches, of one code with --code. --status keeps only matches with \
                that status (repeat it for several). These lines print narrative text: keep the output \
                as safe as the input.
                """)

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case text, csv, json
        }

        @Argument(help: ArgumentHelp("PATTERN then the narrative CSV files ('-' for standard input); with --terms, only the files.",
                                     valueName: "pattern-and-inputs"))
        var arguments: [String] = []

        @Flag(help: "Show the lexicon's own term matches instead of a PATTERN.")
        var terms = false

        @OptionGroup var source: QAInputOptions

        @OptionGroup var lexiconOptions: LexiconOptions

        @Option(help: "Words of context either side of the match.")
        var window = 6

        @Option(help: "With a PATTERN, the code it is tried under; with --terms, the only code shown.")
        var code: String?

        @Option(help: "Only matches with this status: present, negated, historical or hypothetical (repeatable).")
        var status: [MentionStatus] = []

        @Option(help: "Output format: text, csv or json.")
        var format: Format = .text

        var pattern: String? { terms ? nil : arguments.first }
        var inputs: [String] { terms ? arguments : Array(arguments.dropFirst()) }

        func validate() throws {
            if !terms && arguments.isEmpty { throw ValidationError("give a PATTERN (a phrase, stem* or /regex/), or --terms to show the lexicon's own matches") }
            if let pattern, pattern.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("PATTERN is empty") }
            try QAInputs.validate(inputs: inputs, source: source)
            if window < 0 { throw ValidationError("--window must be 0 or more") }
        }

        func run() throws {
            let compiled = try lexiconOptions.load()
            let lexicon = compiled.lexicon
            let chosenCode = code.map { Code($0) }
            if let chosenCode, lexicon.definition(of: chosenCode) == nil {
                throw ValidationError("the lexicon '\(lexicon.name)' has no code '\(chosenCode)'; its codes are \(lexicon.codes.map(\.code.rawValue).joined(separator: ", "))")
            }
            let kwic: KeywordInContext
            do throws(LexiconError) {
                kwic = try KeywordInContext(pattern: pattern, lexicon: lexicon, code: chosenCode, statuses: Set(status), window: window)
            } catch {
                Console.error("error: PATTERN '\(pattern ?? "")' is not a valid term:\n" + error.diagnostics.map(\.message).joined(separator: "\n"))
                throw ExitCode(64)
            }
            var lines: [KeywordInContext.Line] = []
            var narratives = 0
            let counts = try QAInputs.forEach(inputs: inputs, source: source) { record in
                narratives += 1
                lines += kwic.lines(id: record.narrativeID, text: record.text, box: record.level)
            }
            switch format {
            case .text:
                print(KwicRenderer.text(lines, narratives: narratives, patternMode: pattern != nil,
                                        style: ANSIStyle(enabled: Console.useColor)), terminator: "")
            case .json:
                print(KwicRenderer.json(lines, narratives: narratives, pattern: pattern), terminator: "")
            case .csv:
                let sink = OutputSink()
                var writer = CSVWriter(sink)
                writer.write(KwicRenderer.csvHeader)
                for row in KwicRenderer.csvRows(lines) { writer.write(row, numeric: KwicRenderer.csvNumericColumns) }
                sink.flush()
            }
            try counts.exitIfRejected()
        }
    }
}
