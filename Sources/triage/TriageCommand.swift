import ArgumentParser

/// `triage`: codes early-help triage narratives into issue codes and levels.
@main
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Code early-help triage narratives into issue codes, levels and statuses.",
        discussion: """
            Exit status: 0 success; 1 the command failed (bad arguments are 64); \
            2 the run finished but some input records were rejected (see --rejects).
            """,
        subcommands: [Preview.self, CodeNarratives.self, Evaluate.self, ContextEval.self, Coverage.self, Kwic.self, LexiconCommand.self, Report.self, Runs.self, Export.self, Recode.self, Diff.self, Bench.self]
    )

    static func main() {
        MallocArenas.limit()
        main(nil)
    }
}
