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

/// Where the QA commands read narratives: INPUT files (`--input-format`), or a store
/// (`--db PATH [--run ID]`).
struct QAInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The format of every INPUT, when its extension does not say: \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var inputFormat: String?

    @Option(help: ArgumentHelp("Read the narratives stored in this triage store instead of INPUT files.", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("With --db, only the narratives of this run (default: every stored narrative, latest version of each).", valueName: "id"))
    var run: Int64?
}

/// Reads the narratives the QA commands work on, from INPUT files or a store.
enum QAInputs {
    /// How many records were read and rejected.
    struct Counts {
        var read = 0
        var rejected = 0

        /// Exit status 2 when records were rejected (after the output is written).
        func exitIfRejected() throws {
            if rejected > 0 {
                Console.error("\(rejected) of \(read) records rejected; the report covers the others.")
                throw ExitCode(2)
            }
        }
    }

    static func validate(inputs: [String], source store: QAInputOptions) throws {
        if let format = store.inputFormat, NarrativeInputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown --input-format '\(format)'; use one of \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if store.inputFormat != nil && store.db != nil { throw ValidationError("--input-format is for INPUT files, not --db") }
        if store.db != nil && !inputs.isEmpty { throw ValidationError("give INPUT files or --db, not both") }
        if store.db == nil && inputs.isEmpty { throw ValidationError("give at least one INPUT file (or --db PATH)") }
        if store.run != nil && store.db == nil { throw ValidationError("--run needs --db") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
    }

    /// Calls `body` with every narrative; rejected records are reported on standard error.
    static func forEach(inputs: [String], source store: QAInputOptions, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        if let db = store.db { return try forEachStored(db, run: store.run.map { RunID($0) }, body) }
        let format = store.inputFormat.flatMap { NarrativeInputFormat(rawValue: $0.lowercased()) }
        return try forEach(inputs: inputs, format: format, body)
    }

    /// Calls `body` with every narrative of the INPUT files; rejected records are reported on standard error.
    static func forEach(inputs: [String], format: NarrativeInputFormat? = nil, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        var counts = Counts()
        for path in inputs {
            do throws(InputError) {
                let reader = try NarrativeInput.open(path: path, format: format)
                while let result = try reader.next() {
                    counts.read += 1
                    switch result {
                    case .record(let record): body(record)
                    case .rejected(let error, _):
                        counts.rejected += 1
                        Console.error(error.description)
                    }
                }
            } catch {
                Console.error(error.description)
                if counts.read == 0 { throw ExitCode.failure }
                counts.rejected += 1
            }
        }
        return counts
    }

    private static func forEachStored(_ path: String, run: RunID?, _ body: (NarrativeRecord) -> Void) throws -> Counts {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("error: no triage store at '\(path)'; give the path of a store that 'triage code --db' wrote")
            throw ExitCode.failure
        }
        var counts = Counts()
        do throws(StoreError) {
            let database = try TriageDatabase(path: path)
            if let run, try database.run(run) == nil { throw StoreError.noSuchRun(run) }
            var after: Int64 = 0
            while true {
                let page = try database.narratives(run.map { .run($0) } ?? .all, after: after)
                guard let last = page.last else { break }
                for keyed in page {
                    counts.read += 1
                    body(keyed.record)
                }
                after = last.key
            }
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        return counts
    }
}
