public import ArgumentParser
import Foundation
import TriageCore
import TriageIO
public import TriageReport
import TriageStore

/// Report formats are chosen by name: `--format html`.
extension ReportFormat: ExpressibleByArgument {}

extension TriageCommand {
    /// `triage report`: the assessment-versus-closure tables, matched pairs and breakdowns.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Report triaged issues at assessment and closure: level and issue tables, matched pairs, breakdowns.",
            discussion: """
                Codes every narrative of INPUT in memory (or, with no INPUT, reads a stored run: --run ID, \
                default the latest complete run in --db) and counts, per level and per code, the triages \
                (one family's triage at one stage) with at least one present issue, as a number and a \
                percentage of the triages completed at each stage, with the relative difference. Families \
                triaged at assessment and later at closure (same case_id) are followed as matched pairs, \
                with an exact McNemar test. Formats: text (100 columns), csv, md, json, html (one \
                self-contained page with a chart, printable on A4). With --out and no --format, the format \
                follows the file's extension. Exit status: 0 success; 1 failure; 2 the report was written \
                but some input records were rejected; 64 bad arguments.
                """)

        @Argument(help: "Narrative files as `triage code` reads them (CSV columns narrative_id, triage_id, case_id, stage, date, level, narrative; others are carried). Omit to report on a stored run.")
        var inputs: [String] = []

        @Option(name: .customLong("input-format"), help: ArgumentHelp(
            "The format of every INPUT, when its extension does not say: \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format"))
        var inputFormat: String?

        @OptionGroup var lexiconOptions: LexiconOptions

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .customLong("run"), help: ArgumentHelp(
            "With no INPUT: the stored run to report on (see `triage runs`); default the latest complete run.", valueName: "id"))
        var runID: Int64?

        @Option(help: ArgumentHelp("Only triages dated on or after this day.", valueName: "YYYY-MM-DD"))
        var from: String?

        @Option(help: ArgumentHelp("Only triages dated on or before this day.", valueName: "YYYY-MM-DD"))
        var to: String?

        @Option(name: .customLong("where"), help: ArgumentHelp(
            "Only triages whose column KEY is VALUE (repeatable; the same key twice means either value).",
            valueName: "KEY=VALUE"))
        var conditions: [String] = []

        @Option(help: ArgumentHelp("Break the level table down by a carried column (locality, worker…), month or quarter.", valueName: "dimension"))
        var by: String?

        @Option(help: "Output format (default text, or what --out's extension says).")
        var format: ReportFormat?

        @Option(help: "Write the report here instead of standard output.")
        var out: String?

        @Option(help: ArgumentHelp("Show counts from 1 to N−1 as <N and withhold figures derived from them.", valueName: "N"))
        var suppress: Int?

        func validate() throws {
            if let inputFormat, NarrativeInputFormat(rawValue: inputFormat.lowercased()) == nil {
                throw ValidationError(
                    "unknown --input-format '\(inputFormat)'; use one of \(NarrativeInputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !inputs.isEmpty && runID != nil {
                throw ValidationError("give either INPUT files or --run, not both: --run reports on a stored run")
            }
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, ISODate.normalise(value) == nil {
                    throw ValidationError("\(name) '\(value)' is not a date; write it as YYYY-MM-DD")
                }
            }
            if let from = from.flatMap(ISODate.normalise), let to = to.flatMap(ISODate.normalise), from > to {
                throw ValidationError("--from \(from) is after --to \(to); swap them")
            }
            for condition in conditions where FilterCondition(parsing: condition) == nil {
                throw ValidationError("--where '\(condition)' is not KEY=VALUE, e.g. --where locality=Ashcombe")
            }
            if let suppress, suppress < 2 {
                throw ValidationError("--suppress \(suppress): give the smallest count to show, 2 or more (e.g. --suppress 5)")
            }
        }

        /// The format asked for, or the one `--out`'s extension implies, or text.
        var resolvedFormat: ReportFormat {
            if let format { return format }
            guard let out, let dot = out.lastIndex(of: ".") else { return .text }
            switch out[out.index(after: dot)...].lowercased() {
            case "csv": return .csv
            case "md", "markdown": return .md
            case "json": return .json
            case "html", "htm": return .html
            default: return .text
            }
        }

        func run() throws {
            let compiled = try lexiconOptions.load()
            let lexicon = compiled.lexicon
            let gathered = inputs.isEmpty ? try fromStore(lexicon) : try fromInputs(compiled)
            // List every code of the lexicon only when it is the lexicon the triages were coded with.
            let sameLexicon = gathered.provenance.lexiconHash == ContentHash.lexicon(lexicon)
            let options = ReportOptions(
                filter: TriageFilter(
                    from: from.flatMap(ISODate.normalise), to: to.flatMap(ISODate.normalise),
                    conditions: conditions.compactMap(FilterCondition.init(parsing:))),
                breakdown: by.map(BreakdownDimension.init), suppression: Suppression(threshold: suppress))
            let report: ProgressReport
            do throws(ReportError) {
                report = try ProgressReport(
                    gathered.triages, options: options, codes: sameLexicon ? lexicon.codes.map(\.code) : [],
                    names: Dictionary(lexicon.codes.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }),
                    provenance: gathered.provenance)
            } catch {
                Console.error(error.description)
                throw ExitCode(64)
            }

            let format = resolvedFormat
            let useColor = format == .text && out == nil && Console.useColor
            let text = ReportRenderer.render(report, as: format, style: ANSIStyle(enabled: useColor))
            do throws(InputError) {
                let sink = try out.map { path throws(InputError) in try OutputSink(path: path) } ?? OutputSink()
                sink.write(text)
                sink.flush()
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            if gathered.rejected > 0 && !inputs.isEmpty {
                Console.error("\(gathered.rejected) of \(gathered.read) records rejected; the report counts the others.")
                throw ExitCode(2)
            }
        }

        /// Triages to report on, where they came from, and how many records were read and rejected.
        struct Gathered {
            var triages: [TriageObservation]
            var provenance: ReportProvenance
            var read: Int
            var rejected: Int
        }

        /// Codes the input files in memory.
        func fromInputs(_ compiled: CompiledLexicon) throws -> Gathered {
            let coder = NarrativeCoder(compiled)
            let scratch = CodingScratch()
            var builder = TriageObservationBuilder()
            var read = 0, rejected = 0
            for input in inputs {
                do throws(InputError) {
                    let source = try NarrativeInput.open(
                        path: input, format: inputFormat.flatMap { NarrativeInputFormat(rawValue: $0.lowercased()) })
                    while let result = try source.next() {
                        read += 1
                        switch result {
                        case .record(let record):
                            builder.add(record, coder.code(record.text, box: record.level, scratch: scratch))
                        case .rejected(let error, _):
                            rejected += 1
                            Console.error(error.description)
                        }
                    }
                } catch {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
            }
            warnUnstaged(builder)
            let lexicon = compiled.lexicon
            let provenance = ReportProvenance(
                lexiconName: lexicon.name, lexiconVersion: lexicon.version, lexiconHash: ContentHash.lexicon(lexicon),
                inputs: inputs, narrativesRead: read - rejected, recordsRejected: rejected,
                narrativesWithoutStage: builder.unstagedNarratives, generated: Self.today())
            return Gathered(triages: builder.observations, provenance: provenance, read: read, rejected: rejected)
        }

        /// Reads a stored run's codes.
        func fromStore(_ lexicon: Lexicon) throws -> Gathered {
            let store = try storeOptions.openExisting()
            let run: Run
            if let runID {
                guard let found = try storeCall({ () throws(StoreError) in try store.run(RunID(runID)) }) else {
                    Console.error(StoreError.noSuchRun(RunID(runID)).description)
                    throw ExitCode.failure
                }
                run = found
            } else {
                guard let latest = try storeCall({ () throws(StoreError) in try store.latestCompleteRun() }) else {
                    Console.error(StoreError.noCompleteRun(path: store.path).description)
                    throw ExitCode.failure
                }
                run = latest
            }
            var builder = TriageObservationBuilder()
            try storeCall { () throws(StoreError) in
                try store.forEachCodedNarrative(run: run.id) { page in
                    for narrative in page {
                        let record = narrative.record
                        builder.add(
                            triageID: record.triageID, caseID: record.caseID, stage: record.stage, date: record.date,
                            dimensions: record.dimensions,
                            presentIssues: narrative.issues.filter { $0.status == .present }
                                .map { ObservedIssue(code: $0.code, level: $0.level) })
                    }
                }
            }
            warnUnstaged(builder)
            let provenance = ReportProvenance(
                lexiconName: run.lexicon.name, lexiconVersion: run.lexicon.version, lexiconHash: run.lexicon.hash,
                inputs: run.inputs.map(\.path), runID: "\(run.id) in \(store.path)",
                narrativesRead: run.counts.read - run.counts.rejected, recordsRejected: run.counts.rejected,
                narrativesWithoutStage: builder.unstagedNarratives, generated: Self.today())
            return Gathered(triages: builder.observations, provenance: provenance, read: run.counts.read, rejected: run.counts.rejected)
        }

        func warnUnstaged(_ builder: TriageObservationBuilder) {
            if builder.unstagedNarratives > 0 {
                Console.error("warning: \(builder.unstagedNarratives) narrative(s) have no stage and are left out; "
                    + "give each row a stage of assessment or closure")
            }
        }

        /// Today's date (UTC) for the report's provenance.
        static func today() -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            return formatter.string(from: Date())
        }
    }
}
