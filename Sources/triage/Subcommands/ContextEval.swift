import ArgumentParser
import Foundation
import TriageCore
import TriageReport

extension TriageCommand {
    /// `triage context-eval`: scores the context rules on "sentence + target" rows.
    struct ContextEval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "context-eval",
            abstract: "Score the context triggers on sentences annotated per target (the NegEx test set).",
            discussion: """
                Each row's condition is judged in its sentence as if it were a lexicon term, with the \
                chosen lexicon's context rules. Reports negated-vs-affirmed, historical-vs-recent and \
                hypothetical ("Not particular") separately, with the rows we get wrong.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case negex }

        @Argument(help: "The annotated file (NegEx's rsAnnotations-1-120-random.txt layout).")
        var file: String

        @Option(help: "The file's layout.")
        var format: Format = .negex

        @OptionGroup var lexiconOptions: LexiconOptions

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "How many misses to list per kind (text output).")
        var showMisses = 20

        func run() throws {
            let compiled = try lexiconOptions.load()
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Console.error("error: cannot read '\(file)' as UTF-8 text; check the path")
                throw ExitCode.failure
            }
            let (rows, skipped) = NegExRow.parse(text)
            if rows.isEmpty {
                Console.error("\(file):2: error: no rows in the NegEx layout (id, condition, sentence, negation, temporality, experiencer; tab-separated)")
                throw ExitCode.failure
            }
            if !skipped.isEmpty { Console.error("warning: skipped \(skipped.count) malformed line(s), e.g. \(file):\(skipped[0])") }
            let evaluation = ContextEvaluation(rows: rows, coder: NarrativeCoder(compiled))
            print(json ? ContextEvaluationRenderer.json(evaluation) : ContextEvaluationRenderer.text(evaluation, misses: showMisses),
                  terminator: "")
        }
    }
}
