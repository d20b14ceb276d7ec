import ArgumentParser
import TriageCore
import TriageReport
import TriageStore

extension TriageCommand {
    /// `triage diff`: what changed between two runs, narrative by narrative and code by code.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "List the narratives whose codes, statuses or levels changed between two runs.",
            discussion: """
                Compares the narratives both runs coded (matched by narrative_id): a code found in B \
                only is `added`, in A only `removed`; found in both, a new status is `status` and a new \
                level `level`. Prints counts per code, then every change. Typical use: \
                `triage recode --lexicon new.yaml`, then `triage diff OLD NEW`.
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The earlier run (see `triage runs`).")
        var runA: Int64

        @Argument(help: "The later run.")
        var runB: Int64

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Option(help: ArgumentHelp("List at most this many changes (all by default).", valueName: "n"))
        var limit: Int?

        func run() throws {
            let store = try storeOptions.openForReading()
            let diff = try storeCall { () throws(StoreError) in try store.diff(runA: RunID(runA), runB: RunID(runB)) }
            let changes = limit.map { Array(diff.changes.prefix(max(0, $0))) } ?? diff.changes
            if json {
                print(try RunJSON.render(DiffJSON(diff, changes: changes)))
                return
            }
            print("run \(diff.runA) → run \(diff.runB): \(RunProgress.grouped(diff.compared)) narratives compared, "
                + "\(RunProgress.grouped(diff.changedNarratives)) changed"
                + (diff.onlyInA + diff.onlyInB > 0
                    ? " (not compared: \(RunProgress.grouped(diff.onlyInA)) only in run \(diff.runA), "
                        + "\(RunProgress.grouped(diff.onlyInB)) only in run \(diff.runB))" : ""))
            let changed = diff.counts.filter { $0.added + $0.removed + $0.status + $0.level > 0 }
            if changed.isEmpty { return }
            print("")
            var table = TextTable(
                headers: ["code", "present before", "present after", "added", "removed", "status", "level"],
                alignments: [.left, .right, .right, .right, .right, .right, .right])
            for count in changed {
                table.add([count.code.rawValue, RunProgress.grouped(count.presentBefore), RunProgress.grouped(count.presentAfter),
                           RunProgress.grouped(count.added), RunProgress.grouped(count.removed),
                           RunProgress.grouped(count.status), RunProgress.grouped(count.level)])
            }
            print(table.render())
            var list = TextTable(headers: ["narrative_id", "code", "change", "before", "after"])
            for change in changes {
                list.add([change.narrativeID, change.code.rawValue, change.kind.rawValue,
                          change.before.map { "\($0.status.rawValue) \($0.level.rawValue)" } ?? "–",
                          change.after.map { "\($0.status.rawValue) \($0.level.rawValue)" } ?? "–"])
            }
            print(list.render(), terminator: "")
            if changes.count < diff.changes.count {
                print("… \(RunProgress.grouped(diff.changes.count - changes.count)) more changes (drop --limit to list them all)")
            }
        }
    }
}

/// A diff as `triage diff --json` prints it.
struct DiffJSON: Encodable {
    struct State: Encodable {
        var status, level: String
    }

    struct Change: Encodable {
        var narrative_id, code, change: String
        var before, after: State?
    }

    struct CodeCounts: Encodable {
        var code: String
        var present_before, present_after, added, removed, status, level: Int
    }

    var run_a, run_b: Int64
    var compared, changed, only_in_a, only_in_b: Int
    var codes: [CodeCounts]
    var changes: [Change]

    init(_ diff: RunDiff, changes: [CodeChange]) {
        run_a = diff.runA.rawValue
        run_b = diff.runB.rawValue
        compared = diff.compared
        changed = diff.changedNarratives
        only_in_a = diff.onlyInA
        only_in_b = diff.onlyInB
        codes = diff.counts.map {
            CodeCounts(code: $0.code.rawValue, present_before: $0.presentBefore, present_after: $0.presentAfter,
                       added: $0.added, removed: $0.removed, status: $0.status, level: $0.level)
        }
        self.changes = changes.map { change in
            Change(narrative_id: change.narrativeID, code: change.code.rawValue, change: change.kind.rawValue,
                   before: change.before.map { State(status: $0.status.rawValue, level: $0.level.rawValue) },
                   after: change.after.map { State(status: $0.status.rawValue, level: $0.level.rawValue) })
        }
    }
}
