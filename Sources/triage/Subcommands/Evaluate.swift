import ArgumentParser
import TriageCore
import TriageIO
import TriageReport

extension TriageCommand {
    /// `triage evaluate`: compares the present codes with a gold standard.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Code narratives and compare the present codes with a gold standard.",
            discussion: """
                GOLD is a CSV with narrative_id, code and level: one row per present code. INPUT is \
                read in the format its extension says (CSV, wide CSV, JSON Lines or XML; or \
                --input-format). Narratives of INPUT with no gold rows are taken to have no present codes. Prints \
                precision, recall, F1 and Cohen's kappa per code, micro and macro averages, level \
                accuracy, and every false positive and false negative with its narrative and term. \
                With --by-term N, also the N terms most often matched where the gold has no such code \
                (against where it has), for finding the terms to narrow or drop.
                """)

        @Option(help: "The gold standard CSV (narrative_id,code,level).")
        var gold: String

        @Argument(help: "The narratives (CSV, JSON Lines or XML).")
        var input: String

        @Option(help: ArgumentHelp(
            "The format of INPUT, when its extension does not say: \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format"))
        var inputFormat: String?

        @OptionGroup var lexiconOptions: LexiconOptions

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        @Flag(help: "Leave out the list of disagreements.")
        var noErrors = false

        @Option(name: .customLong("by-term"), help: ArgumentHelp(
            "Also list the N terms with the most false positives beyond true ones (each term's present matches in narratives with and without its code in the gold; all of them in --json).",
            valueName: "n"))
        var byTerm: Int?

        func validate() throws {
            if let byTerm, byTerm < 1 { throw ValidationError("--by-term must be 1 or more") }
            if let inputFormat, NarrativeInputFormat(rawValue: inputFormat.lowercased()) == nil {
                throw ValidationError(
                    "unknown --input-format '\(inputFormat)'; use one of \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let compiled = try lexiconOptions.load()
            let coder = NarrativeCoder(compiled)
            let scratch = CodingScratch()
            var coded: [(id: String, narrative: CodedNarrative)] = []
            let goldRows: [GoldCode]
            do throws(InputError) {
                goldRows = try GoldReader.read(path: gold)
                let format = inputFormat.flatMap { NarrativeInputFormat(rawValue: $0.lowercased()) }
                let reader = try NarrativeInput.open(path: input, format: format)
                while let result = try reader.next() {
                    switch result {
                    case .record(let record):
                        coded.append((record.narrativeID, coder.code(record.text, box: record.level, scratch: scratch)))
                    case .rejected(let error, _):
                        Console.error(error.description)
                    }
                }
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            let ids = Set(coded.map(\.id))
            let unknown = Set(goldRows.map(\.narrativeID)).subtracting(ids)
            if !unknown.isEmpty {
                Console.error("warning: \(unknown.count) gold narrative id(s) are not in the input, e.g. \(unknown.sorted().prefix(3).joined(separator: ", "))")
            }
            let evaluation = Evaluation(coded: coded, gold: goldRows, codes: compiled.lexicon.codes.map(\.code))
            print(
                json ? EvaluationRenderer.json(evaluation, terms: byTerm != nil)
                    : EvaluationRenderer.text(evaluation, showErrors: !noErrors, termRows: byTerm ?? 0),
                terminator: "")
        }
    }
}
