import ArgumentParser
import Foundation
import TriageCore
import TriageIO
import TriageReport
import TriageStore

extension TriageCommand {
    /// `triage coverage`: what a lexicon covers in a corpus, how each term behaves, and
    /// the vocabulary it misses.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract: "Show how much of a corpus a lexicon codes: terms by status, dead terms, token coverage, leftover vocabulary.",
            discussion: """
                Reads narratives from INPUT files (any format 'triage code' reads) or from a store (--db), \
                codes each with the lexicon and reports: the share of narratives with at least one \
                present code (overall, per level box, per stage) and those with none (ids; text only \
                with --show-text); hits per code and per term by status; dead terms (never matched); \
                terms that matched but were always set aside; the share of word tokens inside a term \
                match; and leftover vocabulary: the words and 2-3-word phrases no term covers (stop \
                words, numbers and the lexicon's own trigger and cue words left out), ranked by the \
                number of narratives, with two short example contexts each. Files written with --out \
                are readable by their owner only. Exit status: 0; 1 on failure; 2 when some input \
                records were rejected (the report covers the others).
                """)

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case text, csv, json, html
        }

        @Argument(help: "Narrative CSV files ('-' for standard input).")
        var inputs: [String] = []

        @OptionGroup var source: QAInputOptions

        @OptionGroup var lexiconOptions: LexiconOptions

        @Option(help: "How many terms, leftover words, leftover phrases and dead terms per code to show.")
        var top = 20

        @Option(help: "A leftover must occur in at least this many narratives.")
        var minNarratives = 2

        @Option(help: "Output format: text, csv, json or html.")
        var format: Format = .text

        @Flag(help: "Include the text of narratives with no present code (ids only otherwise).")
        var showText = false

        @Option(help: "Write the report here (mode 0600) instead of standard output.")
        var out: String?

        func validate() throws {
            try QAInputs.validate(inputs: inputs, source: source)
            if top < 1 { throw ValidationError("--top must be 1 or more") }
            if minNarratives < 1 { throw ValidationError("--min-narratives must be 1 or more") }
        }

        func run() throws {
            let compiled = try lexiconOptions.load()
            var analyzer = CoverageAnalyzer(compiled, options: .init(minimumNarratives: minNarratives))
            let counts = try QAInputs.forEach(inputs: inputs, source: source) { analyzer.add($0) }
            let report = analyzer.report(top: top)
            let sink: OutputSink
            do throws(InputError) {
                if let out { sink = try OutputSink(path: out, mode: 0o600) } else { sink = OutputSink() }
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            switch format {
            case .text:
                let color = out == nil && Console.useColor
                sink.write(CoverageRenderer(top: top, showText: showText, style: ANSIStyle(enabled: color)).render(report))
            case .json:
                sink.write(CoverageJSON.render(report, showText: showText))
            case .html:
                sink.write(CoverageHTML.render(report, top: top, showText: showText))
            case .csv:
                var writer = CSVWriter(sink)
                writer.write(CoverageCSV.header)
                for row in CoverageCSV.rows(report) { writer.write(row, numeric: CoverageCSV.numericColumns) }
            }
            sink.flush()
            try counts.exitIfRejected()
        }
    }
}
