import ArgumentParser
import TriageCore
import TriageIO

extension TriageCommand {
    /// `triage code`: codes every narrative of a CSV and writes one row per coded code.
    struct CodeNarratives: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "code",
            abstract: "Code every narrative of a CSV file; write one row per code found.",
            discussion: """
                INPUT is a CSV with a header containing narrative_id and narrative, and optionally \
                triage_id, case_id, stage, date and level; other columns are carried. Output columns: \
                \(CodedRowWriter.header.joined(separator: ",")). Records that cannot be used are \
                reported on standard error with file:line and the run goes on; the exit status is then 2.
                """)

        @Argument(help: "The input CSV ('-' for standard input).")
        var input: String

        @OptionGroup var lexiconOptions: LexiconOptions

        @Option(help: "Write the coded rows here instead of standard output.")
        var out: String?

        func run() throws {
            let compiled = try lexiconOptions.load()
            let coder = NarrativeCoder(compiled)
            let reader: NarrativeCSVReader
            let sink: OutputSink
            do throws(InputError) {
                reader = try NarrativeCSVReader(path: input)
                if let out { sink = try OutputSink(path: out) } else { sink = OutputSink() }
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            var writer = CodedRowWriter(sink)
            var read = 0, rejected = 0
            do throws(InputError) {
                while let result = try reader.next() {
                    read += 1
                    switch result {
                    case .record(let record):
                        writer.write(record, coder.code(record.text, box: record.level))
                    case .rejected(let error, _):
                        rejected += 1
                        Console.error(error.description)
                    }
                }
            } catch {
                rejected += 1
                Console.error(error.description)
            }
            sink.flush()
            if rejected > 0 {
                Console.error("\(rejected) of \(read) records rejected; the others were coded.")
                throw ExitCode(2)
            }
        }
    }
}
